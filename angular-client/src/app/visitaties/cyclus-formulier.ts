import { Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Router } from '@angular/router';
import { Onderwerpsoort, VisitatiesClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Veldgroep } from '../gedeeld/formulierveld';
import { Keuzeveld } from '../gedeeld/keuzeveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { VISITATIES_TEKSTEN as T } from './teksten';
import {
  CyclusFout, CyclusInvoer, PerspectiefRegel, STANDAARD_PERSPECTIEVEN, controleerCyclus, cyclusWijzigVerzoek, invoerVanCyclus, nieuweCyclusVerzoek,
} from './visitatie';

const SOORTEN: readonly Onderwerpsoort[] = ['wijkprogramma', 'professioneleInzet', 'initiatief'];

/**
 * The gemeente sets up a visitatiecyclus or changes one (a PUT with every field; the kind stays): name, kind, cadence,
 * response period and the perspectives (a new cycle starts from the four defaults).
 */
@Component({
  selector: 'app-cyclus-formulier',
  imports: [Foutsamenvatting, Keuzeveld, Laadblok, Tekstveld, Tekstvak, Veldgroep],
  template: `
    <h1 class="utrecht-heading-1" id="cyclus-kop">{{ id() ? T.cyclusWijzigTitel : T.cyclusNieuwTitel }}</h1>
    <p class="utrecht-paragraph uitleg">{{ id() ? T.cyclusWijzigUitleg : T.cycliUitleg }}</p>
    @if (id()) { <app-laadblok [bron]="bestaand" [ladenTekst]="T.cycliLaden" /> }
    @if (!id() || bestaand.waarde()) {
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <form class="formulier" novalidate aria-labelledby="cyclus-kop" (submit)="$event.preventDefault(); sla()">
        <app-tekstveld veldId="cyclus-naam" [label]="T.naamLabel" [verplicht]="true" autocomplete="off" [maxlength]="200"
          [fouten]="formulier.van('naam')" [waarde]="c().naam" (waardeChange)="zet('naam', $event)" />
        @if (id()) {
          <p class="utrecht-paragraph"><strong>{{ T.soortLabel }}:</strong> {{ soortNaam() }}</p>
        } @else {
          <app-keuzeveld veldId="cyclus-soort" [label]="T.soortLabel" [leeg]="T.kies" [keuzes]="soorten" [fouten]="formulier.van('soort')"
            [waarde]="c().soort" (waardeChange)="zet('soort', $any($event))" />
        }
        <app-tekstveld veldId="cyclus-cadansMaanden" [label]="T.cadansLabel" [verplicht]="true" autocomplete="off"
          [fouten]="formulier.van('cadansMaanden')" [waarde]="c().cadansMaanden" (waardeChange)="zet('cadansMaanden', $event)" />
        <app-tekstveld veldId="cyclus-reactietermijnDagen" [label]="T.reactietermijnLabel" [verplicht]="true" autocomplete="off"
          [fouten]="formulier.van('reactietermijnDagen')" [waarde]="c().reactietermijnDagen" (waardeChange)="zet('reactietermijnDagen', $event)" />
        <app-veldgroep veldId="cyclus-perspectieven" [legenda]="T.perspectievenLegenda" [uitleg]="id() ? undefined : T.perspectievenUitleg"
          [fouten]="formulier.van('perspectieven')">
          @for (p of c().perspectieven; track $index; let i = $index) {
            <div class="perspectief">
              <app-tekstveld [veldId]="'cyclus-perspectief-naam-' + i" [label]="T.perspectiefNaam(i + 1)" autocomplete="off" [maxlength]="100"
                [waarde]="p.naam" (waardeChange)="zetPerspectief(i, { naam: $event })" />
              <app-tekstvak [veldId]="'cyclus-perspectief-omschrijving-' + i" [label]="T.perspectiefOmschrijving(i + 1)" [maxlength]="1000" [regels]="2"
                [waarde]="p.omschrijving" (waardeChange)="zetPerspectief(i, { omschrijving: $event })" />
              @if (c().perspectieven.length > 1) {
                <button type="button" class="utrecht-button utrecht-button--subtle" (click)="haalWeg(i)">{{ T.perspectiefWeg(i + 1) }}</button>
              }
            </div>
          }
          @if (c().perspectieven.length < 8) {
            <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="voegToe()">{{ T.perspectiefErbij }}</button>
          }
        </app-veldgroep>
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
            {{ formulier.bezig() ? T.bezig : T.opslaan }}</button>
        </div>
      </form>
    }
  `,
  styles: `
    .uitleg { max-inline-size: 70ch; }
    .perspectief { border-inline-start: 3px solid var(--utrecht-color-grey-80, #ccc); padding-inline-start: 1rem; margin-block-end: 1.5rem; }
  `,
})
export class CyclusFormulier {
  protected readonly T = T;
  /** The cycle to change (the route's `:id`); none for a new one. */
  readonly id = input<string>();
  private readonly router = inject(Router);
  private readonly client = inject(VisitatiesClient);
  protected readonly bestaand = laadbaar({ params: () => this.id(), laad: (id) => this.client.getVisitatiecyclus(id) });
  protected readonly soortNaam = computed(() => { const s = this.c().soort; return s ? T.soortNaam[s] : ''; });
  protected readonly soorten = SOORTEN.map((s) => ({ id: s, naam: T.soortNaam[s] }));
  protected readonly c = signal<CyclusInvoer>({
    naam: '', soort: '', cadansMaanden: '24', reactietermijnDagen: '28', perspectieven: STANDAARD_PERSPECTIEVEN.map((p) => ({ ...p })),
  });
  protected readonly formulier = new Formulier<CyclusFout>(
    {
      naam: T.naamLabel, soort: T.soortLabel, cadansMaanden: T.cadansLabel, reactietermijnDagen: T.reactietermijnLabel,
      perspectieven: T.perspectievenLegenda,
    },
    {
      veldId: (v) => (v === 'perspectieven' ? 'cyclus-perspectief-naam-0' : `cyclus-${v}`),
      veldVanMelding: (m) => (/perspectie/i.test(m) ? 'perspectieven' : /maanden/.test(m) ? 'cadansMaanden' : /reactietermijn|dagen/.test(m) ? 'reactietermijnDagen' : null),
    },
  );

  constructor() {
    effect(() => {
      const b = this.bestaand.waarde();
      if (b) untracked(() => this.c.set(invoerVanCyclus(b)));
    });
  }

  protected zet<K extends keyof CyclusInvoer>(veld: K, waarde: CyclusInvoer[K]): void {
    this.c.update((c) => ({ ...c, [veld]: waarde }));
  }

  protected zetPerspectief(i: number, deel: Partial<PerspectiefRegel>): void {
    this.c.update((c) => ({ ...c, perspectieven: c.perspectieven.map((p, j) => (j === i ? { ...p, ...deel } : p)) }));
  }

  protected voegToe(): void {
    this.c.update((c) => ({ ...c, perspectieven: [...c.perspectieven, { id: null, naam: '', omschrijving: '' }] }));
  }

  protected haalWeg(i: number): void {
    this.c.update((c) => ({ ...c, perspectieven: c.perspectieven.filter((_, j) => j !== i) }));
  }

  sla(): void {
    const invoer = this.c();
    const fouten = controleerCyclus(invoer);
    if (!this.formulier.controleer(Object.fromEntries(Object.entries(fouten).map(([veld, fout]) => [veld, [T.fout[fout]]])))) return;
    const id = this.id();
    this.formulier.verstuur(
      () => (id ? this.client.updateVisitatiecyclus(id, cyclusWijzigVerzoek(invoer)) : this.client.createVisitatiecyclus(nieuweCyclusVerzoek(invoer))),
      () => void this.router.navigate(['/visitaties/cycli']),
    );
  }
}
