import { Component, input } from '@angular/core';
import { AanvraagbesluitDto, SubsidieaanvraagDto } from '../api/api-client';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { bewaar, documentLader } from './subsidie-client';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/** The decision on an application and its beschikking, the letter with the bezwaarclausule, as a PDF. */
@Component({
  selector: 'app-beschikking',
  imports: [Foutsamenvatting, Gegevens, Gegeven],
  template: `
    <section [attr.aria-label]="T.besluitTitel">
      <h2 class="utrecht-heading-2">{{ T.besluitTitel }}</h2>
      <dl app-gegevens>
        <div app-gegeven [term]="T.besluitSoort">{{ T.besluitSoortNaam[besluit().soort] }}</div>
        @if (besluit().soort === 'verlening') { <div app-gegeven [term]="T.verleendBedrag">{{ euro(besluit().bedragEurocent) }}</div> }
        <div app-gegeven [term]="besluit().soort === 'verlening' ? T.motivering : T.grond"><span class="tekst">{{ besluit().motivering }}</span></div>
        <div app-gegeven [term]="T.besluitDatum">{{ datum(besluit().op) }}</div>
      </dl>
      <p class="utrecht-paragraph">{{ T.bezwaar }}</p>
      <app-foutsamenvatting [titel]="T.downloadFout" [fouten]="[]" [algemeen]="formulier.algemeen()" />
      <div class="utrecht-button-group">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="formulier.bezig() || null" (click)="download()">
          {{ formulier.bezig() ? T.bezig : T.beschikkingDownloaden }}</button>
      </div>
    </section>
  `,
  styles: `.tekst { white-space: pre-line; }`,
})
export class Beschikking {
  protected readonly T = T;
  readonly aanvraag = input.required<SubsidieaanvraagDto>();
  readonly besluit = input.required<AanvraagbesluitDto>();
  private readonly laad = documentLader();
  protected readonly formulier = new Formulier({});
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;

  download(): void {
    this.formulier.verstuur(() => this.laad(`/subsidieaanvragen/${encodeURIComponent(this.aanvraag().id)}/beschikking`, 'beschikking.pdf'), bewaar);
  }
}
