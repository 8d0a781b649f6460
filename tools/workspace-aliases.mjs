// Workspace packages resolved to their sources, so a test, the demo or a screenshot in one package always runs against
// the current code of the others (no build step between an edit and a test, no stale `dist`). Plain JavaScript so
// that Vite's config loader and Node scripts read it as it is.
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Vite `resolve.alias` entries for `@hcc/sdk`, `@hcc/mock-server` and `@hcc/widgets` and their subpaths. */
export const workspaceAliases = [
  { find: /^@hcc\/sdk\/search$/, replacement: here('../packages/sdk/src/search/index.ts') },
  { find: /^@hcc\/sdk\/catalogue$/, replacement: here('../packages/sdk/src/catalogue/index.ts') },
  { find: /^@hcc\/sdk$/, replacement: here('../packages/sdk/src/index.ts') },
  { find: /^@hcc\/mock-server\/node$/, replacement: here('../packages/mock-server/src/node.ts') },
  { find: /^@hcc\/mock-server\/browser$/, replacement: here('../packages/mock-server/src/browser.ts') },
  { find: /^@hcc\/mock-server$/, replacement: here('../packages/mock-server/src/index.ts') },
  {
    find: /^@hcc\/widgets\/(procedure-finder|dossier-tracker|satisfaction-survey|react)$/,
    replacement: here('../packages/widgets/src/$1.ts'),
  },
  { find: /^@hcc\/widgets$/, replacement: here('../packages/widgets/src/index.ts') },
];
