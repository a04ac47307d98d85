import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Observable, catchError, from, map, switchMap, throwError } from 'rxjs';
import type { GetInzageDocumentQuery } from '../api/api-client';
import { API_BASIS } from '../gedeeld/api-basis';
import type { Document } from '../gedeeld/document';

/**
 * The access report as a PDF (POST /persoonsgegevens/inzage/document). Not through the generated client: NSwag
 * models the PDF answer as `void`, so it would drop the file. The person is in the body, never in the URL (the
 * API's rule), so `documentLader` (GET) does not fit either. Same interceptors (Gemeente header, Bearer token).
 * Call in an injection context.
 */
export function inzageDocumentLader(): (verzoek: GetInzageDocumentQuery, standaardNaam: string) => Observable<Document> {
  const http = inject(HttpClient);
  return (verzoek, standaardNaam) =>
    http
      .post(`${API_BASIS}/persoonsgegevens/inzage/document`, verzoek, {
        responseType: 'blob',
        observe: 'response',
        headers: { Accept: 'application/pdf, application/problem+json' },
      })
      .pipe(
        map((r) => ({ naam: /filename="?([^";]+)"?/.exec(r.headers.get('Content-Disposition') ?? '')?.[1] ?? standaardNaam, inhoud: r.body! })),
        // A refusal's problem+json arrives as a Blob: read it, so the screen shows the server's Dutch explanation.
        catchError((fout: unknown) =>
          fout instanceof HttpErrorResponse && fout.error instanceof Blob
            ? from(fout.error.text()).pipe(
                switchMap((tekst) =>
                  throwError(() => new HttpErrorResponse({ error: tekst, status: fout.status, statusText: fout.statusText, url: fout.url ?? undefined })),
                ),
              )
            : throwError(() => fout),
        ),
      );
}
