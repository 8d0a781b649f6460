export { foldVietnamese } from './fold.js';
export { type TextToken, tokenizeVietnamese, tokenizeWithOffsets } from './tokenize.js';
