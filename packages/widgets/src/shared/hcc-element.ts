import type { HccClient } from '@hcc/sdk';
import { LitElement, type PropertyValues } from 'lit';
import { Announcer } from './announcer.js';
import { clientFor, parseApiBase } from './api-base.js';
import type { HccErrorDetail, HccEventMap, HccEventName } from './events.js';
import { type Locale, type Translate, type Translations, createTranslator, parseLocale } from './i18n.js';
import { onLangChange, resolveLocale } from './locale.js';
import { describeError } from './problem-message.js';
import { type SharedStringKey, sharedStrings } from './shared.strings.js';

/**
 * The base of every hcc widget: reads `api-base` and makes the SDK client (one per API on the page), resolves the
 * interface language from `lang` (its own, else the nearest ancestor's, following changes), emits typed `hcc-*`
 * events and owns the screen-reader announcer.
 *
 * Subclasses declare their strings with {@link HccElement.translator} and render `this.announcer.render()` once.
 */
export class HccElement extends LitElement {
  static override properties = {
    apiBase: { attribute: 'api-base' },
    client: { attribute: false },
    locale: { state: true },
  };

  /** `lang` stays the native attribute; the element only listens to it. */
  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: `super` runs Lit's getter with this class as receiver, so it lists this class's attributes.
    return [...super.observedAttributes, 'lang'];
  }

  /** The API's base URL, ending in `/api/v1`. */
  declare apiBase: string | undefined;
  /**
   * An SDK client to use instead of the one made from `api-base`: for integrators who need their own headers,
   * timeouts or retry policy (`createClient` from `@hcc/sdk`).
   */
  declare client: HccClient | undefined;
  /** The language the widget speaks now, resolved from `lang`. */
  declare locale: Locale;

  /** Screen-reader announcements. */
  protected readonly announcer = new Announcer(this);
  /** The shared strings, in the current language. */
  protected readonly sharedT: Translate<SharedStringKey> = createTranslator(() => this.locale, sharedStrings);

  private ownClient: HccClient | undefined;
  private reportedConfig: string | undefined;
  private warnedLang: string | undefined;
  private stopWatchingLang: (() => void) | undefined;

  constructor() {
    super();
    this.locale = 'vi';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.updateLocale();
    this.stopWatchingLang = onLangChange(() => this.updateLocale());
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.updateLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLang?.();
    this.stopWatchingLang = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('apiBase') || changed.has('client')) this.updateClient();
  }

  /**
   * The SDK client: the `client` property, else the one for `api-base`; `undefined` while neither is usable (the
   * console says why and the widget shows a configuration error).
   */
  protected get api(): HccClient | undefined {
    return this.client ?? this.ownClient;
  }

  /** Why `api-base` cannot be used, for the console; `undefined` when it is fine. */
  protected get configProblem(): string | undefined {
    return this.reportedConfig;
  }

  /** A translator over the shared strings and the widget's own, following the current language. */
  protected translator<K extends string>(strings: Translations<K>): Translate<K | SharedStringKey> {
    return createTranslator<K | SharedStringKey>(() => this.locale, sharedStrings, strings);
  }

  /**
   * Dispatches a typed `hcc-*` event from the element. It bubbles and crosses shadow roots, so a page can listen on
   * `document`. Returns `false` when a listener called `preventDefault()` on a cancelable event.
   */
  protected emit<K extends HccEventName>(name: K, detail: HccEventMap[K], options: { cancelable?: boolean } = {}) {
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
    );
  }

  /** Emits `hcc-error` for a failed call, with the message the citizen sees. */
  protected reportError(error: unknown): void {
    const { kind, status, message } = describeError(error, this.sharedT);
    const detail: HccErrorDetail = { widget: this.localName, kind, message, error };
    if (status !== undefined) detail.status = status;
    this.emit('hcc-error', detail);
  }

  private updateLocale(): void {
    const own = this.getAttribute('lang');
    if (own && !parseLocale(own) && this.warnedLang !== own) {
      this.warnedLang = own;
      console.warn(`<${this.localName}>: lang="${own}" is not supported; use "vi" or "en". Showing Vietnamese.`);
    }
    const locale = resolveLocale(this);
    if (locale !== this.locale) this.locale = locale;
  }

  private updateClient(): void {
    const result = parseApiBase(this.apiBase, this.localName);
    if (result.ok || this.client) {
      this.ownClient = result.ok ? clientFor(result.url) : undefined;
      this.reportedConfig = undefined;
      return;
    }
    this.ownClient = undefined;
    if (this.reportedConfig === result.problem) return;
    this.reportedConfig = result.problem;
    console.error(result.problem);
    this.emit('hcc-error', { widget: this.localName, kind: 'config', message: result.problem, error: result.problem });
  }
}
