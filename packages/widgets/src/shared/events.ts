/**
 * The `hcc-*` events and their `detail` types. Each widget adds its own events to this map by module augmentation:
 *
 * ```ts
 * declare module '../shared/events.js' {
 *   interface HccEventMap { 'hcc-dossier-load': { code: string } }
 * }
 * ```
 */
export interface HccEventMap {
  /** A call to the API failed or the widget is misconfigured. */
  'hcc-error': HccErrorDetail;
}

/** `detail` of `hcc-error`. */
export interface HccErrorDetail {
  /** The tag of the widget that failed, e.g. `hcc-procedure-finder`. */
  widget: string;
  /** `config` for a setup mistake (missing `api-base`), else the `HccError` kind (`http`, `network`, `timeout`). */
  kind: 'config' | 'http' | 'network' | 'timeout' | 'unknown';
  /** HTTP status, for `http`. */
  status?: number;
  /** The message shown to the citizen, in the widget's language. */
  message: string;
  /** The original error. */
  error: unknown;
}

/** The name of an `hcc-*` event. */
export type HccEventName = keyof HccEventMap;

/** A typed `hcc-*` event. */
export type HccEvent<K extends HccEventName> = CustomEvent<HccEventMap[K]>;

declare global {
  interface HTMLElementEventMap {
    'hcc-error': HccEvent<'hcc-error'>;
  }
}
