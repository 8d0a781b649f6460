import type { Plugin } from 'esbuild';

export function minifyLiterals(source: string, path?: string): Promise<string>;
export const WIDGET_SOURCE: RegExp;
export function literalsPlugin(name: string, rewrite?: (source: string) => string): Plugin;
export const minifyLiteralsPlugin: Plugin;
