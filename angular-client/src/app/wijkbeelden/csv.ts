import { ApiException } from '../api/api-client';
import { oorzaak } from '../gedeeld/probleem';

export interface Regelfout {
  regel: string;
  berichten: string[];
}

function body(fout: unknown): unknown {
  const f = oorzaak(fout);
  if (f instanceof ApiException) {
    if (f.result && typeof f.result === 'object') return f.result;
    try {
      return JSON.parse(f.response);
    } catch {
      return null;
    }
  }
  return f;
}

/** The per-line errors of a rejected CSV (`errors["regel 3"]`), in line order; other keys after them. */
export function regelfouten(fout: unknown): Regelfout[] {
  const b = body(fout) as { errors?: Record<string, unknown> } | null;
  const errors = b && typeof b === 'object' ? b.errors : undefined;
  if (!errors || typeof errors !== 'object') return [];
  const nr = (s: string) => Number(/(\d+)/.exec(s)?.[1] ?? Number.MAX_SAFE_INTEGER);
  return Object.entries(errors)
    .map(([regel, w]) => ({ regel, berichten: (Array.isArray(w) ? w : [w]).filter((x): x is string => typeof x === 'string') }))
    .filter((r) => r.berichten.length > 0)
    .sort((a, b2) => nr(a.regel) - nr(b2.regel));
}
