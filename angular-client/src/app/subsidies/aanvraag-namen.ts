import { inject } from '@angular/core';
import { map } from 'rxjs';
import { SubsidieregelingenClient } from '../api/api-client';
import { laadbaar } from '../gedeeld/laadbaar';
import { organisatieNamen } from '../organisaties/organisatie-namen';

/**
 * The names a list of applications shows instead of ids: the regelingen's titles and the organisations' names (the
 * first hundred of each, what a gemeente has). Call in an injection context.
 */
export function aanvraagNamen() {
  const regelingen = inject(SubsidieregelingenClient);
  const titels = laadbaar({ laad: () => regelingen.listSubsidieregelingen(1, 100).pipe(map((l) => new Map(l.items.map((r) => [r.id, r.titel])))) });
  const organisaties = organisatieNamen();
  return {
    regelingen: titels,
    regeling: (id: string) => titels.waarde()?.get(id) ?? '',
    organisatie: organisaties.naam,
  };
}
