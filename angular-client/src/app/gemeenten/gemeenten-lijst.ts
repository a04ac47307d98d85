import { Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { GemeentenClient, PagedListOfGemeenteDto } from '../api/api-client';
import { Foutmelding } from '../gedeeld/foutmelding';
import { Laadstatus, LADEN } from '../gedeeld/laadstatus';
import { Laden } from '../gedeeld/laden';
import { Paginering } from '../gedeeld/paginering';
import { naarProbleem } from '../gedeeld/probleem';
import { StatusBadge } from './status-badge';
import { GEMEENTEN_TEKSTEN as T } from './teksten';

const PAGINAGROOTTE = 20;

@Component({
  selector: 'app-gemeenten-lijst',
  imports: [RouterLink, Laden, Foutmelding, Paginering, StatusBadge],
  template: `
    <div class="titelregel">
      <h1 class="utrecht-heading-1">{{ T.lijstTitel }}</h1>
      <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="nieuw">{{ T.nieuw }}</a>
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
                  <th class="utrecht-table__header-cell" scope="col">{{ T.kolomSlug }}</th>
                  <th class="utrecht-table__header-cell" scope="col">{{ T.kolomCode }}</th>
                  <th class="utrecht-table__header-cell" scope="col">{{ T.kolomActief }}</th>
                  <th class="utrecht-table__header-cell" scope="col">{{ T.kolomStatus }}</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                @for (g of lijst.items; track g.id) {
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" [routerLink]="g.slug">{{ g.naam }}</a></th>
                    <td class="utrecht-table__cell">{{ g.slug }}</td>
                    <td class="utrecht-table__cell">{{ g.gemeentecode }}</td>
                    <td class="utrecht-table__cell">{{ g.actief ? T.ja : T.nee }}</td>
                    <td class="utrecht-table__cell">
                      <app-status-badge [status]="g.inrichting?.status" />
                      @if (g.inrichting?.status === 'failed' && g.inrichting?.fout) {
                        <p class="utrecht-paragraph utrecht-paragraph--small">{{ T.reden }}: {{ g.inrichting.fout }}</p>
                      }
                    </td>
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
export class GemeentenLijst implements OnInit {
  protected readonly T = T;
  private readonly client = inject(GemeentenClient);
  protected readonly staat = signal<Laadstatus<PagedListOfGemeenteDto>>(LADEN);
  protected readonly pagina = signal(1);

  ngOnInit(): void {
    this.laad(1);
  }

  laad(pagina: number): void {
    this.pagina.set(pagina);
    this.staat.set(LADEN);
    this.client.listGemeenten(pagina, PAGINAGROOTTE).subscribe({
      next: (data) => this.staat.set({ soort: 'klaar', data }),
      error: (e: unknown) => this.staat.set({ soort: 'fout', probleem: naarProbleem(e) }),
    });
  }
}
