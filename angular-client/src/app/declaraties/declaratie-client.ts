import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { DeclaratieDto, DeclaratieStatus, DeclaratiebetalingStatus } from '../api/api-client';
import { API_BASIS } from '../gedeeld/api-basis';
import { BadgeSoort } from '../gedeeld/status-badge';

/** The receipt as a file upload: the generated client cannot send multipart, so this posts the form itself. Call in an injection context. */
export function declaratieIndiener(): (form: FormData) => Observable<DeclaratieDto> {
  const http = inject(HttpClient);
  return (form) => http.post<DeclaratieDto>(`${API_BASIS}/declaraties`, form);
}

/** Badge variant of a declaratie's status: paid or approved is good, waiting on the submitter a warning, rejected a danger. */
export function declaratieSoort(status: DeclaratieStatus): BadgeSoort {
  switch (status) {
    case 'goedgekeurd':
    case 'betaald':
      return 'success';
    case 'onvolledig':
    case 'aangehouden':
      return 'warning';
    case 'afgewezen':
      return 'danger';
    default:
      return 'neutral';
  }
}

export function batchSoort(status: DeclaratiebetalingStatus): BadgeSoort {
  return status === 'uitgevoerd' ? 'success' : status === 'ingetrokken' ? 'neutral' : 'warning';
}
