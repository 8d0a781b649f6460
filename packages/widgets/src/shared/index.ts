/** The shared widget foundation: import from here when building a widget. */
export { Announcer, type Politeness } from './announcer.js';
export { type ApiBaseResult, clientFor, parseApiBase } from './api-base.js';
export { defineElement } from './define-element.js';
export { DOSSIER_CODE_PARAMETER, dossierCodeFromPageUrl, readVerifier, type VerifierFailure } from './dossier-input.js';
export type { HccErrorDetail, HccEvent, HccEventMap, HccEventName } from './events.js';
export { FetchController, type FetchControllerOptions, type FetchStatus } from './fetch-controller.js';
export { formatDate, formatDateTime, formatMoney, formatNumber } from './format.js';
export { HccElement } from './hcc-element.js';
export {
  createTranslator,
  defaultLocale,
  formatMessage,
  type Locale,
  type Message,
  type MessageParams,
  type PluralMessage,
  parseLocale,
  type Translate,
  type Translations,
} from './i18n.js';
export * from './icons.js';
export { inheritedLang, onLangChange, resolveLocale } from './locale.js';
export { describeError, type ErrorDescription, looksOffline } from './problem-message.js';
export { httpUrl } from './safe-url.js';
export { type SharedStringKey, sharedStrings } from './shared.strings.js';
export {
  renderConfigError,
  renderEmpty,
  renderError,
  renderFetchState,
  renderLoading,
  renderOffline,
  stateStyles,
} from './state-views.js';
export { buttonStyles, resetStyles, themeStyles, tokenStyles } from './theme.styles.js';
