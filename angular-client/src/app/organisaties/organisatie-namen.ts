import { inject } from '@angular/core';
import { map } from 'rxjs';
import { OrganisatiesClient } from '../api/api-client';
import { laadbaar } from '../gedeeld/laadbaar';

/**
 * The names of the register's organisations (the first hundred, what a gemeente has), for lists that show names
 * instead of ids. Call in an injection context.
 */
export function organisatieNamen() {
  const register = inject(OrganisatiesClient);
  const namen = laadbaar({ laad: () => register.listOrganisaties(1, 100, null, null, null).pipe(map((l) => new Map(l.items.map((o) => [o.id, o.naam])))) });
  return { namen, naam: (id: string) => namen.waarde()?.get(id) ?? '' };
}

/** The kinds of organisation that are residents' own: they commission work and challenge tasks (the server says the same). */
export const SOORTEN_VAN_BEWONERS: readonly string[] = ['bewonersorganisatie', 'bewonersgroep', 'wijkopbouwpunt'];
