import { Component, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { map } from 'rxjs';
import { SubsidieregelingenClient, WijkbudgettenClient } from '../api/api-client';
import { formatEuro, parseEuro } from '../beleidskader/bedrag';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer, Veldgroep } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { CriteriaInvoer, Criteriumrij, criteriafouten } from './criteria-invoer';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/**
 * Staff draft a regeling on lines of a granted wijkbudget: the legal basis, the plafond for a period, the criteria
 * reviewers score on, how the money is distributed, who may apply, the beslistermijn and the four-eyes threshold.
 */
@Component({
  selector: 'app-regeling-nieuw',
  imports: [Laadblok, Foutsamenvatting, Tekstveld, Tekstvak, Formulierveld, VeldInvoer, Veldgroep, CriteriaInvoer],
  template: `
    <h1 class="utrecht-heading-1">{{ T.nieuwTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.nieuwUitleg }}</p>
    <app-laadblok [bron]="budgetten" [ladenTekst]="T.budgettenLaden" />
    @if (budgetten.waarde(); as lijst) {
      @if (lijst.length === 0) {
        <p class="utrecht-paragraph">{{ T.geenToegekendBudget }}</p>
      } @else {
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
        <form class="formulier" novalidate (submit)="$event.preventDefault(); sla()">
          <app-tekstveld veldId="titel" [label]="T.titel" autocomplete="off" [maxlength]="200" [verplicht]="true" [fouten]="formulier.van('titel')" [(waarde)]="titel" />
          <app-tekstveld veldId="grondslag" [label]="T.grondslag" [uitleg]="T.grondslagUitleg" autocomplete="off" [maxlength]="500" [verplicht]="true"
            [fouten]="formulier.van('grondslag')" [(waarde)]="grondslag" />
          <app-formulierveld veldId="wijkbudgetId" [label]="T.wijkbudget" [fouten]="formulier.van('wijkbudgetId')">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="kiesBudget($any($event.target).value)">
              <option value="" [selected]="!wijkbudgetId()">{{ T.kiesWijkbudget }}</option>
              @for (b of lijst; track b.id) {
                <option [value]="b.id" [selected]="b.id === wijkbudgetId()">{{ b.wijkNaam }} ({{ b.startJaar }}–{{ b.eindJaar }})</option>
              }
            </select>
          </app-formulierveld>
          <app-laadblok [bron]="budget" [ladenTekst]="T.budgetLaden" />
          @if (budget.waarde(); as b) {
            <app-veldgroep veldId="regelIds" [legenda]="T.regels" [uitleg]="T.regelsUitleg" [fouten]="formulier.van('regelIds')">
              @for (r of b.regels; track r.id) {
                <app-formulierveld [veldId]="'regel-' + r.id" [label]="r.doel + ' (' + euro(somVan(r.bedragen)) + ')'" soort="checkbox">
                  <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" [checked]="regelIds().includes(r.id)"
                    (change)="wisselRegel(r.id, $any($event.target).checked)" />
                </app-formulierveld>
              }
            </app-veldgroep>
          }
          <app-tekstveld veldId="plafond" [label]="T.plafondEuro" [uitleg]="T.euroUitleg" autocomplete="off" [verplicht]="true"
            [fouten]="formulier.van('plafond')" [(waarde)]="plafond" />
          <div class="naast">
            <app-tekstveld veldId="plafondVan" type="date" [label]="T.plafondVan" [verplicht]="true" [fouten]="formulier.van('plafondVan')" [(waarde)]="plafondVan" />
            <app-tekstveld veldId="plafondTot" type="date" [label]="T.plafondTot" [verplicht]="true" [fouten]="formulier.van('plafondTot')" [(waarde)]="plafondTot" />
          </div>
          <app-criteria-invoer [(rijen)]="criteria" [fouten]="formulier.van('criteria')" />
          <app-tekstvak veldId="verdeelwijze" [label]="T.verdeelwijze" [uitleg]="T.verdeelwijzeUitleg" [maxlength]="2000"
            [fouten]="formulier.van('verdeelwijze')" [(waarde)]="verdeelwijze" />
          <app-tekstvak veldId="aanvragers" [label]="T.aanvragers" [maxlength]="2000" [fouten]="formulier.van('aanvragers')" [(waarde)]="aanvragers" />
          <app-tekstveld veldId="beslistermijnWeken" type="number" [label]="T.beslistermijnWeken" [uitleg]="T.beslistermijnUitleg" [verplicht]="true"
            [fouten]="formulier.van('beslistermijnWeken')" [(waarde)]="weken" />
          <app-tekstveld veldId="vierOgenVanaf" [label]="T.vierOgenEuro" [uitleg]="T.vierOgenUitleg" autocomplete="off" [verplicht]="true"
            [fouten]="formulier.van('vierOgenVanaf')" [(waarde)]="vierOgen" />
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
              {{ formulier.bezig() ? T.bezig : T.regelingOpslaan }}</button>
          </div>
        </form>
      }
    }
  `,
  styles: `.naast { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }`,
})
export class RegelingNieuw {
  protected readonly T = T;
  private readonly client = inject(SubsidieregelingenClient);
  private readonly budgetClient = inject(WijkbudgettenClient);
  private readonly router = inject(Router);
  /** Only a budget the raad granted carries a regeling. */
  protected readonly budgetten = laadbaar({
    laad: () => this.budgetClient.listWijkbudgetten(1, 100, null).pipe(map((l) => l.items.filter((b) => b.status === 'toegekend' || b.status === 'lopend'))),
  });
  protected readonly wijkbudgetId = signal('');
  protected readonly budget = laadbaar({
    params: () => this.wijkbudgetId() || undefined,
    laad: (id) => this.budgetClient.getWijkbudget(id),
  });
  protected readonly titel = signal('');
  protected readonly grondslag = signal('');
  protected readonly regelIds = signal<string[]>([]);
  protected readonly plafond = signal('');
  protected readonly plafondVan = signal('');
  protected readonly plafondTot = signal('');
  protected readonly criteria = signal<Criteriumrij[]>([{ naam: '', toelichting: '' }]);
  protected readonly verdeelwijze = signal('');
  protected readonly aanvragers = signal('');
  protected readonly weken = signal('8');
  protected readonly vierOgen = signal('');
  protected readonly euro = formatEuro;
  protected readonly formulier = new Formulier(
    {
      titel: T.titel, grondslag: T.grondslag, wijkbudgetId: T.wijkbudget, regelIds: T.regels, plafond: T.plafondEuro, plafondVan: T.plafondVan,
      plafondTot: T.plafondTot, criteria: T.criteria, verdeelwijze: T.verdeelwijze, aanvragers: T.aanvragers, beslistermijnWeken: T.beslistermijnWeken,
      vierOgenVanaf: T.vierOgenEuro,
    },
    { aliassen: { plafondEurocent: 'plafond', vierOgenVanafEurocent: 'vierOgenVanaf' } },
  );

  protected somVan(bedragen: readonly { bedragEurocent: number }[]): number {
    return bedragen.reduce((s, b) => s + b.bedragEurocent, 0);
  }

  protected kiesBudget(id: string): void {
    this.wijkbudgetId.set(id);
    this.regelIds.set([]);
  }

  protected wisselRegel(id: string, aan: boolean): void {
    this.regelIds.update((ids) => (aan ? [...ids, id] : ids.filter((x) => x !== id)));
  }

  sla(): void {
    const titel = this.titel().trim();
    const grondslag = this.grondslag().trim();
    const plafond = parseEuro(this.plafond());
    const vierOgen = parseEuro(this.vierOgen());
    const weken = Number(this.weken());
    const criteria = this.criteria().map((c) => ({ naam: c.naam.trim(), toelichting: c.toelichting.trim() })).filter((c) => c.naam || c.toelichting);
    const ok = this.formulier.controleer({
      titel: titel ? [] : [T.titelVerplicht],
      grondslag: grondslag ? [] : [T.grondslagVerplicht],
      wijkbudgetId: this.wijkbudgetId() ? [] : [T.wijkbudgetVerplicht],
      regelIds: this.regelIds().length > 0 ? [] : [T.regelsVerplicht],
      plafond: plafond !== null && plafond > 0 ? [] : [T.bedragOngeldig],
      plafondVan: this.plafondVan() ? [] : [T.datumVerplicht],
      plafondTot: !this.plafondTot() ? [T.datumVerplicht] : this.plafondTot() < this.plafondVan() ? [T.totVoorVan] : [],
      criteria: criteriafouten(criteria),
      beslistermijnWeken: Number.isInteger(weken) && weken >= 1 && weken <= 26 ? [] : [T.wekenOngeldig],
      vierOgenVanaf: vierOgen !== null && vierOgen > 0 ? [] : [T.bedragOngeldig],
    });
    if (!ok || plafond === null || vierOgen === null) return;
    this.formulier.verstuur(
      () =>
        this.client.createSubsidieregeling({
          titel, grondslag, wijkbudgetId: this.wijkbudgetId(), regelIds: this.regelIds(), plafondEurocent: plafond, plafondVan: this.plafondVan(),
          plafondTot: this.plafondTot(), criteria, verdeelwijze: this.verdeelwijze().trim(), aanvragers: this.aanvragers().trim(),
          beslistermijnWeken: weken, vierOgenVanafEurocent: vierOgen,
        }),
      (r) => void this.router.navigate(['/subsidies/regelingen', r.id]),
    );
  }
}
