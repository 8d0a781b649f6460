import { createHash } from 'node:crypto';
import { canonicalJson } from '@hcc/sdk';

/** SHA-256 of the canonical JSON: how an import tells a changed row from an unchanged one. */
export const contentHash = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');
