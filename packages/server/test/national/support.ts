import { readFileSync } from 'node:fs';

/** A fixture file of this folder, as text. */
export const fixtureText = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** A fixture file of this folder, parsed. */
export const fixture = <T = unknown>(name: string): T => JSON.parse(fixtureText(name)) as T;

export const KEY = 'test-verifier-key';
