export function collapseHtmlWhitespace(source: string, fileName?: string): string;
