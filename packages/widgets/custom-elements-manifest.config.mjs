/**
 * custom-elements.json from the JSDoc on each element class (`@summary`, `@event`, `@csspart`, `@cssproperty`,
 * `@attr`). Only element sources are analysed: entry files, wrappers, styles and strings describe no element.
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/index.ts', 'src/cdn.ts', 'src/react.ts', 'src/**/*.styles.ts', 'src/**/*.strings.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; leave the file alone.
  packagejson: false,
};
