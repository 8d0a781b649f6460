import { createHash, randomBytes } from 'node:crypto';

/** Every ingest token starts with this, so that a leaked one is easy to recognise and to search for. */
export const TOKEN_PREFIX = 'hcc_ingest_';

/** A new ingest token (32 random bytes, base64url, after {@link TOKEN_PREFIX}) and the hash to store in its place. */
export function createToken(): { token: string; hash: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token) };
}

/** The stored form of a token: SHA-256 as hex (a token is random enough that no key or slow hash is needed). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether a text has the shape of a token from {@link createToken}, to refuse other bearer values early. */
export function looksLikeToken(text: string): boolean {
  return /^hcc_ingest_[A-Za-z0-9_-]{43}$/.test(text);
}
