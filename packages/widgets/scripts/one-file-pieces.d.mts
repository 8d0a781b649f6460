import type { Plugin } from 'esbuild';

export function importPiecesStatically(source: string): string;
export const onePiecePlugin: Plugin;
