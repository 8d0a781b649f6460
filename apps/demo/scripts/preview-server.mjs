// Builds the demo and serves the result as a web server would (compressed, from apps/demo/dist), with Vite's JS API
// (`vite preview` through npx leaves an orphan process when stopped).
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));

/** Builds into `outDir` and serves it on 127.0.0.1:`port` (0 = any free port); the caller closes the server. */
export async function buildAndPreview({ outDir, port = 0 } = {}) {
  await build({ configFile, logLevel: 'error', ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}) });
  const server = await preview({
    configFile,
    logLevel: 'error',
    ...(outDir ? { build: { outDir } } : {}),
    preview: { host: '127.0.0.1', port, strictPort: port !== 0 },
  });
  return { server, url: server.resolvedUrls?.local[0] ?? '' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { server, url } = await buildAndPreview({ port: 4173 });
  console.log(`The built demo, served compressed: ${url}`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
