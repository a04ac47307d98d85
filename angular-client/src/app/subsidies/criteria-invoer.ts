import { Component, input, model } from '@angular/core';
import { Formulierveld, VeldInvoer, Veldgroep } from '../gedeeld/formulierveld';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/** A criterion as the form holds it while staff type. */
export interface Criteriumrij {
  naam: string;
  toelichting: string;
}

/** What is wrong with the criteria (already trimmed, empty rows left out): at least one, each named once and explained. */
export function criteriafouten(criteria: readonly Criteriumrij[]): string[] {
  if (criteria.length === 0) return [T.criteriaVerplicht];
  const fouten: string[] = [];
  if (criteria.some((c) => !c.naam || !c.toelichting)) fouten.push(T.criteriumOnvolledig);
  const namen = criteria.map((c) => c.naam.toLowerCase());
  if (new Set(namen).size !== namen.length) fouten.push(T.criteriumDubbel);
  return fouten;
}

/** The regeling's criteria: a short name and what it asks of an application, one row each. */
@Component({
  selector: 'app-criteria-invoer',
  imports: [Formulierveld, VeldInvoer, Veldgroep],
  template: `
    <app-veldgroep veldId="criteria" [legenda]="T.criteria" [uitleg]="T.criteriaInvoerUitleg" [fouten]="fouten()">
      @for (c of rijen(); track $index; let i = $index) {
        <div class="criterium">
          <app-formulierveld [veldId]="'criterium-' + i + '-naam'" [label]="T.criteriumNaam(i + 1)">
            <input appVeldInvoer class="utrecht-textbox utrecht-textbox--html-input" maxlength="100" autocomplete="off" [value]="c.naam"
              (input)="wijzig(i, { naam: $any($event.target).value })" />
          </app-formulierveld>
          <app-formulierveld [veldId]="'criterium-' + i + '-toelichting'" [label]="T.criteriumToelichting(i + 1)">
            <textarea appVeldInvoer class="utrecht-textarea utrecht-textarea--html-textarea" rows="2" maxlength="1000" [value]="c.toelichting"
              (input)="wijzig(i, { toelichting: $any($event.target).value })"></textarea>
          </app-formulierveld>
          @if (rijen().length > 1) {
            <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="verwijder(i)">{{ T.criteriumVerwijderen(i + 1) }}</button>
          }
        </div>
      }
      <div class="utrecht-button-group">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="voegToe()">{{ T.criteriumToevoegen }}</button>
      </div>
    </app-veldgroep>
  `,
  styles: `.criterium { margin-block-end: 1rem; padding-inline-start: 1rem; border-inline-start: 2px solid; }`,
})
export class CriteriaInvoer {
  protected readonly T = T;
  readonly rijen = model.required<Criteriumrij[]>();
  readonly fouten = input<readonly string[]>([]);

  protected wijzig(i: number, deel: Partial<Criteriumrij>): void {
    this.rijen.update((rijen) => rijen.map((r, k) => (k === i ? { ...r, ...deel } : r)));
  }

  protected voegToe(): void {
    this.rijen.update((rijen) => [...rijen, { naam: '', toelichting: '' }]);
  }

  protected verwijder(i: number): void {
    this.rijen.update((rijen) => rijen.filter((_, k) => k !== i));
  }
}
