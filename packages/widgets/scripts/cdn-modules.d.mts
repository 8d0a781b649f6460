/** Chromium, Firefox, Safari of the last two years. */
export declare const cdnTargets: string[];
/** Builds the widgets' ES modules of `dist/cdn/` (esbuild, then Rollup to group the chunks). */
export declare function buildCdnModules(entries: Record<string, string>, outdir: string): Promise<void>;
