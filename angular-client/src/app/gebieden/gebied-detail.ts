import { Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { GebiedDetailDto, GebiedenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { TOEGANG } from '../auth/rollen';
import { Foutmelding } from '../gedeeld/foutmelding';
import { Laden } from '../gedeeld/laden';
import { Probleem, naarProbleem } from '../gedeeld/probleem';
import { bronRegel, formatWaarde } from './kerncijfer';
import { GEBIEDEN_TEKSTEN as T } from './teksten';

/** An area with its key figures (value in nl-NL, "onbekend" for a missing figure, and the source). */
@Component({
  selector: 'app-gebied-detail',
  imports: [RouterLink, Laden, Foutmelding],
  template: `
    @if (gebied(); as g) {
      <h1 class="utrecht-heading-1">{{ g.weergavenaam }}</h1>
      <dl class="gegevens">
        <dt>Soort</dt><dd>{{ T.soort[g.soort] }}</dd>
        <dt>{{ T.kolomCode }}</dt><dd>{{ g.code }}</dd>
        <dt>{{ T.kolomPilot }}</dt><dd>{{ g.pilot ? T.ja : T.nee }}</dd>
        <dt>{{ T.ouder }}</dt>
        <dd>
          @if (g.ouderId) { <a class="utrecht-link" [routerLink]="['/wijken', g.ouderId]">{{ T.ouder }}</a> } @else { {{ T.geenOuder }} }
        </dd>
      </dl>
      @if (magBewerken()) {
        <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="bewerken">{{ T.bewerken }}</a></p>
      }
      <h2 class="utrecht-heading-2">{{ T.kerncijfers }}</h2>
      @if (g.kerncijfers.length === 0) {
        <p class="utrecht-paragraph">{{ T.geenKerncijfers }}</p>
      } @else {
        <div class="utrecht-table-container utrecht-table-container--overflow-inline" tabindex="0" role="region" [attr.aria-label]="T.kerncijfers">
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption visueel-verborgen">{{ T.kerncijfers }} {{ g.weergavenaam }}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{{ T.kolomTitel }}</th>
                <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{{ T.kolomWaarde }}</th>
                <th class="utrecht-table__header-cell" scope="col">{{ T.kolomEenheid }}</th>
                <th class="utrecht-table__header-cell" scope="col">{{ T.kolomBron }}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              @for (k of g.kerncijfers; track k.maatstaf) {
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">{{ k.titel }}</th>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric" [class.onbekend]="waarde(k) === T.onbekend">{{ waarde(k) }}</td>
                  <td class="utrecht-table__cell">{{ k.eenheid }}</td>
                  <td class="utrecht-table__cell">{{ bron(k) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    } @else if (fout(); as p) {
      <h1 class="utrecht-heading-1">{{ T.soort['wijk'] }}</h1>
      <app-foutmelding [probleem]="p" (opnieuw)="laad()" />
    } @else {
      <h1 class="utrecht-heading-1">{{ T.soort['wijk'] }}</h1>
      <app-laden [tekst]="T.detailLaden" />
    }
    <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/wijken">{{ T.terugLijst }}</a></p>
  `,
})
export class GebiedDetail {
  protected readonly T = T;
  readonly id = input.required<string>();
  private readonly client = inject(GebiedenClient);
  private readonly sessie = inject(Sessie);
  protected readonly gebied = signal<GebiedDetailDto | null>(null);
  protected readonly fout = signal<Probleem | null>(null);
  protected readonly magBewerken = computed(() => this.sessie.heeftRol(...TOEGANG.wijkBewerken));
  protected readonly waarde = formatWaarde;
  protected readonly bron = bronRegel;

  constructor() {
    // Reload when the id changes (the component is reused when following the parent link).
    effect(() => {
      this.id();
      untracked(() => this.laad());
    });
  }

  laad(): void {
    this.fout.set(null);
    this.gebied.set(null);
    this.client.getGebied(this.id()).subscribe({
      next: (g) => this.gebied.set(g),
      error: (e: unknown) => this.fout.set(naarProbleem(e)),
    });
  }
}
