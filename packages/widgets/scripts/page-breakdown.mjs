/**
 * What each page downloads from the built CDN folder (`dist/cdn`, so run `npm run build` first): for a page with each
 * widget and with all three, follows the static imports from the loader's modules and prints each file's size
 * min+gzip (level 9, each file on its own, as it goes over the wire). Files reached only through `import()` are listed
 * apart: a page downloads them when it uses them (English, the search engine…). `size:why src/<entry>.ts` shows which
 * modules weigh most; the e2e page-weight test is the measure that CI enforces.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const folder = new URL('../dist/cdn/', import.meta.url);
const widgets = ['hcc-procedure-finder', 'hcc-dossier-tracker', 'hcc-satisfaction-survey'];
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/** A file of the folder: its gzip size and the files it imports, statically and dynamically. */
async function readCdnFile(name) {
  const source = await readFile(new URL(name, folder), 'utf8');
  const targets = (pattern) => [...source.matchAll(pattern)].map((match) => match[1].replace(/^\.\//, ''));
  return {
    gzip: gzipSync(source, { level: 9 }).length,
    staticImports: targets(/(?:\bfrom|\bimport)\s*"(\.\/[^"]+)"/g),
    dynamicImports: targets(/\bimport\(\s*"(\.\/[^"]+)"\s*\)/g),
  };
}

/** The files a page downloads at once for these modules, and the ones it may load later. */
async function pageFiles(modules) {
  const files = new Map();
  const later = new Set();
  const visit = async (name) => {
    if (files.has(name)) return;
    const file = await readCdnFile(name);
    files.set(name, file);
    for (const next of file.staticImports) await visit(next);
    for (const next of file.dynamicImports) later.add(next);
  };
  await visit('hcc-widgets.js');
  for (const module of modules) await visit(module);
  for (const name of files.keys()) later.delete(name);
  return { files, later: await Promise.all([...later].map(async (name) => [name, await readCdnFile(name)])) };
}

for (const page of [...widgets.map((widget) => [widget]), widgets]) {
  const { files, later } = await pageFiles(page.map((widget) => `${widget}.module.js`));
  const total = [...files.values()].reduce((sum, file) => sum + file.gzip, 0);
  console.log(`\n${page.length === 1 ? `only <${page[0]}>` : 'all three'}: ${kB(total)} min+gzip, the loader included`);
  for (const [name, { gzip }] of files) console.log(`  ${kB(gzip).padStart(9)}  ${name}`);
  for (const [name, { gzip }] of later) console.log(`  ${kB(gzip).padStart(9)}  ${name} (later, when used)`);
}
