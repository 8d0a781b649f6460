import type { EnglishStrings, Strings } from '../shell/language.js';

/** English for configurator.html's marked elements. */
export const configuratorEnglish: EnglishStrings = {
  description: 'Pick a widget, its attributes, language and colours, then copy the embed code for your site.',
  title: 'Widget embed configurator – hcc',
  skip: 'Skip to main content',
  heading: 'Widget embed configurator',
  intro:
    'Pick a widget, its attributes and colours. The preview updates at once; copy the snippet below into your page to get exactly this widget.',
  widget: 'Widget',
  'widget-finder': 'Find a procedure',
  'widget-tracker': 'Track a dossier',
  'widget-survey': 'Rate your satisfaction',
  attributes: 'Attributes',
  'api-base': 'API address (api-base)',
  lang: 'Language (lang)',
  'lang-page': 'Same as the page',
  agency: 'Executing agency (agency)',
  'all-agencies': 'All agencies',
  field: 'Field (field)',
  'all-fields': 'All fields',
  'page-size': 'Procedures per page (page-size)',
  code: 'Dossier code to show (code, optional)',
  mode: 'Mode',
  'mode-feedback': 'Page feedback (no dossier code needed)',
  'mode-rating': 'Rate a processed dossier',
  dossier: 'Dossier code (dossier)',
  theme: 'Light or dark (theme)',
  'theme-auto': 'Follow the device',
  'theme-light': 'Light',
  'theme-dark': 'Dark',
  tokens: 'Colours and type',
  'token-primary': 'Primary colour',
  'token-on-primary': 'Text on the primary colour',
  'token-text': 'Text colour',
  'token-background': 'Background',
  'token-surface': 'Panel background',
  'token-border': 'Border colour',
  'token-radius': 'Corner radius (px)',
  'token-font-size': 'Base font size (px)',
  'token-font-family': 'Font',
  'font-system': 'System font',
  preview: 'Preview',
  snippet: 'Embed snippet',
  'snippet-hint':
    'Replace the address of hcc-widgets.js with where you host the dist/cdn folder (the loader loads the rest from beside it), and api-base with the Centre’s API address.',
  copy: 'Copy',
};

/** Strings the configurator's script renders. */
export const configuratorStrings: Strings<'copied' | 'copy-failed' | 'options-failed' | 'retry'> = {
  vi: {
    copied: 'Đã sao chép đoạn mã.',
    'copy-failed': 'Không sao chép được; hãy chọn đoạn mã và sao chép thủ công.',
    'options-failed': 'Không tải được danh sách cơ quan và lĩnh vực.',
    retry: 'Thử lại',
  },
  en: {
    copied: 'Snippet copied.',
    'copy-failed': 'Could not copy; select the snippet and copy it by hand.',
    'options-failed': 'Could not load the agencies and fields.',
    retry: 'Try again',
  },
};
