import { Component, computed, input, output } from '@angular/core';

/** Previous/next paging for the API's PagedList (page is 1-based). */
@Component({
  selector: 'app-paginering',
  template: `
    @if (totaalPaginas() > 1) {
      <nav class="paginering" [attr.aria-label]="'Paginering ' + label()">
        <button type="button" class="utrecht-button utrecht-button--secondary-action"
          [disabled]="pagina() <= 1" (click)="kies.emit(pagina() - 1)">Vorige pagina</button>
        <span aria-live="polite">Pagina {{ pagina() }} van {{ totaalPaginas() }} ({{ totaal() }} {{ eenheid() }})</span>
        <button type="button" class="utrecht-button utrecht-button--secondary-action"
          [disabled]="!heeftVolgende()" (click)="kies.emit(pagina() + 1)">Volgende pagina</button>
      </nav>
    } @else if (totaal() > 0) {
      <p class="utrecht-paragraph utrecht-paragraph--small">{{ totaal() }} {{ eenheid() }}</p>
    }
  `,
})
export class Paginering {
  readonly pagina = input.required<number>();
  readonly totaalPaginas = input.required<number>();
  readonly totaal = input.required<number>();
  readonly eenheid = input('resultaten');
  readonly label = input('');
  readonly kies = output<number>();
  readonly heeftVolgende = computed(() => this.pagina() < this.totaalPaginas());
}
