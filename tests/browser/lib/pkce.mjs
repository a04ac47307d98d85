// OAuth 2.0 PKCE (RFC 7636) verifier and S256 challenge.
import { createHash, randomBytes } from 'node:crypto';

export function createPkce() {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}
