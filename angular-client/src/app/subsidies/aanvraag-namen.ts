import { inject } from '@angular/core';
import { map } from 'rxjs';
import { OrganisatiesClient, SubsidieregelingenClient } from '../api/api-client';
import { laadbaar } from '../gedeeld/laadbaar';

/**
 * The names a list of applications shows instead of ids: the regelingen's titles and the organisations' names (the
 * first hundred of each, what a gemeente has). Call in an injection context.
 */
export function aanvraagNamen() {
  const regelingen = inject(SubsidieregelingenClient);
  const register = inject(OrganisatiesClient);
  const titels = laadbaar({ laad: () => regelingen.listSubsidieregelingen(1, 100).pipe(map((l) => new Map(l.items.map((r) => [r.id, r.titel])))) });
  const namen = laadbaar({ laad: () => register.listOrganisaties(1, 100, null, null, null).pipe(map((l) => new Map(l.items.map((o) => [o.id, o.naam])))) });
  return {
    regelingen: titels,
    regeling: (id: string) => titels.waarde()?.get(id) ?? '',
    organisatie: (id: string) => namen.waarde()?.get(id) ?? '',
  };
}
