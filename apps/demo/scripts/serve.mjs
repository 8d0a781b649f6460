// Serves the demo on http://localhost:5173 with Vite's JS API (`vite` through npx leaves orphan processes).
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

// Vite warns that its future native config loader cannot read vite.config.ts's TypeScript import; nothing to act on.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

const server = await createServer({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)) });
await server.listen();
server.printUrls();
console.log('  Scenarios: ?scenario=slow | flaky | offline | rate-limited | empty');

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
