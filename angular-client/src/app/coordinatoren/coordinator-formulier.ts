import { Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Router } from '@angular/router';
import { AdministratiesClient, CoordinatorenClient, HostorganisatiesClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer, Veldgroep } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Keuzeveld } from '../gedeeld/keuzeveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { CoordinatorInvoer, CoordinatorVeld, controleerCoordinator, coordinatorVerzoek, invoerVanCoordinator } from './coordinator';
import { COORDINATOREN_TEKSTEN as T } from './teksten';

const LEEG: CoordinatorInvoer = { host: '', naam: '', functie: '', urenPerWeek: '', inDienstSinds: '', uitDienstPer: '', groepen: [], toelichting: '' };

/**
 * The back office records a coordinator of its host, or changes one (a PUT with every field; the host stays): name,
 * role, hours a week, employment dates and the host's groups the coordinator supports (checkboxes).
 */
@Component({
  selector: 'app-coordinator-formulier',
  imports: [Foutsamenvatting, Formulierveld, VeldInvoer, Veldgroep, Keuzeveld, Laadblok, Tekstveld, Tekstvak],
  template: `
    <h1 class="utrecht-heading-1" id="coordinator-kop">{{ id() ? T.wijzigTitel : T.nieuwTitel }}</h1>
    <p class="utrecht-paragraph">{{ id() ? T.wijzigUitleg : T.nieuwUitleg }}</p>
    @if (id()) { <app-laadblok [bron]="bestaand" [ladenTekst]="T.detailLaden" /> }
    <app-laadblok [bron]="administraties" [ladenTekst]="T.detailLaden" />
    @if ((!id() || bestaand.waarde()) && administraties.waarde()) {
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <form class="formulier" novalidate aria-labelledby="coordinator-kop" (submit)="$event.preventDefault(); sla()">
        @if (id()) {
          <p class="utrecht-paragraph"><strong>{{ T.hostLabel }}:</strong> {{ bestaand.waarde()?.hostNaam }}</p>
        } @else {
          <app-keuzeveld veldId="coordinator-host" [label]="T.hostLabel" [leeg]="T.kies" [keuzes]="hostKeuzes()" [fouten]="formulier.van('host')"
            [waarde]="c().host" (waardeChange)="kiesHost($event)" />
        }
        <app-tekstveld veldId="coordinator-naam" [label]="T.naamLabel" [verplicht]="true" autocomplete="name" [maxlength]="200"
          [fouten]="formulier.van('naam')" [waarde]="c().naam" (waardeChange)="zet('naam', $event)" />
        <app-tekstveld veldId="coordinator-functie" [label]="T.functieLabel" [verplicht]="true" autocomplete="off" [maxlength]="200"
          [fouten]="formulier.van('functie')" [waarde]="c().functie" (waardeChange)="zet('functie', $event)" />
        <app-tekstveld veldId="coordinator-urenPerWeek" [label]="T.urenLabel" [uitleg]="T.urenUitleg" [verplicht]="true" autocomplete="off"
          [fouten]="formulier.van('urenPerWeek')" [waarde]="c().urenPerWeek" (waardeChange)="zet('urenPerWeek', $event)" />
        <app-tekstveld veldId="coordinator-inDienstSinds" type="date" [label]="T.inDienstLabel" [verplicht]="true"
          [fouten]="formulier.van('inDienstSinds')" [waarde]="c().inDienstSinds" (waardeChange)="zet('inDienstSinds', $event)" />
        <app-tekstveld veldId="coordinator-uitDienstPer" type="date" [label]="T.uitDienstLabel"
          [fouten]="formulier.van('uitDienstPer')" [waarde]="c().uitDienstPer" (waardeChange)="zet('uitDienstPer', $event)" />
        <app-veldgroep veldId="coordinator-groepen" [legenda]="T.groepenLabel" [fouten]="formulier.van('groepen')">
          @for (g of groepen(); track g.id) {
            <app-formulierveld soort="checkbox" [veldId]="'coordinator-groep-' + g.id" [label]="g.naam">
              <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input"
                [checked]="c().groepen.includes(g.id)" (change)="wissel(g.id, $any($event.target).checked)" />
            </app-formulierveld>
          } @empty {
            <p class="utrecht-paragraph">{{ T.groepenLeeg }}</p>
          }
        </app-veldgroep>
        <app-tekstvak veldId="coordinator-toelichting" [label]="T.toelichtingLabel" [maxlength]="1000" [regels]="3"
          [fouten]="formulier.van('toelichting')" [waarde]="c().toelichting" (waardeChange)="zet('toelichting', $event)" />
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
            {{ formulier.bezig() ? T.bezig : id() ? T.wijzigingOpslaan : T.opslaan }}</button>
        </div>
      </form>
    }
  `,
})
export class CoordinatorFormulier {
  protected readonly T = T;
  /** The coordinator to change (the route's `:id`); none for a new one. */
  readonly id = input<string>();
  private readonly router = inject(Router);
  private readonly client = inject(CoordinatorenClient);
  private readonly hostsClient = inject(HostorganisatiesClient);
  private readonly administratiesClient = inject(AdministratiesClient);
  protected readonly bestaand = laadbaar({ params: () => this.id(), laad: (id) => this.client.getCoordinator(id) });
  /** The back office reads only its own host's groups, so their hosts are the ones it may choose. */
  protected readonly administraties = laadbaar({ laad: () => this.administratiesClient.listAdministraties(1, 100, null) });
  private readonly hosts = laadbaar({ params: () => (this.id() ? undefined : true), laad: () => this.hostsClient.listHostorganisaties(1, 100) });
  protected readonly hostKeuzes = computed(() => {
    const eigen = new Set((this.administraties.waarde()?.items ?? []).map((a) => a.hostId));
    const alle = (this.hosts.waarde()?.items ?? []).map((h) => ({ id: h.id, naam: h.naam }));
    return eigen.size ? alle.filter((h) => eigen.has(h.id)) : alle;
  });
  protected readonly c = signal<CoordinatorInvoer>(LEEG);
  protected readonly groepen = computed(() =>
    (this.administraties.waarde()?.items ?? []).filter((a) => a.hostId === this.c().host).map((a) => ({ id: a.id, naam: a.groepNaam })),
  );
  protected readonly formulier = new Formulier<CoordinatorVeld>(
    {
      host: T.hostLabel, naam: T.naamLabel, functie: T.functieLabel, urenPerWeek: T.urenLabel, inDienstSinds: T.inDienstLabel,
      uitDienstPer: T.uitDienstLabel, groepen: T.groepenLabel, toelichting: T.toelichtingLabel,
    },
    {
      aliassen: { hostorganisatieId: 'host', administratieIds: 'groepen' },
      veldId: (v) => (v === 'groepen' ? `coordinator-groep-${this.groepen()[0]?.id ?? ''}` : `coordinator-${v}`),
      veldVanMelding: (m) => (/uren per week/.test(m) ? 'urenPerWeek' : /uit dienst/.test(m) ? 'uitDienstPer' : /groepen/.test(m) ? 'groepen'
        : /functie/.test(m) ? 'functie' : /naam/.test(m) ? 'naam' : null),
    },
  );

  constructor() {
    // Changing: fill the form once with what is recorded now.
    effect(() => {
      const b = this.bestaand.waarde();
      if (b) untracked(() => this.c.set(invoerVanCoordinator(b)));
    });
    // One host to choose from (a back office's own): it is the one.
    effect(() => {
      const keuzes = this.hostKeuzes();
      if (!this.id() && keuzes.length === 1) untracked(() => this.c().host || this.zet('host', keuzes[0].id));
    });
  }

  protected zet<K extends keyof CoordinatorInvoer>(veld: K, waarde: CoordinatorInvoer[K]): void {
    this.c.update((c) => ({ ...c, [veld]: waarde }));
  }

  /** Another host hosts other groups: the choice of groups starts again. */
  protected kiesHost(id: string): void {
    this.c.update((c) => ({ ...c, host: id, groepen: [] }));
  }

  protected wissel(groep: string, aan: boolean): void {
    this.c.update((c) => ({ ...c, groepen: aan ? [...c.groepen.filter((g) => g !== groep), groep] : c.groepen.filter((g) => g !== groep) }));
  }

  sla(): void {
    const invoer = this.c();
    const fouten = controleerCoordinator(invoer);
    if (!this.formulier.controleer(Object.fromEntries(Object.entries(fouten).map(([veld, fout]) => [veld, [T.fout[fout]]])))) return;
    const id = this.id();
    const { hostorganisatieId, ...gegevens } = coordinatorVerzoek(invoer);
    this.formulier.verstuur(
      () => (id ? this.client.updateCoordinator(id, gegevens) : this.client.createCoordinator({ hostorganisatieId, ...gegevens })),
      () => void this.router.navigate(['/coordinatoren']),
    );
  }
}
