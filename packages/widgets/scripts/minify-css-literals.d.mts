import type { Plugin } from 'esbuild';

export function minifyCssLiteral(css: string): Promise<string>;
export function minifyCssLiterals(source: string): Promise<string>;
export const minifyCssLiteralsPlugin: Plugin;
