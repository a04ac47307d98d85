/** The claims of the id_token that the client uses. */
export interface Claims {
  sub: string;
  name: string | null;
  email: string | null;
  rollen: string[];
  /** Gemeente slug; null for the platform-beheerder. */
  tenant: string | null;
}

/** Reads the server's claims; `role` may be a string or an array. */
export function leesClaims(payload: unknown): Claims | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const p = payload as Record<string, unknown>;
  if (typeof p['sub'] !== 'string') return null;
  const rol = p['role'];
  const rollen = Array.isArray(rol) ? rol.filter((r): r is string => typeof r === 'string') : typeof rol === 'string' ? [rol] : [];
  const tekst = (k: string) => (typeof p[k] === 'string' && p[k] !== '' ? (p[k] as string) : null);
  return { sub: p['sub'], name: tekst('name'), email: tekst('email'), rollen, tenant: tekst('tenant') };
}
