import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Observable, catchError, from, map, switchMap, throwError } from 'rxjs';
import { API_BASIS } from './api-basis';

/** A document of the API (a PDF, a SEPA file) as a file (the Bearer token is needed, so it cannot be a plain link), with the server's file name. */
export interface Document {
  naam: string;
  inhoud: Blob;
}

/**
 * Fetches a document under the API (`/beschikkingen/<id>/document`, `/betaalopdrachten/<id>/pain001`, an export);
 * with a body it is posted (a request that names a person, which never goes in a URL). Not through the generated
 * client: it models a file answer as `void`. Call in an injection context.
 */
export function documentLader(): (pad: string, standaardNaam: string, body?: object) => Observable<Document> {
  const http = inject(HttpClient);
  return (pad, standaardNaam, body) =>
    (body
      ? http.post(`${API_BASIS}${pad}`, body, { responseType: 'blob', observe: 'response' })
      : http.get(`${API_BASIS}${pad}`, { responseType: 'blob', observe: 'response' })
    ).pipe(
      map((r) => ({ naam: /filename="?([^";]+)"?/.exec(r.headers.get('Content-Disposition') ?? '')?.[1] ?? standaardNaam, inhoud: r.body! })),
      catchError((fout: unknown) => (fout instanceof HttpErrorResponse && fout.error instanceof Blob ? leesProbleem(fout, fout.error) : throwError(() => fout))),
    );
}

/** Hands a fetched document to the browser as a download. */
export function bewaar(document_: Document): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(document_.inhoud);
  a.download = document_.naam;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** A refused download's problem+json arrives as a Blob: read it, so the screen shows the server's Dutch explanation. */
function leesProbleem(fout: HttpErrorResponse, body: Blob): Observable<never> {
  return from(body.text()).pipe(
    switchMap((tekst) => throwError(() => new HttpErrorResponse({ error: tekst, status: fout.status, statusText: fout.statusText, url: fout.url ?? undefined }))),
  );
}
