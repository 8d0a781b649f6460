import type { HccClient } from '@hcc/sdk';
import { type CSSResult, LitElement, type PropertyValues } from 'lit';
import { Announcer } from './announcer.js';
import { onDefaultClientChange, resolveClient } from './api-client.js';
import { adoptHostScheme, hostColorScheme } from './color-scheme.js';
import { HccConfigError } from './config-error.js';
import { type ConfigSchema, configProblem } from './config-schema.js';
import type { HccErrorDetail, HccEventMap, HccEventName } from './events.js';
import {
  type Locale,
  type StringTable,
  type Translate,
  createTranslator,
  hasTranslations,
  loadTranslations,
  parseLocale,
  translateWith,
} from './i18n.js';
import { onLangChange, resolveLocale } from './locale.js';
import { adoptLateStyles } from './late-styles.js';
import { describeError } from './problem-message.js';
import { type SharedStringKey, sharedStrings } from './shared.strings.js';

/** What a piece loaded on first use brings to its widget: its words, and the styles it needs, if any. */
export interface LatePiece {
  strings: StringTable<string>;
  styles?: CSSResult;
}

/**
 * The base of every hcc widget: reads the widget's attributes through its declared {@link HccElement.config} schema
 * (an unusable value is reported once as an {@link HccConfigError} and replaced by the default), gets the SDK client
 * the one way every widget does ({@link resolveClient}), resolves the interface language from `lang` (its own, else
 * the nearest ancestor's, following changes) and loads the English strings the first time they are needed, emits
 * typed `hcc-*` events and owns the screen-reader announcer.
 *
 * Subclasses declare their attributes in `static config` (spread `configProperties(config)` into their
 * `properties`), their strings with {@link HccElement.translator}, and render `this.announcer.render()` once.
 */
export class HccElement extends LitElement {
  static override properties = {
    apiBase: { attribute: 'api-base' },
    client: { attribute: false },
    locale: { state: true },
  };

  /** The widget's attributes: type, default and allowed values. Checked before every update that changes one. */
  static config: ConfigSchema = {};

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

  private resolvedClient: HccClient | undefined;
  private clientProblem: string | undefined;
  /** Every bad value reported, so each is reported once and not at every render. */
  private readonly reported = new Set<string>();
  private readonly tables: StringTable<string>[] = [sharedStrings];
  /** The English strings on their way; updates wait for them, so the widget never flashes the wrong language. */
  private stringsArriving: Promise<void> | undefined;
  private stopWatching: (() => void)[] = [];

  constructor() {
    super();
    this.locale = 'vi';
    const schema = (this.constructor as typeof HccElement).config;
    for (const [name, option] of Object.entries(schema)) this.settings[name] = option.fallback;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.updateLocale();
    this.stopWatching = [
      onLangChange(() => this.updateLocale()),
      // A new page-wide client: marked as a change of `client`, so widgets refetch as when the property changes.
      onDefaultClientChange(() => this.requestUpdate('client', Symbol('page-wide client'))),
    ];
    addEventListener('online', this.onOnline);
    this.followHostScheme();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.updateLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.stopWatching) stop();
    this.stopWatching = [];
    removeEventListener('online', this.onOnline);
  }

  /** Holds an update while strings are on their way; otherwise updates as Lit does, without an extra tick. */
  // biome-ignore lint/suspicious/noConfusingVoidType: Lit's own signature, which this overrides.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const arriving = this.stringsArriving;
    if (!arriving) return super.scheduleUpdate();
    return arriving.then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.checkConfig(changed);
    if (!this.hasUpdated || changed.has('apiBase') || changed.has('client')) this.updateClient();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.followHostScheme();
  }

  /**
   * Without a `theme` of its own, the widget follows the host page's CSS `color-scheme` (read when it is connected
   * and at each render): light unless the page asks for dark or for the system's scheme.
   */
  private followHostScheme(): void {
    const root = this.shadowRoot;
    if (!root) return;
    const theme = this.getAttribute('theme');
    const own = theme === 'light' || theme === 'dark' || theme === 'auto';
    adoptHostScheme(root, own ? 'light' : hostColorScheme(this));
  }

  /**
   * The SDK client every request of the widget uses: the `client` property, else the one for `api-base`, else the
   * page-wide default; `undefined` while none is usable (the console says why and the widget shows a configuration
   * error).
   */
  protected get api(): HccClient | undefined {
    return this.client ?? this.resolvedClient;
  }

  /**
   * The client for a request about to be made; throws the console's explanation when no client is usable, so the
   * request fails like any other and the widget's error state shows.
   */
  protected requireApi(): HccClient {
    const api = this.api;
    if (!api) throw new HccConfigError(this.localName, 'api-base', this.apiBase, this.clientProblem ?? '');
    return api;
  }

  /** Why the widget has no client, for the console; `undefined` when it has one. */
  protected get configProblem(): string | undefined {
    return this.clientProblem;
  }

  /**
   * A translator over the shared strings and the widget's own, following the current language. Tables made with
   * `lazyTranslations` load their English the first time the widget speaks it. `Late` names the keys of tables that
   * arrive later with a piece loaded on first use ({@link HccElement.addPiece}): the translator finds them once added.
   */
  protected translator<K extends string, Late extends string = never>(
    strings: StringTable<K>,
  ): Translate<K | Late | SharedStringKey> {
    this.tables.push(strings);
    return translateWith(() => this.locale, this.tables);
  }

  /**
   * Adds what came with a piece loaded on first use (a result view, a detail view): its styles, after the widget's
   * own, and its strings. Resolves once the widget can speak its current language with them: at once in Vietnamese;
   * in English once their English is loaded (or, if that fails, in Vietnamese until the connection is back). Never
   * rejects.
   */
  protected addPiece({ strings, styles }: LatePiece): Promise<void> {
    if (styles && this.shadowRoot) adoptLateStyles(this.shadowRoot, styles);
    if (!this.tables.includes(strings)) this.tables.push(strings);
    if (hasTranslations(this.locale, this.tables)) return Promise.resolve();
    this.loadStrings(this.locale);
    return this.stringsArriving ?? Promise.resolve();
  }

  /**
   * Imports a piece's module on first use (`load`: a dynamic `import()`), then adds its `piece`
   * ({@link HccElement.addPiece}).
   */
  protected async loadPiece<M extends { piece: LatePiece }>(load: () => Promise<M>): Promise<M> {
    const module = await load();
    await this.addPiece(module.piece);
    return module;
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

  /**
   * Reports a setup mistake once per attribute and value: in the console (`error` when the widget cannot work,
   * `warn` when it carries on with a default) and as `hcc-error` with `kind: 'config'`.
   */
  protected reportConfig(error: HccConfigError, level: 'error' | 'warn' = 'warn'): void {
    const key = `${error.attribute}\u0000${String(error.value)}\u0000${error.message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    console[level](error);
    this.emit('hcc-error', { widget: this.localName, kind: 'config', message: error.message, error });
  }

  /** The element's properties, by name, for the schema. */
  private get settings(): Record<string, unknown> {
    return this as unknown as Record<string, unknown>;
  }

  /** Reads each changed attribute or property value; replaces an unusable one by its default, after saying so once. */
  private checkConfig(changed: PropertyValues): void {
    const schema = (this.constructor as typeof HccElement).config;
    for (const [name, option] of Object.entries(schema)) {
      if (this.hasUpdated && !changed.has(name)) continue;
      const value = this.settings[name];
      if (option.accepts(value)) continue;
      // A string set as a property (`tracker.poll = '10'`) is read as the attribute would be.
      const read = typeof value === 'string' && !option.flag ? option.read(value) : value;
      if (option.accepts(read)) {
        this.settings[name] = read;
        continue;
      }
      const message = configProblem(this.localName, option, value);
      this.reportConfig(new HccConfigError(this.localName, option.attribute, value, message));
      this.settings[name] = option.fallback;
    }
  }

  private updateLocale(): void {
    const own = this.getAttribute('lang');
    if (own && !parseLocale(own)) {
      const message = `<${this.localName}>: lang="${own}" is not supported; use "vi" or "en". Showing Vietnamese (or the language of the page around it).`;
      this.reportConfig(new HccConfigError(this.localName, 'lang', own, message));
    }
    const locale = resolveLocale(this);
    if (!hasTranslations(locale, this.tables)) this.loadStrings(locale);
    if (locale !== this.locale) this.locale = locale;
  }

  /**
   * Loads the strings of `locale` (tables added while others are on their way join the wait); if that fails, the
   * widget speaks Vietnamese until the network comes back.
   */
  private loadStrings(locale: Locale): void {
    const loading = loadTranslations(locale, this.tables).catch((error: unknown) => {
      console.warn(
        `<${this.localName}>: the ${locale} strings could not be loaded (${String(error)}); showing Vietnamese until the connection is back.`,
      );
    });
    const before = this.stringsArriving;
    const arriving = before ? Promise.all([before, loading]).then(() => undefined) : loading;
    this.stringsArriving = arriving;
    void arriving.then(() => {
      if (this.stringsArriving === arriving) this.stringsArriving = undefined;
      this.requestUpdate();
    });
  }

  private readonly onOnline = () => {
    if (!hasTranslations(this.locale, this.tables)) this.loadStrings(this.locale);
  };

  private updateClient(): void {
    const resolution = resolveClient({ client: this.client, apiBase: this.apiBase, tag: this.localName });
    this.resolvedClient = resolution.client;
    this.clientProblem = resolution.client ? undefined : resolution.problem;
    if (resolution.problem) {
      const error = new HccConfigError(this.localName, 'api-base', this.apiBase, resolution.problem);
      this.reportConfig(error, resolution.client ? 'warn' : 'error');
    }
  }
}
