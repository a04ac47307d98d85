import { Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Router } from '@angular/router';
import { map } from 'rxjs';
import { DienstverleningsafsprakenClient, Opdrachtgeverschap, OrganisatiesClient, SoortWerk, WijkbudgettenClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer, Veldgroep } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Keuze, Keuzeveld } from '../gedeeld/keuzeveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { SOORTEN_VAN_BEWONERS } from '../organisaties/organisatie-namen';
import { AfspraakInvoer, AfspraakVeld, afspraakVeldVanMelding, afspraakVerzoek, controleerAfspraak, invoerVanAfspraak } from './dienstverleningsafspraak';
import { DIENSTVERLENING_TEKSTEN as T } from './teksten';

const LEEG: AfspraakInvoer = {
  wijkbudgetId: '', budgetregelId: '', bewonersorganisatieId: '', aanbiederId: '', vorm: 'opdrachtgever', soortWerk: 'opbouwwerk', resultaten: '',
  werkwijze: '', urenPerWeek: '', jaarprijs: '', van: '', tot: '', selectieRecht: '', sturingRecht: '', evaluatieRecht: '', professionals: '',
};


/**
 * The gemeente makes a dienstverleningsafspraak, or changes one while it is verkend (a PUT with every field): the
 * wijkbudget line it is paid from, the two parties and the residents' role, the results and working methods (never
 * production counts, G-5: the server refuses them at the field), hours a week and price a year, the period and the
 * residents' say in selection, steering and review, and the named professionals.
 */
@Component({
  selector: 'app-afspraak-formulier',
  imports: [Foutsamenvatting, Formulierveld, VeldInvoer, Veldgroep, Keuzeveld, Laadblok, Tekstveld, Tekstvak],
  template: `
    <h1 class="utrecht-heading-1" id="afspraak-kop">{{ id() ? T.wijzigTitel : T.nieuwTitel }}</h1>
    <p class="utrecht-paragraph">{{ id() ? T.wijzigUitleg : T.nieuwUitleg }}</p>
    @if (id()) { <app-laadblok [bron]="bestaand" [ladenTekst]="T.detailLaden" /> }
    @if (!id() || bestaand.waarde()) {
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <form class="formulier" novalidate aria-labelledby="afspraak-kop" (submit)="$event.preventDefault(); sla()">
        <app-keuzeveld veldId="afspraak-wijkbudget" [label]="T.wijkbudget" [leeg]="T.kies" [keuzes]="budgetKeuzes()" [fouten]="formulier.van('wijkbudget')"
          [waarde]="a().wijkbudgetId" (waardeChange)="kiesBudget($event)" />
        <app-keuzeveld veldId="afspraak-regel" [label]="T.regel" [leeg]="T.kies" [keuzes]="regels()" [fouten]="formulier.van('regel')"
          [waarde]="a().budgetregelId" (waardeChange)="zet('budgetregelId', $event)" />
        <app-keuzeveld veldId="afspraak-bewonersorganisatie" [label]="T.bewonersorganisatieLabel" [leeg]="T.kies" [keuzes]="bewoners()"
          [fouten]="formulier.van('bewonersorganisatie')" [waarde]="a().bewonersorganisatieId" (waardeChange)="zet('bewonersorganisatieId', $event)" />
        <app-keuzeveld veldId="afspraak-aanbieder" [label]="T.aanbiederLabel" [leeg]="T.kies" [keuzes]="aanbieders()" [fouten]="formulier.van('aanbieder')"
          [waarde]="a().aanbiederId" (waardeChange)="zet('aanbiederId', $event)" />
        <app-veldgroep veldId="afspraak-vorm" [legenda]="T.vorm" [fouten]="formulier.van('vorm')">
          @for (v of vormen; track v) {
            <app-formulierveld [veldId]="'afspraak-vorm-' + v" [label]="T.vormNaam[v]" [uitleg]="T.vormUitleg[v]" soort="radio">
              <input appVeldInvoer type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" name="afspraak-vorm" [value]="v"
                [checked]="a().vorm === v" (change)="zet('vorm', v)" />
            </app-formulierveld>
          }
        </app-veldgroep>
        <app-keuzeveld veldId="afspraak-soortWerk" [label]="T.soortWerk" [keuzes]="soorten" [fouten]="formulier.van('soortWerk')"
          [waarde]="a().soortWerk" (waardeChange)="zet('soortWerk', $any($event))" />
        <div class="utrecht-alert utrecht-alert--info"><p class="utrecht-paragraph">{{ T.g5Uitleg }}</p></div>
        <app-tekstvak veldId="afspraak-resultaten" [label]="T.resultatenLabel" [uitleg]="T.resultatenUitleg" [maxlength]="4000" [regels]="5"
          [fouten]="formulier.van('resultaten')" [waarde]="a().resultaten" (waardeChange)="zet('resultaten', $event)" />
        <app-tekstvak veldId="afspraak-werkwijze" [label]="T.werkwijzeLabel" [uitleg]="T.werkwijzeUitleg" [maxlength]="4000" [regels]="5"
          [fouten]="formulier.van('werkwijze')" [waarde]="a().werkwijze" (waardeChange)="zet('werkwijze', $event)" />
        <app-tekstveld veldId="afspraak-urenPerWeek" [label]="T.urenPerWeek" [uitleg]="T.urenUitleg" autocomplete="off" [verplicht]="true"
          [fouten]="formulier.van('urenPerWeek')" [waarde]="a().urenPerWeek" (waardeChange)="zet('urenPerWeek', $event)" />
        <app-tekstveld veldId="afspraak-jaarprijs" [label]="T.jaarprijs" [uitleg]="T.jaarprijsUitleg" autocomplete="off" [verplicht]="true"
          [fouten]="formulier.van('jaarprijs')" [waarde]="a().jaarprijs" (waardeChange)="zet('jaarprijs', $event)" />
        <app-tekstveld veldId="afspraak-van" type="date" [label]="T.van" [verplicht]="true" [fouten]="formulier.van('van')"
          [waarde]="a().van" (waardeChange)="zet('van', $event)" />
        <app-tekstveld veldId="afspraak-tot" type="date" [label]="T.tot" [verplicht]="true" [fouten]="formulier.van('tot')"
          [waarde]="a().tot" (waardeChange)="zet('tot', $event)" />
        <h2 class="utrecht-heading-2">{{ T.zeggenschapKop }}</h2>
        <p class="utrecht-paragraph">{{ T.zeggenschapUitleg }}</p>
        <app-tekstvak veldId="afspraak-selectieRecht" [label]="T.selectieLabel" [maxlength]="4000" [fouten]="formulier.van('selectieRecht')"
          [waarde]="a().selectieRecht" (waardeChange)="zet('selectieRecht', $event)" />
        <app-tekstvak veldId="afspraak-sturingRecht" [label]="T.sturingLabel" [maxlength]="4000" [fouten]="formulier.van('sturingRecht')"
          [waarde]="a().sturingRecht" (waardeChange)="zet('sturingRecht', $event)" />
        <app-tekstvak veldId="afspraak-evaluatieRecht" [label]="T.evaluatieRechtLabel" [maxlength]="4000" [fouten]="formulier.van('evaluatieRecht')"
          [waarde]="a().evaluatieRecht" (waardeChange)="zet('evaluatieRecht', $event)" />
        <app-tekstvak veldId="afspraak-professionals" [label]="T.professionalsLabel" [uitleg]="T.professionalsUitleg" [regels]="3"
          [fouten]="formulier.van('professionals')" [waarde]="a().professionals" (waardeChange)="zet('professionals', $event)" />
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
            {{ formulier.bezig() ? T.bezig : id() ? T.wijzigingOpslaan : T.opslaan }}</button>
        </div>
      </form>
    }
  `,
})
export class AfspraakFormulier {
  protected readonly T = T;
  /** The agreement to change (the route's `:id`); none for a new one. */
  readonly id = input<string>();
  private readonly router = inject(Router);
  private readonly client = inject(DienstverleningsafsprakenClient);
  private readonly register = inject(OrganisatiesClient);
  private readonly wijkbudgetten = inject(WijkbudgettenClient);
  protected readonly vormen: readonly Opdrachtgeverschap[] = ['opdrachtgever', 'medeOpdrachtgever', 'sturendeStem'];
  protected readonly soorten: readonly Keuze[] = (['opbouwwerk', 'jongerenwerk', 'buurtwerk', 'ouderenwerk', 'overig'] as const satisfies readonly SoortWerk[])
    .map((s) => ({ id: s, naam: T.soortWerkNaam[s] }));
  private readonly organisaties = laadbaar({
    laad: () => this.register.listOrganisaties(1, 100, null, null, null).pipe(map((l) => l.items.filter((o) => o.status === 'actief'))),
  });
  protected readonly bewoners = computed(() => (this.organisaties.waarde() ?? []).filter((o) => SOORTEN_VAN_BEWONERS.includes(o.soort)));
  protected readonly aanbieders = computed(() => (this.organisaties.waarde() ?? []).filter((o) => o.id !== this.a().bewonersorganisatieId));
  /** Only budgets the raad granted and that still run can pay an agreement (the server says the same). */
  protected readonly budgetten = laadbaar({
    laad: () => this.wijkbudgetten.listWijkbudgetten(1, 100, null).pipe(map((l) => l.items.filter((b) => b.status === 'toegekend' || b.status === 'lopend'))),
  });
  protected readonly bestaand = laadbaar({ params: () => this.id(), laad: (id) => this.client.getDienstverleningsafspraak(id) });
  protected readonly budgetKeuzes = computed(() => (this.budgetten.waarde() ?? []).map((b) => ({ id: b.id, naam: `${b.wijkNaam} (${b.startJaar}–${b.eindJaar})` })));
  protected readonly a = signal<AfspraakInvoer>(LEEG);
  private readonly budget = laadbaar({ params: () => this.a().wijkbudgetId || undefined, laad: (id) => this.wijkbudgetten.getWijkbudget(id) });
  protected readonly regels = computed(() => (this.budget.waarde()?.id === this.a().wijkbudgetId ? this.budget.waarde()!.regels.map((g) => ({ id: g.id, naam: g.doel })) : []));
  protected readonly formulier = new Formulier<AfspraakVeld>(
    {
      wijkbudget: T.wijkbudget, regel: T.regel, bewonersorganisatie: T.bewonersorganisatieLabel, aanbieder: T.aanbiederLabel, vorm: T.vorm,
      soortWerk: T.soortWerk, resultaten: T.resultatenLabel, werkwijze: T.werkwijzeLabel, urenPerWeek: T.urenPerWeek, jaarprijs: T.jaarprijs,
      van: T.van, tot: T.tot, selectieRecht: T.selectieLabel, sturingRecht: T.sturingLabel, evaluatieRecht: T.evaluatieRechtLabel,
      professionals: T.professionalsLabel,
    },
    {
      aliassen: {
        wijkbudgetId: 'wijkbudget', budgetregelId: 'regel', bewonersorganisatieId: 'bewonersorganisatie', aanbiederId: 'aanbieder',
        jaarprijsEurocent: 'jaarprijs',
      },
      veldId: (v) => (v === 'vorm' ? 'afspraak-vorm-opdrachtgever' : `afspraak-${v}`),
      veldVanMelding: afspraakVeldVanMelding,
    },
  );

  constructor() {
    // Changing: fill the form once with what the agreement says now.
    effect(() => {
      const b = this.bestaand.waarde();
      if (b) untracked(() => this.a.set(invoerVanAfspraak(b)));
    });
  }

  protected zet<K extends keyof AfspraakInvoer>(veld: K, waarde: AfspraakInvoer[K]): void {
    this.a.update((a) => ({ ...a, [veld]: waarde }));
  }

  protected kiesBudget(id: string): void {
    this.a.update((a) => ({ ...a, wijkbudgetId: id, budgetregelId: '' }));
  }

  sla(): void {
    const invoer = this.a();
    const fouten = controleerAfspraak(invoer);
    if (!this.formulier.controleer(Object.fromEntries(Object.entries(fouten).map(([veld, fout]) => [veld, [T.afspraakFout[fout]]])))) return;
    const id = this.id();
    const verzoek = afspraakVerzoek(invoer);
    this.formulier.verstuur(
      () => (id ? this.client.updateDienstverleningsafspraak(id, verzoek) : this.client.createDienstverleningsafspraak(verzoek)),
      (x) => void this.router.navigate(['/dienstverleningsafspraken', x.id]),
    );
  }
}
