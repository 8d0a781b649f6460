/** The documented place of the one-file build; webmasters replace it with the URL they host the file at. */
export const CDN_SCRIPT_URL = 'https://cdn.example/hcc-widgets.js';

export const WIDGET_TAGS = ['hcc-procedure-finder', 'hcc-dossier-tracker', 'hcc-satisfaction-survey'] as const;

export type WidgetTag = (typeof WIDGET_TAGS)[number];

/** One widget as a webmaster would embed it. */
export interface EmbedConfig {
  tag: WidgetTag;
  /** Attributes in the order to write them; empty values are left out. */
  attributes: ReadonlyArray<readonly [name: string, value: string]>;
  /** `--hcc-*` custom properties to set; empty values are left out. */
  tokens: ReadonlyArray<readonly [name: string, value: string]>;
}

/**
 * The exact HTML to paste into a page: the script tag of the one-file build, a `<style>` block with the theme tokens
 * (only when some are set) and the element with its attributes. Built as text, so it is shown, never parsed.
 */
export function buildEmbedSnippet(config: EmbedConfig, scriptUrl: string = CDN_SCRIPT_URL): string {
  const lines = [`<script src="${escapeAttribute(scriptUrl)}" defer></script>`];
  const tokens = config.tokens.filter(([, value]) => cleanCssValue(value) !== '');
  if (tokens.length > 0) {
    lines.push('<style>', `  ${config.tag} {`);
    for (const [name, value] of tokens) lines.push(`    ${name}: ${cleanCssValue(value)};`);
    lines.push('  }', '</style>');
  }
  const attributes = config.attributes
    .filter(([, value]) => value.trim() !== '')
    .map(([name, value]) => ` ${name}="${escapeAttribute(value.trim())}"`)
    .join('');
  lines.push(`<${config.tag}${attributes}></${config.tag}>`);
  return lines.join('\n');
}

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A custom property's value without the characters that could end the declaration, the rule or the `<style>` block,
 * so whatever is typed into the configurator cannot break the page it is pasted into.
 */
export function cleanCssValue(value: string): string {
  return value.replace(/[;{}<>\\\r\n]/g, '').trim();
}
