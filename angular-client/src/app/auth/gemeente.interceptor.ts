import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { API_BASIS } from '../gedeeld/api-basis';
import { Sessie } from './sessie';

/** Sends `Gemeente: <tenant claim>` on every API call, so the server resolves the gemeente. */
export const gemeenteInterceptor: HttpInterceptorFn = (req, next) => {
  const tenant = inject(Sessie).tenant();
  const isApi = req.url.startsWith(`${API_BASIS}/`) || req.url.startsWith(`${location.origin}${API_BASIS}/`);
  if (!tenant || !isApi || req.headers.has('Gemeente')) return next(req);
  return next(req.clone({ setHeaders: { Gemeente: tenant } }));
};
