import { HttpErrorResponse } from '@angular/common/http';
import type { ApiException } from '../api/api-client';
import { GEDEELD_TEKSTEN as T } from './teksten';

/** A failed API call in the shape the screens show: status, a Dutch title/detail and the field errors. */
export interface Probleem {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  titel: string;
  detail: string | null;
  /** Field errors of a problem+json `errors` object, keyed by the form's field name. */
  veldfouten: Record<string, string[]>;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

function parseJson(tekst: string | null | undefined): unknown {
  if (!tekst) return null;
  try {
    return JSON.parse(tekst);
  } catch {
    return null;
  }
}

/**
 * Maps the problem+json `errors` object to form fields. The server names fields in camelCase
 * (`naam`, `rollen[0]`, `adres.straat`); a key matches a field case-insensitively on its first segment.
 * Keys that match no known field are collected under `''` (shown as a general error).
 */
export function veldfoutenUit(errors: unknown, velden: readonly string[]): Record<string, string[]> {
  const uit: Record<string, string[]> = {};
  if (!isRecord(errors)) return uit;
  for (const [sleutel, waarde] of Object.entries(errors)) {
    const berichten = (Array.isArray(waarde) ? waarde : [waarde]).filter((b): b is string => typeof b === 'string');
    if (berichten.length === 0) continue;
    const basis = sleutel.split(/[.[]/)[0].toLowerCase();
    const veld = velden.find((v) => v.toLowerCase() === basis) ?? '';
    uit[veld] = [...(uit[veld] ?? []), ...berichten.filter((b) => !(uit[veld] ?? []).includes(b))];
  }
  return uit;
}

/** The generated client's ApiException, recognised by its marker so this module does not load the generated client. */
export function isApiException(x: unknown): x is ApiException {
  return isRecord(x) && x['isApiException'] === true;
}

/**
 * What a failed call really threw: Angular's resources wrap a thrown value that is not an Error (such as the
 * ProblemDetails the generated client throws) in an Error whose `cause` is that value.
 */
export function oorzaak(fout: unknown): unknown {
  if (fout instanceof Error && !isApiException(fout) && 'cause' in fout && fout.cause !== undefined) return fout.cause;
  return fout;
}

/** Normalises whatever the generated client threw (parsed ProblemDetails, ApiException, HttpErrorResponse). */
export function naarProbleem(fout: unknown, velden: readonly string[] = []): Probleem {
  fout = oorzaak(fout);
  let status = 0;
  let body: unknown = null;
  if (isApiException(fout)) {
    status = fout.status;
    body = isRecord(fout.result) ? fout.result : parseJson(fout.response);
  } else if (fout instanceof HttpErrorResponse) {
    status = fout.status;
    body = typeof fout.error === 'string' ? parseJson(fout.error) : fout.error;
  } else if (isRecord(fout) && ('status' in fout || 'title' in fout || 'errors' in fout)) {
    body = fout;
    status = typeof fout['status'] === 'number' ? fout['status'] : 500;
  } else {
    status = 500;
  }
  const pd = isRecord(body) ? body : {};
  if (typeof pd['status'] === 'number' && status !== 0) status = pd['status'];
  const titel = typeof pd['title'] === 'string' && pd['title'] ? pd['title'] : (T.probleem[status] ?? T.probleemOnbekend);
  const detail = typeof pd['detail'] === 'string' && pd['detail'] !== titel ? pd['detail'] : null;
  return { status, titel, detail, veldfouten: veldfoutenUit(pd['errors'], velden) };
}
