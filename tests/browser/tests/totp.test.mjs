// The harness's own TOTP against the RFC 6238 appendix B test vectors (SHA-1).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { totp } from '../lib/totp.mjs';

test('RFC 6238 SHA-1 vectors', () => {
  const key = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'; // "12345678901234567890"
  for (const [seconds, code] of [[59, '94287082'], [1111111109, '07081804'], [1234567890, '89005924'], [20000000000, '65353130']]) {
    assert.equal(totp(key, seconds * 1000, { digits: 8 }), code);
  }
});
