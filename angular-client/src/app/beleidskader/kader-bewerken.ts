import { Component, computed, inject, input, linkedSignal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { catchError, forkJoin, throwError } from 'rxjs';
import { BeleidskadersClient, GebiedenClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Veldgroep } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { DemocratieBewerken } from './democratie-bewerken';
import { KaderVeld, foutenPerOnderdeel } from './inhoudfouten';
import { PartijenBewerken } from './partijen-bewerken';
import { BELEIDSKADER_TEKSTEN as T } from './teksten';
import { TijdBewerken } from './tijd-bewerken';
import { WaardenBewerken } from './waarden-bewerken';
import { naarInhoud, werkversie } from './werkversie';

/** Labels of the editor's fields, in form order (the error summary follows it). */
const VELDEN: Record<KaderVeld, string> = {
  titel: T.titel,
  aanbestedingsbesluit: T.aanbestedingsbesluit,
  publiekeWaarden: T.publiekeWaarden,
  financieringsbronnen: T.financieringsbronnen,
  delegaties: T.delegaties,
  buurtrechten: T.buurtrechten,
  fasen: T.fasen,
  tijdspanne: T.tijdspanne,
  pilots: T.pilots,
  overgangsperiodes: T.overgangsperiodes,
  partijen: T.partijen,
  rolVanDePolitiek: T.rolVanDePolitiek,
  toezeggingen: T.toezeggingen,
  wijkindelingToelichting: T.wijkindelingToelichting,
};

/** The editor of a concept: the title and every part, saved whole (PUT); then back to the version. */
@Component({
  selector: 'app-kader-bewerken',
  imports: [RouterLink, Laadblok, Foutsamenvatting, Tekstveld, Tekstvak, Veldgroep, WaardenBewerken, DemocratieBewerken, TijdBewerken, PartijenBewerken],
  template: `
    <h1 class="utrecht-heading-1">{{ T.bewerkenTitel }}</h1>
    <app-laadblok [bron]="gegevens" [ladenTekst]="T.laden" />
    @if (gegevens.waarde(); as g) {
      @if (g.kader.status !== 'concept') {
        <div class="utrecht-alert utrecht-alert--warning" role="status"><p class="utrecht-paragraph">{{ T.alleenConcept }}</p></div>
      } @else if (werk(); as w) {
        <p class="utrecht-paragraph utrecht-paragraph--lead">{{ T.versieKop(g.kader.versie, g.kader.titel) }}</p>
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
        <form class="formulier kader-editor" novalidate (submit)="$event.preventDefault(); opslaan()">
          <app-tekstveld veldId="titel" [label]="T.titel" autocomplete="off" [maxlength]="200" [verplicht]="true" [fouten]="formulier.van('titel')" [(waarde)]="titel" />
          <app-veldgroep veldId="aanbestedingsbesluit" [legenda]="T.aanbestedingsbesluit" [fouten]="formulier.van('aanbestedingsbesluit')">
            <app-tekstvak veldId="ab-besluit" [label]="T.besluit" [(waarde)]="w.aanbestedingsbesluit.besluit" />
            <app-tekstvak veldId="ab-reikwijdte" [label]="T.reikwijdte" [(waarde)]="w.aanbestedingsbesluit.reikwijdte" />
            <app-tekstvak veldId="ab-evaluatie" [label]="T.evaluatieVerleden" [(waarde)]="w.aanbestedingsbesluit.evaluatieVerleden" />
            <app-tekstvak veldId="ab-motivering" [label]="T.geenMarktMotivering" [(waarde)]="w.aanbestedingsbesluit.geenMarktMotivering" />
          </app-veldgroep>
          <app-waarden-bewerken [werk]="w" [fouten]="fouten" />
          <app-democratie-bewerken [werk]="w" [fouten]="fouten" />
          <app-tijd-bewerken [werk]="w" [wijken]="g.wijken.items" [fouten]="fouten" />
          <app-partijen-bewerken [werk]="w" [fouten]="fouten" />
          <app-tekstvak veldId="wijkindelingToelichting" [label]="T.wijkindelingToelichting" [maxlength]="2000"
            [fouten]="formulier.van('wijkindelingToelichting')" [(waarde)]="w.wijkindelingToelichting" />
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="formulier.bezig()"
              [attr.aria-disabled]="formulier.bezig() || null">{{ formulier.bezig() ? T.bezigOpslaan : T.opslaan }}</button>
            <a class="utrecht-link" [routerLink]="['/beleidskader/versies', id()]">{{ T.annuleren }}</a>
          </div>
        </form>
      }
    }
  `,
})
export class KaderBewerken {
  protected readonly T = T;
  readonly id = input.required<string>();
  private readonly client = inject(BeleidskadersClient);
  private readonly gebieden = inject(GebiedenClient);
  private readonly router = inject(Router);
  protected readonly gegevens = laadbaar({
    params: () => this.id(),
    laad: (id) => forkJoin({ kader: this.client.getBeleidskader(id), wijken: this.gebieden.listGebieden(1, 100, 'wijk', null) }),
  });
  private readonly kader = computed(() => this.gegevens.waarde()?.kader);
  /** The working copy of the loaded content (the form edits it in place). */
  protected readonly werk = computed(() => {
    const k = this.kader();
    return k ? werkversie(k.inhoud) : null;
  });
  protected readonly titel = linkedSignal(() => this.kader()?.titel ?? '');
  protected readonly formulier = new Formulier(VELDEN);
  protected readonly fouten = (veld: KaderVeld) => this.formulier.van(veld);

  opslaan(): void {
    const w = this.werk();
    if (!w || this.formulier.bezig()) return;
    const titel = this.titel().trim();
    const { inhoud, fouten } = naarInhoud(w);
    if (!this.formulier.controleer({ ...fouten, titel: titel ? [] : [T.titelVerplicht] })) return;
    const velden = Object.keys(VELDEN);
    this.formulier.verstuur(
      () => this.client.updateBeleidskader(this.id(), { titel, inhoud })
        .pipe(catchError((e: unknown) => throwError(() => foutenPerOnderdeel(e, velden, (nr) => T.nummer(T.item, nr))))),
      (k) => void this.router.navigate(['/beleidskader/versies', k.id]),
    );
  }
}
