import { Component, input } from '@angular/core';
import { EtalageverhaalDto } from '../api/api-client';
import { ETALAGE_TEKSTEN as T } from './teksten';
import { fotoUrl } from './etalage';

/**
 * One story as the etalage shows it: where and by whom, the photos with their captions, the story, the lessons and the
 * contact. Photos load from the public path, so they show once the story is published; before that the gemeente sees
 * them by name with their captions in its edit form.
 */
@Component({
  selector: 'app-verhaal-blok',
  template: `
    @let v = verhaal();
    <p class="utrecht-paragraph klein">
      {{ T.herkomstNaam[v.herkomst] }}@if (v.wijkNaam) { · {{ T.inWijk(v.wijkNaam) }} }@if (v.organisatieNaam) { · {{ T.door(v.organisatieNaam) }} }
    </p>
    @if (v.fotos.length && v.status === 'gepubliceerd') {
      <div class="fotos">
        @for (f of v.fotos; track f.bijlageId) {
          <figure class="foto">
            <img [src]="url(v, f.bijlageId)" [alt]="f.bijschrift" width="640" height="400" />
            <figcaption class="klein">{{ f.bijschrift }}</figcaption>
          </figure>
        }
      </div>
    }
    <p class="utrecht-paragraph tekst">{{ v.verhaal }}</p>
    <h3 class="utrecht-heading-3">{{ T.lessenKop }}</h3>
    <p class="utrecht-paragraph tekst">{{ v.lessen }}</p>
    <p class="utrecht-paragraph"><strong>{{ T.contactKop }}:</strong> {{ v.contact }}</p>
  `,
  styles: `
    .klein { font-size: 0.875em; }
    .tekst { max-inline-size: 70ch; white-space: pre-line; }
    .fotos { display: flex; flex-wrap: wrap; gap: 1rem; }
    .foto { margin: 0; max-inline-size: 24rem; }
    .foto img { inline-size: 100%; block-size: auto; border-radius: 4px; }
  `,
})
export class VerhaalBlok {
  protected readonly T = T;
  readonly verhaal = input.required<EtalageverhaalDto>();
  /** The gemeente whose files these are (the path prefix the images load from). */
  readonly slug = input.required<string>();
  protected url(v: EtalageverhaalDto, bijlage: string): string {
    return fotoUrl(this.slug(), v.id, bijlage);
  }
}
