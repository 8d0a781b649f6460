/**
 * A file shipped with the package (`migrations/`, `data/`). This module sits one folder below the package root, as
 * do the bundles in `dist/`, so the same relative URL works from the sources and from the build.
 */
export const packageFile = (path: string) => new URL(`../${path}`, import.meta.url);
