export function minifyCssLiteral(css: string): Promise<string>;
export function minifyCssLiterals(source: string): Promise<string>;
