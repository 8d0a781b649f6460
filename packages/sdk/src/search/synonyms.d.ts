/**
 * One reviewed synonym rule: when a query contains one of the `everyday` phrases (what citizens type: plain words,
 * abbreviations, old names), the search also tries each `official` phrase (the wording of procedure names) in its
 * place. The original query is always tried too, so a rule can only add results.
 */
export interface SynonymRule {
  readonly everyday: readonly string[];
  readonly official: readonly string[];
}
/**
 * Everyday Vietnamese words and abbreviations for the official wording of procedure names. Reviewed against the
 * Bắc Ninh catalogue: every `official` phrase occurs in procedure names.
 */
export declare const procedureSynonyms: readonly SynonymRule[];
/**
 * Words citizens add around what they look for (`làm`, `xin`, `thủ tục`, `cho con`, `ở đâu`, `như thế nào` …).
 * They still match, so that `lâm nghiệp` typed as `lam nghiep` is found, but barely count. Folded single words that
 * are often content words (`cần`/`căn`, `em` in `trẻ em`, `để`/`đề`, `đi`/`di chúc`, `cách`/`cách mạng`) are not
 * listed alone.
 */
export declare const queryFillers: readonly string[];
