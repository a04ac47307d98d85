import { Component, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { map } from 'rxjs';
import { OrganisatiesClient, TrekkingsEenheid, TrekkingsrechtenClient, WijkbudgettenClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer, Veldgroep } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { TREKKINGSRECHTEN_TEKSTEN as T } from './teksten';
import { RechtVeld, controleerRecht, rechtVeldVanMelding, rechtVerzoek } from './trekkingsrecht';

/**
 * The gemeente grants a resident initiative a trekkingsrecht: the holder (or its host, naming the group), the wijkbudget
 * and line it is paid from, hours at a tarief or an amount, the suppliers (organisations, and/or the gemeente itself),
 * the validity and what it is for. The server refuses a right the line has no room for, next to the amount.
 */
@Component({
  selector: 'app-trekkingsrecht-nieuw',
  imports: [Foutsamenvatting, Formulierveld, VeldInvoer, Veldgroep, Tekstveld, Tekstvak],
  template: `
    <h1 class="utrecht-heading-1" id="nieuw-kop">{{ T.nieuwTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.nieuwUitleg }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate aria-labelledby="nieuw-kop" (submit)="$event.preventDefault(); ken()">
      <app-formulierveld veldId="recht-organisatie" [label]="T.organisatie" [uitleg]="T.organisatieUitleg" [fouten]="formulier.van('organisatie')">
        <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="organisatieId.set($any($event.target).value)">
          <option value="" [selected]="!organisatieId()">{{ T.kies }}</option>
          @for (o of organisaties.waarde() ?? []; track o.id) { <option [value]="o.id" [selected]="o.id === organisatieId()">{{ o.naam }}</option> }
        </select>
      </app-formulierveld>
      <app-tekstveld veldId="recht-groepsnaam" [label]="T.groepsnaam" [uitleg]="T.groepsnaamUitleg" [maxlength]="200" autocomplete="off"
        [fouten]="formulier.van('groepsnaam')" [(waarde)]="groepsnaam" />
      <app-formulierveld veldId="recht-wijkbudget" [label]="T.wijkbudget" [fouten]="formulier.van('wijkbudget')">
        <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="kiesBudget($any($event.target).value)">
          <option value="" [selected]="!wijkbudgetId()">{{ T.kies }}</option>
          @for (b of budgetten.waarde() ?? []; track b.id) {
            <option [value]="b.id" [selected]="b.id === wijkbudgetId()">{{ b.wijkNaam }} ({{ b.startJaar }}–{{ b.eindJaar }})</option>
          }
        </select>
      </app-formulierveld>
      <app-formulierveld veldId="recht-regel" [label]="T.regel" [fouten]="formulier.van('regel')">
        <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="budgetregelId.set($any($event.target).value)">
          <option value="" [selected]="!budgetregelId()">{{ T.kies }}</option>
          @for (g of regels(); track g.id) { <option [value]="g.id" [selected]="g.id === budgetregelId()">{{ g.doel }}</option> }
        </select>
      </app-formulierveld>
      <app-veldgroep veldId="recht-eenheid" [legenda]="T.soort">
        @for (e of eenheden; track e) {
          <app-formulierveld [veldId]="'recht-eenheid-' + e" [label]="T.eenheidNaam[e]" soort="radio">
            <input appVeldInvoer type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" name="recht-eenheid" [value]="e"
              [checked]="eenheid() === e" (change)="eenheid.set(e)" />
          </app-formulierveld>
        }
      </app-veldgroep>
      <app-tekstveld veldId="recht-omvang" [label]="eenheid() === 'uren' ? T.aantalUren : T.bedrag" autocomplete="off" [verplicht]="true"
        [fouten]="formulier.van('omvang')" [(waarde)]="omvang" />
      @if (eenheid() === 'uren') {
        <app-tekstveld veldId="recht-tarief" [label]="T.tariefLabel" [uitleg]="T.tariefUitleg" autocomplete="off" [verplicht]="true"
          [fouten]="formulier.van('tarief')" [(waarde)]="tarief" />
      }
      <app-veldgroep veldId="recht-leveranciers" [legenda]="T.leveranciers" [uitleg]="T.leveranciersUitleg" [fouten]="formulier.van('leveranciers')">
        @for (o of leveranciersKeuze(); track o.id) {
          <app-formulierveld [veldId]="'recht-leverancier-' + o.id" [label]="o.naam" soort="checkbox">
            <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" [checked]="leveranciers().includes(o.id)"
              (change)="wissel(o.id, $any($event.target).checked)" />
          </app-formulierveld>
        }
        <app-formulierveld veldId="recht-gemeenteLevert" [label]="T.gemeenteLevert" soort="checkbox">
          <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" [checked]="gemeenteLevert()"
            (change)="gemeenteLevert.set($any($event.target).checked)" />
        </app-formulierveld>
      </app-veldgroep>
      <app-tekstveld veldId="recht-van" type="date" [label]="T.van" [verplicht]="true" [fouten]="formulier.van('van')" [(waarde)]="van" />
      <app-tekstveld veldId="recht-tot" type="date" [label]="T.tot" [verplicht]="true" [fouten]="formulier.van('tot')" [(waarde)]="tot" />
      <app-tekstvak veldId="recht-doel" [label]="T.doelLabel" [uitleg]="T.doelUitleg" [maxlength]="2000" [fouten]="formulier.van('doel')" [(waarde)]="doel" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.toekennen }}</button>
      </div>
    </form>
  `,
})
export class TrekkingsrechtNieuw {
  protected readonly T = T;
  private readonly router = inject(Router);
  private readonly client = inject(TrekkingsrechtenClient);
  private readonly register = inject(OrganisatiesClient);
  private readonly wijkbudgetten = inject(WijkbudgettenClient);
  protected readonly eenheden: readonly TrekkingsEenheid[] = ['uren', 'euro'];
  protected readonly organisaties = laadbaar({
    laad: () => this.register.listOrganisaties(1, 100, null, null, null).pipe(map((l) => l.items.filter((o) => o.status === 'actief'))),
  });
  /** Only budgets the raad granted and that still run can pay a right (the server says the same). */
  protected readonly budgetten = laadbaar({
    laad: () => this.wijkbudgetten.listWijkbudgetten(1, 100, null).pipe(map((l) => l.items.filter((b) => b.status === 'toegekend' || b.status === 'lopend'))),
  });
  protected readonly organisatieId = signal('');
  protected readonly groepsnaam = signal('');
  protected readonly wijkbudgetId = signal('');
  protected readonly budgetregelId = signal('');
  protected readonly eenheid = signal<TrekkingsEenheid>('uren');
  protected readonly omvang = signal('');
  protected readonly tarief = signal('');
  protected readonly leveranciers = signal<readonly string[]>([]);
  protected readonly gemeenteLevert = signal(false);
  protected readonly van = signal('');
  protected readonly tot = signal('');
  protected readonly doel = signal('');
  private readonly budget = laadbaar({ params: () => this.wijkbudgetId() || undefined, laad: (id) => this.wijkbudgetten.getWijkbudget(id) });
  protected readonly regels = computed(() => (this.budget.waarde()?.id === this.wijkbudgetId() ? this.budget.waarde()!.regels : []));
  protected readonly leveranciersKeuze = computed(() => (this.organisaties.waarde() ?? []).filter((o) => o.id !== this.organisatieId()));
  protected readonly formulier = new Formulier<RechtVeld>(
    {
      organisatie: T.organisatie, groepsnaam: T.groepsnaam, wijkbudget: T.wijkbudget, regel: T.regel, eenheid: T.soort, omvang: T.omvang,
      tarief: T.tariefLabel, leveranciers: T.leveranciers, van: T.van, tot: T.tot, doel: T.doelLabel,
    },
    {
      aliassen: { organisatieId: 'organisatie', wijkbudgetId: 'wijkbudget', budgetregelId: 'regel', tariefEurocent: 'tarief', gemeenteLevert: 'leveranciers' },
      veldId: (v) => (v === 'eenheid' ? 'recht-eenheid-uren' : `recht-${v}`),
      veldVanMelding: rechtVeldVanMelding,
    },
  );

  protected kiesBudget(id: string): void {
    this.wijkbudgetId.set(id);
    this.budgetregelId.set('');
  }

  protected wissel(id: string, aan: boolean): void {
    this.leveranciers.update((l) => (aan ? [...l, id] : l.filter((x) => x !== id)));
  }

  ken(): void {
    const invoer = {
      organisatieId: this.organisatieId(), groepsnaam: this.groepsnaam(), wijkbudgetId: this.wijkbudgetId(), budgetregelId: this.budgetregelId(),
      eenheid: this.eenheid(), omvang: this.omvang(), tarief: this.tarief(), leveranciers: this.leveranciers(), gemeenteLevert: this.gemeenteLevert(),
      van: this.van(), tot: this.tot(), doel: this.doel(),
    };
    const fouten = controleerRecht(invoer);
    if (!this.formulier.controleer(Object.fromEntries(Object.entries(fouten).map(([veld, fout]) => [veld, [T.rechtFout[fout]]])))) return;
    this.formulier.verstuur(() => this.client.createTrekkingsrecht(rechtVerzoek(invoer)), (r) => void this.router.navigate(['/trekkingsrechten', r.id]));
  }
}
