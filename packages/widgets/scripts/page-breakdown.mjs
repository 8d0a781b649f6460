/**
 * What each page downloads from the CDN folder, chunk by chunk and module by module: builds the widgets' ES modules
 * the way `dist/cdn/` is built (Lit and the SDK inside, shared chunks split), then, for a page with each widget and
 * with all three, follows the static imports from the widgets' modules and prints each file's size min+gzip and the
 * modules that weigh most in them. Chunks reached only through `import()` are listed apart: a page downloads them
 * when it uses them. The loader itself (`hcc-widgets.js`, under 1 kB) comes on top. The e2e page-weight test is the
 * measure that CI enforces.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minifyCssLiteralsPlugin } from './minify-css-literals.mjs';

const widgets = ['procedure-finder', 'dossier-tracker', 'satisfaction-survey'];
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/** Builds the modules and returns each output file with its gzip size, imports and heaviest modules. */
async function buildModules() {
  const result = await build({
    entryPoints: Object.fromEntries(widgets.map((widget) => [`hcc-${widget}.module`, `src/${widget}.ts`])),
    bundle: true,
    splitting: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome111', 'firefox113', 'safari16.4'],
    outdir: 'out',
    chunkNames: 'hcc-chunk-[hash]',
    plugins: [minifyCssLiteralsPlugin],
    logLevel: 'error',
  });
  const gzipOf = new Map(result.outputFiles.map((file) => [file.path.replace(/^.*\/out\//, 'out/'), file.contents]));
  return new Map(
    Object.entries(result.metafile.outputs)
      .filter(([path]) => path.endsWith('.js'))
      .map(([path, output]) => [
        path,
        {
          name: path.replace(/^out\//, ''),
          gzip: gzipSync(gzipOf.get(path), { level: 9 }).length,
          staticImports: output.imports.filter((item) => item.kind === 'import-statement').map((item) => item.path),
          dynamicImports: output.imports.filter((item) => item.kind === 'dynamic-import').map((item) => item.path),
          modules: Object.entries(output.inputs)
            .map(([input, { bytesInOutput }]) => ({ input: input.replace(/^.*node_modules\//, ''), bytesInOutput }))
            .filter(({ bytesInOutput }) => bytesInOutput > 0),
        },
      ]),
  );
}

/** The files a page downloads at once for these entries (static imports), and the ones it may load later. */
function pageFiles(outputs, entries) {
  const now = new Set();
  const later = new Set();
  const visit = (path) => {
    if (now.has(path)) return;
    now.add(path);
    const output = outputs.get(path);
    for (const next of output.staticImports) visit(next);
    for (const next of output.dynamicImports) later.add(next);
  };
  for (const entry of entries) visit(entry);
  for (const path of now) later.delete(path);
  return { now: [...now], later: [...later] };
}

const outputs = await buildModules();
const pages = [...widgets.map((widget) => [widget]), widgets];
for (const page of pages) {
  const { now, later } = pageFiles(
    outputs,
    page.map((widget) => `out/hcc-${widget}.module.js`),
  );
  const total = now.reduce((sum, path) => sum + outputs.get(path).gzip, 0);
  const title = page.length === 1 ? `only ${page[0]}` : 'all three';
  console.log(`\n${title}: ${kB(total)} min+gzip, plus the loader (modules: their minified bytes)`);
  for (const path of now) {
    const { name, gzip, modules } = outputs.get(path);
    const heaviest = modules.sort((a, b) => b.bytesInOutput - a.bytesInOutput).slice(0, 6);
    console.log(`  ${kB(gzip).padStart(9)}  ${name}`);
    for (const { input, bytesInOutput } of heaviest) console.log(`  ${String(bytesInOutput).padStart(16)}  ${input}`);
  }
  for (const path of later) console.log(`  later, when used: ${outputs.get(path).name} ${kB(outputs.get(path).gzip)}`);
}
