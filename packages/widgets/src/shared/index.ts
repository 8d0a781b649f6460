/** The shared widget foundation: import from here when building a widget. */
export { Announcer, type Politeness } from './announcer.js';
export { type ApiBaseResult, clientFor, parseApiBase } from './api-base.js';
export {
  type ClientRequest,
  type ClientResolution,
  type ClientSource,
  onDefaultClientChange,
  PAGE_API_BASE_META,
  resolveClient,
  setDefaultClient,
} from './api-client.js';
export { HccConfigError } from './config-error.js';
export {
  type ConfigOption,
  type ConfigSchema,
  choiceOption,
  configProblem,
  configProperties,
  flagOption,
  numberOption,
  textOption,
  themeOption,
} from './config-schema.js';
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
  hasTranslations,
  type LazyTranslations,
  lazyTranslations,
  loadTranslations,
  type MessageTable,
  type StringTable,
  type Locale,
  type Message,
  type MessageParams,
  type PluralMessage,
  parseLocale,
  type Translate,
  type Translations,
} from './i18n.js';
export { classifyFailure, type Failure, type FailureKind } from './failure.js';
export { describedBy, type FieldAria, type FormField, renderFieldNote, renderFormField } from './form-field.js';
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
