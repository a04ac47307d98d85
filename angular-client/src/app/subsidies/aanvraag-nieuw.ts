import { Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, map, of, switchMap } from 'rxjs';
import { OrganisatiesClient, SubsidieaanvragenClient, SubsidieregelingenClient, WijkbudgettenClient } from '../api/api-client';
import { formatDatum } from '../beleidskader/datum';
import { parseEuro } from '../beleidskader/bedrag';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer, Veldgroep } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { verwijzingenLader } from '../wijkbudgetten/budget-basis';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/**
 * Applying in a few minutes (G-10): the plan in the organisation's own words, the amount, the period and the ambities
 * of the wijk's agenda it serves; a host organisation names the informal group it applies for. Nothing about
 * representativeness is asked (G-3). Saved as a concept, or saved and submitted at once.
 */
@Component({
  selector: 'app-aanvraag-nieuw',
  imports: [Laadblok, Foutsamenvatting, Tekstveld, Tekstvak, Formulierveld, VeldInvoer, Veldgroep],
  template: `
    <app-laadblok [bron]="regeling" [ladenTekst]="T.regelingLaden" />
    @if (regeling.waarde(); as r) {
      <h1 class="utrecht-heading-1">{{ T.aanvragenTitel }}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{{ r.titel }}</p>
      <p class="utrecht-paragraph">{{ T.aanvragenUitleg(formatDatum(r.plafondVan), formatDatum(r.plafondTot), r.beslistermijnWeken) }}</p>
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <form class="formulier" novalidate (submit)="$event.preventDefault(); sla(true)">
        <app-laadblok [bron]="organisaties" [ladenTekst]="T.organisatiesLaden" />
        <app-formulierveld veldId="organisatieId" [label]="T.organisatie" [uitleg]="T.organisatieUitleg" [fouten]="formulier.van('organisatieId')">
          <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="organisatieId.set($any($event.target).value)">
            <option value="" [selected]="!organisatieId()">{{ T.kiesOrganisatie }}</option>
            @for (o of organisaties.waarde() ?? []; track o.id) { <option [value]="o.id" [selected]="o.id === organisatieId()">{{ o.naam }}</option> }
          </select>
        </app-formulierveld>
        <app-tekstveld veldId="groepsnaam" [label]="T.groepsnaam" [uitleg]="T.groepsnaamUitleg" autocomplete="off" [maxlength]="200"
          [fouten]="formulier.van('groepsnaam')" [(waarde)]="groepsnaam" />
        <app-tekstvak veldId="plan" [label]="T.plan" [uitleg]="T.planUitleg" [maxlength]="20000" [regels]="8" [fouten]="formulier.van('plan')" [(waarde)]="plan" />
        <app-tekstveld veldId="bedrag" [label]="T.bedragEuro" [uitleg]="T.euroUitleg" autocomplete="off" [verplicht]="true"
          [fouten]="formulier.van('bedrag')" [(waarde)]="bedrag" />
        <div class="naast">
          <app-tekstveld veldId="van" type="date" [label]="T.van" [verplicht]="true" [fouten]="formulier.van('van')" [(waarde)]="van" />
          <app-tekstveld veldId="tot" type="date" [label]="T.tot" [verplicht]="true" [fouten]="formulier.van('tot')" [(waarde)]="tot" />
        </div>
        <app-laadblok [bron]="ambities" [ladenTekst]="T.ambitiesLaden" />
        @if (ambities.waarde(); as lijst) {
          <app-veldgroep veldId="ambitieIds" [legenda]="T.ambities" [uitleg]="T.ambitiesUitleg" [fouten]="formulier.van('ambitieIds')">
            @if (lijst.length === 0) { <p class="utrecht-paragraph">{{ T.geenAmbities }}</p> }
            @for (a of lijst; track a.id) {
              <app-formulierveld [veldId]="'ambitie-' + a.id" [label]="a.titel" soort="checkbox">
                <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" [checked]="ambitieIds().includes(a.id)"
                  (change)="wisselAmbitie(a.id, $any($event.target).checked)" />
              </app-formulierveld>
            }
          </app-veldgroep>
        }
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
            {{ formulier.bezig() ? T.bezig : T.indienen }}</button>
          <button type="button" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="formulier.bezig() || null" (click)="sla(false)">
            {{ T.conceptOpslaan }}</button>
        </div>
      </form>
    }
  `,
  styles: `.naast { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }`,
})
export class AanvraagNieuw {
  protected readonly T = T;
  readonly id = input.required<string>();
  private readonly client = inject(SubsidieaanvragenClient);
  private readonly regelingen = inject(SubsidieregelingenClient);
  private readonly budgetten = inject(WijkbudgettenClient);
  private readonly register = inject(OrganisatiesClient);
  private readonly lader = verwijzingenLader();
  private readonly router = inject(Router);
  protected readonly regeling = laadbaar({ params: () => this.id(), laad: (id) => this.regelingen.getSubsidieregeling(id) });
  private readonly wijkbudgetId = computed(() => this.regeling.waarde()?.wijkbudgetId);
  protected readonly ambities = laadbaar({
    params: () => this.wijkbudgetId(),
    laad: (id) => this.budgetten.getWijkbudget(id).pipe(switchMap((b) => this.lader.ambities(b.wijkId))),
  });
  protected readonly organisaties = laadbaar({
    laad: () => this.register.listOrganisaties(1, 100, null, null, null).pipe(map((l) => l.items.filter((o) => o.status === 'actief'))),
  });
  /** The organisation the applicant applied for before, as the first choice. */
  private readonly eerder = laadbaar({ laad: () => this.client.listSubsidieaanvragen(1, 1, null) });
  protected readonly organisatieId = signal('');
  protected readonly groepsnaam = signal('');
  protected readonly plan = signal('');
  protected readonly bedrag = signal('');
  protected readonly van = signal('');
  protected readonly tot = signal('');
  protected readonly ambitieIds = signal<string[]>([]);
  protected readonly formatDatum = formatDatum;
  protected readonly formulier = new Formulier(
    { organisatieId: T.organisatie, groepsnaam: T.groepsnaam, plan: T.plan, bedrag: T.bedragEuro, van: T.van, tot: T.tot, ambitieIds: T.ambities },
    { aliassen: { bedragEurocent: 'bedrag' } },
  );

  constructor() {
    effect(() => {
      const r = this.regeling.waarde();
      if (r && !untracked(this.van)) {
        this.van.set(r.plafondVan);
        this.tot.set(r.plafondTot);
      }
    });
    effect(() => {
      const eerste = this.eerder.waarde()?.items[0];
      if (eerste && !untracked(this.organisatieId)) this.organisatieId.set(eerste.organisatieId);
    });
  }

  protected wisselAmbitie(id: string, aan: boolean): void {
    this.ambitieIds.update((ids) => (aan ? [...ids, id] : ids.filter((x) => x !== id)));
  }

  /** Saves the concept; with `indienen` submits it too (the beslistermijn starts). Then the application's page. */
  sla(indienen: boolean): void {
    const plan = this.plan().trim();
    const bedrag = parseEuro(this.bedrag());
    const ok = this.formulier.controleer({
      organisatieId: this.organisatieId() ? [] : [T.organisatieVerplicht],
      plan: plan ? [] : [T.planVerplicht],
      bedrag: bedrag !== null && bedrag > 0 ? [] : [T.bedragOngeldig],
      van: this.van() ? [] : [T.datumVerplicht],
      tot: !this.tot() ? [T.datumVerplicht] : this.tot() < this.van() ? [T.totVoorVan] : [],
    });
    if (!ok || bedrag === null) return;
    const opslaan = this.client.createSubsidieaanvraag({
      regelingId: this.id(), organisatieId: this.organisatieId(), groepsnaam: this.groepsnaam().trim() || null, plan, bedragEurocent: bedrag,
      van: this.van(), tot: this.tot(), ambitieIds: this.ambitieIds(),
    });
    this.formulier.verstuur(
      // A concept that cannot be submitted yet stays a concept; its page says so and offers to submit it again.
      () => (indienen ? opslaan.pipe(switchMap((a) => this.client.submitSubsidieaanvraag(a.id).pipe(catchError(() => of(a))))) : opslaan),
      (a) => void this.router.navigate(['/subsidies/aanvragen', a.id]),
    );
  }
}
