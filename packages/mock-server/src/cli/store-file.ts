import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { MockDatabase } from '../db.js';
import type { StoreSnapshot } from '../runtime/ratings.js';

/**
 * `--store FILE`: restores the ratings and feedback of earlier runs, then rewrites the file after each new one
 * (through a temporary file, so a crash never leaves half a JSON document).
 * @throws Error when the file exists but is not a store written by this CLI.
 */
export function attachStoreFile(db: MockDatabase, path: string): void {
  if (existsSync(path)) {
    let snapshot: StoreSnapshot;
    try {
      snapshot = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`cannot read the store ${path}: ${(error as Error).message}`);
    }
    const dossiers = snapshot?.dossiers ?? [];
    if (!Array.isArray(snapshot?.ratings) || !Array.isArray(snapshot?.feedback) || !Array.isArray(dossiers)) {
      throw new Error(
        `${path} is not an hcc-mock-server store (expected { "ratings": [], "feedback": [], "dossiers": [] })`,
      );
    }
    db.restore(snapshot);
  }
  const save = () => {
    const snapshot = db.snapshot();
    writeFileSync(`${path}.tmp`, `${JSON.stringify(snapshot, null, 2)}\n`);
    renameSync(`${path}.tmp`, path);
  };
  db.ratings.onChange(save);
  db.feedback.onChange(save);
}
