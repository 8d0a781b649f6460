#!/usr/bin/env node
/**
 * Builds the mock server's committed data from the shared reference data:
 *   data/procedures.json         Bắc Ninh's catalogue (rule in @hcc/sdk/catalogue and the README)
 *   data/procedure-details.json  the real detail records, normalised
 *   data/agencies.json           agencies with sample official identifiers (lib/agency-table.mjs)
 *
 * Usage: node scripts/build-data.mjs [--shared DIR]   (DIR defaults to the repo's ../shared)
 * The output is deterministic: the same input gives byte-identical files.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { toCatalogueRow } from '@hcc/sdk/catalogue';
import { buildAgencies } from './lib/agencies.mjs';
import { normaliseDetail } from './lib/details.mjs';

const defaultShared = fileURLToPath(new URL('../../../../shared', import.meta.url));
const { values } = parseArgs({ options: { shared: { type: 'string', default: defaultShared } } });
const dataDir = join(values.shared, 'data');
const outDir = fileURLToPath(new URL('../data', import.meta.url));

const readJson = (path) => JSON.parse(readFileSync(join(dataDir, path), 'utf8'));

/** One row per line: small diffs when the data changes, still valid JSON. */
const writeRows = (name, rows) => {
  writeFileSync(join(outDir, name), `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`);
};

const catalogue = readFileSync(join(dataDir, 'national-catalog.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line));
const procedures = catalogue
  .map(toCatalogueRow)
  .filter(Boolean)
  .sort((a, b) => a.code.localeCompare(b.code, 'en'));

const agencies = buildAgencies(readJson('bacninh-agencies.json'), readJson('admin-units/bacninh-2025-communes.json'));

const details = readdirSync(join(dataDir, 'procedure-details'))
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => normaliseDetail(readJson(join('procedure-details', file)).data));

mkdirSync(outDir, { recursive: true });
writeRows('procedures.json', procedures);
writeRows('agencies.json', agencies);
writeRows('procedure-details.json', details);

const count = (predicate) => procedures.filter(predicate).length;
console.log(
  `procedures: ${procedures.length} (STANDARD ${count((row) => row.type === 'STANDARD')}, SPECIFIC ${count((row) => row.type === 'SPECIFIC')}; ` +
    `province ${count((row) => row.level.includes('province'))}, commune ${count((row) => row.level.includes('commune'))})`,
);
console.log(`agencies: ${agencies.length}; procedure details: ${details.length}`);
