import { OpenIdConfiguration, LogLevel } from 'angular-auth-oidc-client';
import { API_BASIS } from '../gedeeld/api-basis';
import { GEKOZEN_GEMEENTE_SLEUTEL } from './sessie';

/** The OIDC client: the API is the authority and serves this client from the same origin. */
export function maakAuthConfig(origin: string = window.location.origin, gekozenGemeente: string | null = leesGekozenGemeente()): OpenIdConfiguration {
  return {
    authority: origin,
    clientId: 'gemeenschapskracht-web',
    redirectUrl: `${origin}/auth/callback`,
    postLogoutRedirectUri: `${origin}/`,
    scope: 'openid profile email roles offline_access',
    responseType: 'code',
    silentRenew: true,
    useRefreshToken: true,
    renewTimeBeforeTokenExpiresInSeconds: 30,
    ignoreNonceAfterRefresh: true,
    triggerRefreshWhenIdTokenExpired: false,
    autoUserInfo: false,
    secureRoutes: [`${API_BASIS}/`],
    customParamsAuthRequest: gekozenGemeente ? { tenant: gekozenGemeente } : undefined,
    logLevel: LogLevel.Warn,
  };
}

function leesGekozenGemeente(): string | null {
  try {
    return localStorage.getItem(GEKOZEN_GEMEENTE_SLEUTEL);
  } catch {
    return null;
  }
}
