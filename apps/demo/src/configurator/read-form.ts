import { type EmbedConfig, WIDGET_TAGS, type WidgetTag } from './embed-snippet.js';
import { changedTokens } from './theme-tokens.js';

/** Which attribute controls apply to each widget, in the order the snippet writes them. */
const ATTRIBUTES: Record<WidgetTag, readonly string[]> = {
  'hcc-procedure-finder': ['api-base', 'lang', 'agency', 'field', 'page-size', 'theme'],
  'hcc-dossier-tracker': ['api-base', 'lang', 'code', 'theme'],
  'hcc-satisfaction-survey': ['api-base', 'lang', 'dossier', 'theme'],
};

/** The finder's own default page size: writing it would only lengthen the snippet. */
const DEFAULT_PAGE_SIZE = '10';

/** Reads the configurator form into the widget to embed. */
export function readEmbedConfig(form: HTMLFormElement): EmbedConfig {
  const data = new FormData(form);
  const tag = WIDGET_TAGS.find((candidate) => candidate === data.get('tag')) ?? 'hcc-procedure-finder';
  const ratesDossier = data.get('mode') === 'rating';
  const attributes = ATTRIBUTES[tag]
    .filter((name) => name !== 'dossier' || ratesDossier)
    .map((name) => [name, String(data.get(name) ?? '')] as const)
    .filter(([name, value]) => !(name === 'page-size' && value === DEFAULT_PAGE_SIZE));
  const tokens = changedTokens((token) => (form.querySelector<HTMLInputElement>(`#${token.id}`)?.value ?? '').trim());
  return { tag, attributes, tokens };
}

/** Shows only the controls that apply to the chosen widget (and, for the survey, to its mode). */
export function showApplicableFields(form: HTMLFormElement, config: EmbedConfig): void {
  const mode = new FormData(form).get('mode');
  for (const field of form.querySelectorAll<HTMLElement>('[data-for]')) {
    const forWidget = field.dataset.for === config.tag;
    const forMode = field.dataset.mode === undefined || field.dataset.mode === mode;
    field.hidden = !(forWidget && forMode);
  }
}
