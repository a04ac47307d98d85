import { Component, input } from '@angular/core';
import { GEDEELD_TEKSTEN as T } from './teksten';

/** Loading state: a polite status message (screen readers announce it once). */
@Component({
  selector: 'app-laden',
  template: `<p class="utrecht-paragraph laden" role="status"><span class="draaier" aria-hidden="true"></span>{{ tekst() }}</p>`,
})
export class Laden {
  readonly tekst = input(T.laden);
}
