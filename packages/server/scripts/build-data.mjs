#!/usr/bin/env node
/**
 * Builds the server's bundled data, loaded into an empty database on first start through the same code as
 * `hcc-server import`:
 *   data/catalogue.jsonl         Bắc Ninh's rows of the national catalogue, in its own JSON-lines format (the rule
 *                                of `@hcc/sdk/catalogue`, the same as the mock's)
 *   data/procedure-details.json  the official detail records, normalised (the mock's, so both serve the same details)
 *   data/agencies.json           the agencies with their official identifiers (the mock's, same format)
 *
 * Usage: node scripts/build-data.mjs [--shared DIR]   (DIR defaults to the repo's ../shared)
 * Requires a built @hcc/sdk (`npm run build`). The output is deterministic.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { toCatalogueRow } from '@hcc/sdk/catalogue';

const defaultShared = fileURLToPath(new URL('../../../../shared', import.meta.url));
const { values } = parseArgs({ options: { shared: { type: 'string', default: defaultShared } } });
const outDir = fileURLToPath(new URL('../data', import.meta.url));
const mockData = fileURLToPath(new URL('../../mock-server/data', import.meta.url));

const lines = readFileSync(join(values.shared, 'data', 'national-catalog.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim());
const rows = lines
  .map((line) => ({ line, row: toCatalogueRow(JSON.parse(line)) }))
  .filter(({ row }) => row)
  .sort((a, b) => a.row.code.localeCompare(b.row.code, 'en'));
const seen = new Set();
const unique = rows.filter(({ row }) => !seen.has(row.code) && seen.add(row.code));

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'catalogue.jsonl'), `${unique.map(({ line }) => line).join('\n')}\n`);
copyFileSync(join(mockData, 'procedure-details.json'), join(outDir, 'procedure-details.json'));
copyFileSync(join(mockData, 'agencies.json'), join(outDir, 'agencies.json'));
console.log(`catalogue: ${unique.length} procedures of ${lines.length} national rows; details and agencies copied`);
