import { Component, input } from '@angular/core';
import { HerkomstDto, OpmerkingDto } from '../api/api-client';
import { formatDatum } from './datum';
import { WIJKBEELDEN_TEKSTEN as T } from './teksten';

/** Who wrote an item (`herkomst.kant`) and the comments on it. */
@Component({
  selector: 'app-item-voet',
  template: `
    @if (herkomst(); as h) { <p class="utrecht-paragraph herkomst">{{ T.geschrevenDoor(T.kantNaam[h.kant], h.auteur) }}</p> }
    @if (opmerkingen()?.length) {
      <div class="opmerkingen">
        <p class="utrecht-paragraph"><strong>{{ T.opmerkingen }}</strong></p>
        <ul class="utrecht-unordered-list">
          @for (o of opmerkingen(); track o.id) {
            <li class="utrecht-unordered-list__item">{{ o.tekst }} <span class="herkomst">— {{ T.kantNaam[o.kant] }} ({{ o.auteur }}), {{ datum(o.op) }}</span></li>
          }
        </ul>
      </div>
    }
  `,
  styles: `.herkomst { font-size: 0.9em; } .opmerkingen { border-inline-start: 3px solid currentColor; padding-inline-start: 0.75rem; }`,
})
export class ItemVoet {
  protected readonly T = T;
  readonly herkomst = input<HerkomstDto | null | undefined>();
  readonly opmerkingen = input<readonly OpmerkingDto[] | null | undefined>();
  protected readonly datum = (d: string) => formatDatum(d);
}
