/**
 * Benchmark of @hcc/sdk/search against MiniSearch and Fuse.js over the Bắc Ninh catalogue (about 2,000 procedures)
 * and a 20,000-procedure catalogue made from it: retrieval quality on the judged query set, query time, index build
 * time and index memory. Measures the BUILT package: run `npx tsup` first (in packages/sdk), then `npm run bench`.
 * `npm run bench -- --engine=<path to another build's search.js>` measures another build of the engine (an earlier
 * version, say) on the same queries.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { measureQuality } from './quality.mjs';

// Memory is measured as the heap growth after a forced collection, which needs --expose-gc.
if (typeof globalThis.gc !== 'function') {
  const args = ['--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  const child = spawnSync(process.execPath, args, { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const engineArgument = process.argv.find((argument) => argument.startsWith('--engine='));
const built = engineArgument
  ? pathToFileURL(resolve(engineArgument.slice('--engine='.length)))
  : new URL('../dist/search.js', import.meta.url);
if (!existsSync(built)) {
  console.error(`${fileURLToPath(built)} is missing: run \`npx tsup\` in packages/sdk first.`);
  process.exit(1);
}
const { createProcedureIndex, foldVietnamese } = await import(built.href);

const readJson = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const bacNinh = readJson('../../mock-server/data/procedures.json');
const judged = readJson('./judged-queries.json').queries;

const LIMIT = 10;
const QUERY_ROUNDS = 5;
const SLOW_ROUND_MS = 5000;
const BUILD_ROUNDS = 5;
const MEMORY_COPIES = 4;
const COPIES_FOR_LARGE = 11;

/**
 * The catalogue repeated with varied codes (copy k of `1.001193` is `(k + 3).001193`), as if eleven provinces
 * published the same procedures; `original` maps every code back to the Bắc Ninh one, so a copy of a relevant
 * procedure counts as relevant.
 */
function enlarge(catalogue, copies) {
  const procedures = [];
  const original = new Map();
  for (let copy = 0; copy < copies; copy++) {
    for (const procedure of catalogue) {
      const code = copy === 0 ? procedure.code : procedure.code.replace(/^\d+/, String(copy + 3));
      procedures.push({ ...procedure, code });
      original.set(code, procedure.code);
    }
  }
  return { procedures, original };
}

/** The engines compared, each as `build(procedures) → (query) → codes, best first`. */
const engines = {
  hcc: (procedures) => {
    const index = createProcedureIndex(procedures);
    return (query) => index.search(query, { limit: LIMIT }).map((hit) => hit.code);
  },
  MiniSearch: (procedures) => {
    const index = new MiniSearch({
      fields: ['name', 'fields', 'code'],
      storeFields: ['code'],
      searchOptions: { prefix: true, fuzzy: 0.2, boost: { name: 2 } },
    });
    index.addAll(procedures.map(toFoldedDocument));
    return (query) =>
      index
        .search(foldVietnamese(query))
        .slice(0, LIMIT)
        .map((result) => result.code);
  },
  'Fuse.js': (procedures) => {
    const index = new Fuse(procedures.map(toFoldedDocument), {
      keys: [{ name: 'name', weight: 2 }, 'fields', 'code'],
      ignoreLocation: true,
    });
    return (query) => index.search(foldVietnamese(query), { limit: LIMIT }).map((result) => result.item.code);
  },
};

function toFoldedDocument(procedure, id) {
  return {
    id,
    code: procedure.code,
    name: foldVietnamese(procedure.name),
    fields: foldVietnamese((procedure.fields ?? []).join(' ')),
  };
}

function measureBuild(build, procedures) {
  build(procedures); // warm-up
  const times = [];
  for (let round = 0; round < BUILD_ROUNDS; round++) {
    const started = performance.now();
    build(procedures);
    times.push(performance.now() - started);
  }
  // Several indexes are kept alive and the growth divided among them, so that module-level caches filling or
  // emptying during one build (the tokenizer's, say) do not swamp the figure.
  globalThis.gc();
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  const kept = Array.from({ length: MEMORY_COPIES }, () => build(procedures));
  globalThis.gc();
  globalThis.gc();
  const memoryBytes = (process.memoryUsage().heapUsed - before) / kept.length;
  return { search: kept[0], buildMs: median(times), memoryBytes };
}

/**
 * Runs every judged query, keeping the first round's answers for the quality figures, and times them:
 * `QUERY_ROUNDS` more rounds after that first (warm-up) one, or only the first for an engine so slow that a round
 * takes over `SLOW_ROUND_MS` (its times are far beyond JIT warm-up effects anyway).
 */
function runQueries(search) {
  const answers = new Map();
  const timeRound = (keepAnswers) =>
    judged.map(({ query }) => {
      const started = performance.now();
      const codes = search(query);
      const elapsed = performance.now() - started;
      if (keepAnswers) answers.set(query, codes);
      return elapsed;
    });
  const warmUp = timeRound(true);
  const slow = warmUp.reduce((sum, time) => sum + time, 0) > SLOW_ROUND_MS;
  const times = slow ? warmUp : Array.from({ length: QUERY_ROUNDS }, () => timeRound(false)).flat();
  times.sort((a, b) => a - b);
  const meanMs = times.reduce((sum, time) => sum + time, 0) / times.length;
  return { answers, meanMs, p95Ms: percentile(times, 0.95) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (sorted, share) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];

const catalogues = [
  { label: `Bắc Ninh (${bacNinh.length})`, ...enlarge(bacNinh, 1) },
  { label: `×${COPIES_FOR_LARGE} (${bacNinh.length * COPIES_FOR_LARGE})`, ...enlarge(bacNinh, COPIES_FOR_LARGE) },
];

const rows = [];
const hccAnswers = new Map();
for (const catalogue of catalogues) {
  for (const [engine, build] of Object.entries(engines)) {
    const { search, buildMs, memoryBytes } = measureBuild(build, catalogue.procedures);
    const { answers, meanMs, p95Ms } = runQueries(search);
    if (engine === 'hcc' && catalogue === catalogues[0])
      for (const [query, codes] of answers) hccAnswers.set(query, codes);
    const quality = measureQuality(judged, (query) =>
      (answers.get(query) ?? []).map((code) => catalogue.original.get(code) ?? code),
    );
    rows.push({
      catalogue: catalogue.label,
      engine,
      'success@5': `${(100 * quality.successAt5).toFixed(1)} %`,
      'MRR@10': quality.mrrAt10.toFixed(3),
      'mean query': `${meanMs.toFixed(3)} ms`,
      'p95 query': `${p95Ms.toFixed(3)} ms`,
      'index build': `${buildMs.toFixed(1)} ms`,
      'index memory': `${(memoryBytes / 2 ** 20).toFixed(1)} MB`,
    });
  }
}

console.log(`\n@hcc/sdk/search benchmark — ${judged.length} judged queries, Node ${process.version}, limit ${LIMIT}\n`);
printTable(rows);

console.log(`\nhcc over ${catalogues[0].label}, by kind of query\n`);
printTable(
  [...new Set(judged.map(({ kind }) => kind))].map((kind) => {
    const queries = judged.filter((query) => query.kind === kind);
    const quality = measureQuality(queries, (query) => hccAnswers.get(query) ?? []);
    return {
      kind,
      queries: queries.length,
      'success@5': `${(100 * quality.successAt5).toFixed(1)} %`,
      'MRR@10': quality.mrrAt10.toFixed(3),
    };
  }),
);

function printTable(rows) {
  const columns = Object.keys(rows[0]);
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => `| ${cells.map((cell, index) => String(cell).padEnd(widths[index])).join(' | ')} |`;
  console.log(line(columns));
  console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const row of rows) console.log(line(columns.map((column) => row[column])));
}
