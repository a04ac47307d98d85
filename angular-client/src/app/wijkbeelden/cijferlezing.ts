import { Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CijferlezingDto, Lens, WijkbeeldenClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { WIJKBEELDEN_TEKSTEN as T } from './teksten';

const LENZEN: readonly Lens[] = ['vitaliteit', 'probleem', 'context'];

/** For the gemeente: how each measure is read (vitality, problem, context) on every wijkbeeld; the server keeps G-6. */
@Component({
  selector: 'app-cijferlezing',
  imports: [RouterLink, Laadblok, Foutsamenvatting],
  template: `
    <h1 class="utrecht-heading-1">{{ T.lezingTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.lezingIntro }}</p>
    <app-laadblok [bron]="lezing" [ladenTekst]="T.laden" />
    @if (lezing.waarde(); as l) {
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <form class="formulier" novalidate (submit)="$event.preventDefault(); slaOp(l)">
        <div class="utrecht-table-container utrecht-table-container--overflow-inline" tabindex="0" role="region" [attr.aria-label]="T.lezingTitel">
          <table class="utrecht-table utrecht-table--html-table">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{{ T.maatstaf }}</th>
                <th class="utrecht-table__header-cell" scope="col">{{ T.standaardLens }}</th>
                <th class="utrecht-table__header-cell" scope="col">{{ T.lensGemeente }}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              @for (m of l.maatstaven; track m.maatstaf) {
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row" [id]="'maatstaf-' + m.maatstaf">{{ m.titel }}</th>
                  <td class="utrecht-table__cell">{{ T.lensNaam[m.standaard] }}</td>
                  <td class="utrecht-table__cell">
                    <select class="utrecht-select utrecht-select--html-select" [id]="'lens-' + m.maatstaf"
                      [attr.aria-labelledby]="'maatstaf-' + m.maatstaf" (change)="kies(m.maatstaf, $any($event.target).value)">
                      @for (lens of lenzen; track lens) {
                        <option [value]="lens" [selected]="(gekozen()[m.maatstaf] ?? m.lens) === lens">{{ T.lensNaam[lens] }}</option>
                      }
                    </select>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        @if (opgeslagen()) { <p class="utrecht-paragraph" role="status">{{ T.lezingOpgeslagen }}</p> }
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="formulier.bezig()">{{ T.lezingOpslaan }}</button>
          <a class="utrecht-link" routerLink="/wijkbeelden">{{ T.terugNaarLijst }}</a>
        </div>
      </form>
    }
  `,
})
export class Cijferlezing {
  protected readonly T = T;
  protected readonly lenzen = LENZEN;
  private readonly client = inject(WijkbeeldenClient);
  protected readonly lezing = laadbaar({ laad: () => this.client.getCijferlezing() });
  protected readonly gekozen = signal<Partial<Record<string, Lens>>>({});
  protected readonly opgeslagen = signal(false);
  protected readonly formulier = new Formulier({ lezingen: T.lezingTitel });

  kies(maatstaf: string, lens: Lens): void {
    this.opgeslagen.set(false);
    this.gekozen.update((g) => ({ ...g, [maatstaf]: lens }));
  }

  slaOp(l: CijferlezingDto): void {
    const gekozen = this.gekozen();
    const lezingen = l.maatstaven.map((m) => ({ maatstaf: m.maatstaf, lens: gekozen[m.maatstaf] ?? m.lens }));
    this.formulier.verstuur(
      () => this.client.updateCijferlezing({ lezingen }),
      (nieuw) => {
        this.lezing.zet(nieuw);
        this.gekozen.set({});
        this.opgeslagen.set(true);
      },
    );
  }
}
