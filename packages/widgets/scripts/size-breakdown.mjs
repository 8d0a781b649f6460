/**
 * Where a widget's bytes go: bundles an entry from the sources the way the builds do (template literals minified, then
 * minified), and prints its size min+gzip and each module's share of the minified output, largest first.
 *
 *   node scripts/size-breakdown.mjs [entry] [--with-sdk] [--top N]
 *   node scripts/size-breakdown.mjs --pages
 *
 * `entry` defaults to src/cdn.ts (the one-file bundle's entry: all three widgets). By default `@hcc/sdk` stays
 * outside (it has its own budget in packages/sdk); with `--with-sdk` it is bundled too, as in the CDN files.
 * `--pages` shows instead what a page with each widget downloads from the CDN folder (scripts/page-breakdown.mjs).
 * `npm run size` and the e2e page-weight test remain the measures that CI enforces.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minifyLiteralsPlugin } from './minify-literals.mjs';

const args = process.argv.slice(2);
if (args.includes('--pages')) {
  await import('./page-breakdown.mjs');
  process.exit(0);
}
const entry = args.find((arg) => !arg.startsWith('--') && !/^\d+$/.test(arg)) ?? 'src/cdn.ts';
const withSdk = args.includes('--with-sdk');
const topIndex = args.indexOf('--top');
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 30;

const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  write: false,
  metafile: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  external: withSdk ? [] : ['@hcc/sdk', '@hcc/sdk/*'],
  plugins: [minifyLiteralsPlugin],
  logLevel: 'error',
});

const output = result.outputFiles[0].contents;
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
console.log(`${entry}${withSdk ? ' with @hcc/sdk' : ' (@hcc/sdk outside)'}, with Lit`);
console.log(`  minified ${kB(output.length)}, min+gzip ${kB(gzipSync(output).length)}`);
const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
  .map(([path, { bytesInOutput }]) => ({ path: path.replace(/^.*node_modules\//, ''), bytes: bytesInOutput }))
  .filter(({ bytes }) => bytes > 0)
  .sort((a, b) => b.bytes - a.bytes);
for (const { path, bytes } of inputs.slice(0, top)) console.log(`${String(bytes).padStart(8)}  ${path}`);
