import { Component, computed, input, output } from '@angular/core';
import { GEDEELD_TEKSTEN as T } from './teksten';

/** The paging fields of the API's PagedList (page is 1-based). */
export interface Paginainfo {
  page: number;
  totalPages: number;
  totalCount: number;
}

/** What a list counts, in the singular (for one) and the plural ("1 afspraak", "3 afspraken"). */
export interface Eenheid {
  een: string;
  meer: string;
}

/** Previous/next paging for the API's PagedList; with one page only the count. */
@Component({
  selector: 'app-paginering',
  template: `
    @if (lijst().totalPages > 1) {
      <nav class="paginering" [attr.aria-label]="T.paginering(label())">
        <button type="button" class="utrecht-button utrecht-button--secondary-action"
          [disabled]="lijst().page <= 1" (click)="kies.emit(lijst().page - 1)">{{ T.vorigePagina }}</button>
        <span aria-live="polite">{{ T.paginaVan(lijst().page, lijst().totalPages) }} ({{ lijst().totalCount }} {{ woord() }})</span>
        <button type="button" class="utrecht-button utrecht-button--secondary-action"
          [disabled]="!heeftVolgende()" (click)="kies.emit(lijst().page + 1)">{{ T.volgendePagina }}</button>
      </nav>
    } @else if (lijst().totalCount > 0) {
      <p class="utrecht-paragraph utrecht-paragraph--small">{{ lijst().totalCount }} {{ woord() }}</p>
    }
  `,
})
export class Paginering {
  protected readonly T = T;
  readonly lijst = input.required<Paginainfo>();
  readonly eenheid = input<Eenheid>(T.resultaten);
  /** Names the list in the navigation's label ("Paginering Gemeenten"). */
  readonly label = input('');
  readonly kies = output<number>();
  protected readonly woord = computed(() => (this.lijst().totalCount === 1 ? this.eenheid().een : this.eenheid().meer));
  protected readonly heeftVolgende = computed(() => this.lijst().page < this.lijst().totalPages);
}
