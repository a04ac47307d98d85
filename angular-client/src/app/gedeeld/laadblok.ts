import { Component, input } from '@angular/core';
import { Foutmelding } from './foutmelding';
import { Laadbaar } from './laadbaar';
import { Laden } from './laden';
import { GEDEELD_TEKSTEN as T } from './teksten';

/**
 * The loading and error states of a `Laadbaar`: a loading message until there is a value, an alert with
 * "Opnieuw proberen" when the load failed. The screen shows the value itself: `@if (bron.waarde(); as w)`.
 */
@Component({
  selector: 'app-laadblok',
  imports: [Laden, Foutmelding],
  template: `
    @switch (bron().staat()) {
      @case ('laden') { <app-laden [tekst]="ladenTekst()" /> }
      @case ('fout') { <app-foutmelding [probleem]="bron().probleem()!" (opnieuw)="bron().herlaad()" /> }
    }
  `,
})
export class Laadblok {
  readonly bron = input.required<Laadbaar<unknown>>();
  readonly ladenTekst = input(T.laden);
}
