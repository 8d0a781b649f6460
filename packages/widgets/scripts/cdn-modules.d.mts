/** Chromium, Firefox, Safari of the last two years. */
export declare const cdnTargets: string[];
/** terser's options for the CDN files, after esbuild's minifier. */
export declare function terserOptions(): {
  ecma: 2020;
  compress: { passes: number };
  format: { comments: RegExp; ascii_only: boolean };
};
/**
 * Builds the widgets' ES modules of `dist/cdn/` (esbuild, then Rollup to group the chunks); resolves with the chunk
 * files each module imports, by tag.
 */
export declare function buildCdnModules(
  entries: Record<string, string>,
  outdir: string,
): Promise<Record<string, string[]>>;
