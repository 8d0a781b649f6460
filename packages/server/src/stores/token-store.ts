import type { Queryable } from '../db/db.js';

/** An ingest token as listed (never the token itself, which is not stored). */
export interface TokenInfo {
  name: string;
  agencies: string[];
  createdAt: string;
  revokedAt: string | null;
}

/** Stores a new token's hash under a unique name; false when the name is taken. */
export async function insertToken(db: Queryable, name: string, hash: string, agencies: readonly string[]) {
  const result = await db.query(
    'INSERT INTO ingest_tokens (name, token_hash, agencies) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING',
    [name, hash, [...agencies]],
  );
  return result.rowCount === 1;
}

export async function listTokens(db: Queryable): Promise<TokenInfo[]> {
  const { rows } = await db.query<{ name: string; agencies: string[]; created_at: Date; revoked_at: Date | null }>(
    'SELECT name, agencies, created_at, revoked_at FROM ingest_tokens ORDER BY name',
  );
  return rows.map((row) => ({
    name: row.name,
    agencies: row.agencies,
    createdAt: new Date(row.created_at).toISOString(),
    revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
  }));
}

/** Revokes a token by name; false when there is no such live token. */
export async function revokeToken(db: Queryable, name: string) {
  const result = await db.query('UPDATE ingest_tokens SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL', [
    name,
  ]);
  return result.rowCount === 1;
}

/** The live token with this hash: its name and the agency identifiers it may write (empty = all). */
export async function findToken(
  db: Queryable,
  hash: string,
): Promise<{ name: string; agencies: string[] } | undefined> {
  const { rows } = await db.query<{ name: string; agencies: string[] }>(
    'SELECT name, agencies FROM ingest_tokens WHERE token_hash = $1 AND revoked_at IS NULL',
    [hash],
  );
  return rows[0];
}
