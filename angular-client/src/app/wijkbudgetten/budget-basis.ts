import { inject } from '@angular/core';
import { Observable, catchError, forkJoin, map, of, switchMap, throwError } from 'rxjs';
import { BeleidskadersClient, BudgetmethodiekDto, WijkbudgetDto, WijktoekomstagendasClient } from '../api/api-client';
import { naarProbleem } from '../gedeeld/probleem';
import { Bronrij } from './budgetregels';
import { Verwijzingen } from './budget-invoer';

/** The funding sources of the methodiek's envelope, each with the share it has in the envelope as a starting point. */
export function bronrijen(methodiek: BudgetmethodiekDto): Bronrij[] {
  const envelop = methodiek.inhoud.envelop;
  const totaal = envelop.reduce((som, e) => som + e.bedragPerJaarEurocent, 0);
  // Hundredths of a percent; the last source takes what rounding leaves, so the shares add up to exactly 100.
  let rest = 10000;
  return envelop.map((e, i) => {
    const deel = i === envelop.length - 1 ? rest : totaal > 0 ? Math.round((e.bedragPerJaarEurocent * 10000) / totaal) : 0;
    rest -= deel;
    return { financieringsbronId: e.financieringsbronId, naam: e.naam, procent: String(deel / 100).replace('.', ',') };
  });
}

/** Each source of the envelope with the share it has in the budget (none when the budget does not draw on it). */
export function bronrijenVan(methodiek: BudgetmethodiekDto, budget: WijkbudgetDto): Bronrij[] {
  return bronrijen(methodiek).map((b) => {
    const aandeel = budget.bronnen.find((x) => x.financieringsbronId === b.financieringsbronId)?.aandeelProcent ?? 0;
    return { ...b, procent: String(aandeel).replace('.', ',') };
  });
}

/**
 * Loads what a line of a wijk's budget can serve: `waarden` the publieke waarden of the kader in force (none when no
 * kader is in force), `ambities` those of the wijk's agendas (by their stable id). Call in an injection context.
 */
export function verwijzingenLader(): { waarden: () => Observable<Verwijzingen['waarden']>; ambities: (wijkId: string) => Observable<Verwijzingen['ambities']> } {
  const agendas = inject(WijktoekomstagendasClient);
  const kaders = inject(BeleidskadersClient);
  return {
    waarden: () =>
      kaders.getGeldendBeleidskader().pipe(
        map((k) => k.inhoud.publiekeWaarden.flatMap((w) => (w.id ? [{ id: w.id, naam: w.naam }] : []))),
        catchError((e: unknown) => (naarProbleem(e).status === 404 ? of([]) : throwError(() => e))),
      ),
    ambities: (wijkId) =>
      agendas.listWijktoekomstagendas(1, 100, wijkId).pipe(
        switchMap((l) => (l.items.length === 0 ? of([]) : forkJoin(l.items.map((a) => agendas.getWijktoekomstagenda(a.id))))),
        map((lijst) => {
          const gezien = new Map<string, { id: string; titel: string }>();
          for (const a of lijst.flatMap((x) => x.ambities)) if (a.status !== 'losgelaten') gezien.set(a.id, { id: a.id, titel: a.titel });
          return [...gezien.values()];
        }),
      ),
  };
}
