import { Component, inject, input, model } from '@angular/core';
import { OrganisatiesClient } from '../api/api-client';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { LEDEN_TEKSTEN as T } from './teksten';

/** Roles a person holds for an organisation; only with one of them can a member act for one (the server says the same). */
export const ORGANISATIE_ROLLEN: readonly string[] = ['bewonersorganisatie', 'professional'];

export function heeftOrganisatieRol(rollen: readonly string[]): boolean {
  return rollen.some((r) => ORGANISATIE_ROLLEN.includes(r));
}

/** The organisation of the register a bewonersorganisatie member or professional acts for, or none. */
@Component({
  selector: 'app-organisatie-keuze',
  imports: [Formulierveld, VeldInvoer],
  template: `
    <app-formulierveld [veldId]="veldId()" [label]="T.organisatie" [uitleg]="T.organisatieUitleg" [fouten]="fouten()">
      <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="gekozen.set($any($event.target).value || null)">
        <option value="" [selected]="!gekozen()">{{ T.geenOrganisatie }}</option>
        @for (o of organisaties.waarde()?.items ?? []; track o.id) {
          @if (o.status === 'actief' || o.id === gekozen()) {
            <option [value]="o.id" [selected]="o.id === gekozen()">{{ o.naam }}</option>
          }
        }
      </select>
    </app-formulierveld>
  `,
})
export class OrganisatieKeuze {
  protected readonly T = T;
  readonly veldId = input.required<string>();
  readonly fouten = input<readonly string[]>([]);
  readonly gekozen = model<string | null>(null);
  private readonly client = inject(OrganisatiesClient);
  protected readonly organisaties = laadbaar({ laad: () => this.client.listOrganisaties(1, 100, null, null, null) });
}
