import { Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { GebiedenClient, PagedListOfGebiedDto } from '../api/api-client';
import { Foutmelding } from '../gedeeld/foutmelding';
import { Laadstatus, LADEN } from '../gedeeld/laadstatus';
import { Laden } from '../gedeeld/laden';
import { Paginering } from '../gedeeld/paginering';
import { naarProbleem } from '../gedeeld/probleem';
import { GEBIEDEN_TEKSTEN as T } from './teksten';

const PAGINAGROOTTE = 20;

@Component({
  selector: 'app-wijken-lijst',
  imports: [RouterLink, Laden, Foutmelding, Paginering],
  template: `
    <div class="titelregel">
      <h1 class="utrecht-heading-1">{{ T.lijstTitel }}</h1>
      <a class="utrecht-link" routerLink="boom">{{ T.naarBoom }}</a>
    </div>
    @switch (staat().soort) {
      @case ('laden') { <app-laden [tekst]="T.laden" /> }
      @case ('fout') { <app-foutmelding [probleem]="$any(staat()).probleem" (opnieuw)="laad(pagina())" /> }
      @case ('klaar') {
        @let lijst = $any(staat()).data;
        @if (lijst.items.length === 0) {
          <p class="utrecht-paragraph">{{ T.leeg }}</p>
        } @else {
          <div class="utrecht-table-container utrecht-table-container--overflow-inline" tabindex="0" role="region" [attr.aria-label]="T.lijstTitel">
            <table class="utrecht-table utrecht-table--html-table">
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">{{ T.kolomNaam }}</th>
                  <th class="utrecht-table__header-cell" scope="col">{{ T.kolomCode }}</th>
                  <th class="utrecht-table__header-cell" scope="col">{{ T.kolomPilot }}</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                @for (w of lijst.items; track w.id) {
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" [routerLink]="w.id">{{ w.weergavenaam }}</a></th>
                    <td class="utrecht-table__cell">{{ w.code }}</td>
                    <td class="utrecht-table__cell">{{ w.pilot ? T.ja : T.nee }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <app-paginering [pagina]="lijst.page" [totaalPaginas]="lijst.totalPages" [totaal]="lijst.totalCount"
            [eenheid]="T.eenheid" [label]="T.lijstTitel" (kies)="laad($event)" />
        }
      }
    }
  `,
})
export class WijkenLijst implements OnInit {
  protected readonly T = T;
  private readonly client = inject(GebiedenClient);
  protected readonly staat = signal<Laadstatus<PagedListOfGebiedDto>>(LADEN);
  protected readonly pagina = signal(1);

  ngOnInit(): void {
    this.laad(1);
  }

  laad(pagina: number): void {
    this.pagina.set(pagina);
    this.staat.set(LADEN);
    this.client.listGebieden(pagina, PAGINAGROOTTE, 'wijk', null).subscribe({
      next: (data) => this.staat.set({ soort: 'klaar', data }),
      error: (e: unknown) => this.staat.set({ soort: 'fout', probleem: naarProbleem(e) }),
    });
  }
}
