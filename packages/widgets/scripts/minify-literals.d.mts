import type { Plugin } from 'esbuild';

export function minifyLiterals(source: string, path?: string): Promise<string>;
export const minifyLiteralsPlugin: Plugin;
