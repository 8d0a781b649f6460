import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/db.js';

/**
 * The key of the verifier hashes: `HCC_VERIFIER_KEY` when given, else one made at random on first use and kept in
 * the database, so that every instance on it hashes alike and a restart keeps the stored hashes valid.
 */
export async function verifierKey(db: Queryable, configured?: string): Promise<string> {
  if (configured) return configured;
  await db.query("INSERT INTO settings (name, value) VALUES ('verifier-key', $1) ON CONFLICT (name) DO NOTHING", [
    randomBytes(32).toString('hex'),
  ]);
  const { rows } = await db.query<{ value: string }>("SELECT value FROM settings WHERE name = 'verifier-key'");
  return (rows[0] as { value: string }).value;
}
