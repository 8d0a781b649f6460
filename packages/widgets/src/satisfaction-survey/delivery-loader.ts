import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnswerDelivery, AnswerDeliveryOptions } from './answer-delivery.js';
import type { RoutedWidget } from './answer-route.js';
import type { DeliveryOutcome } from './delivery-outcome.js';
import { LEGACY_OUTBOX_KEY, OUTBOX_KEY_PREFIX } from './outbox-keys.js';

/** Whether earlier pages left answers in the outbox's storage; false where the browser refuses storage. */
function hasStoredAnswers(): boolean {
  try {
    for (let index = 0; index < localStorage.length; index++) {
      if (localStorage.key(index)?.startsWith(OUTBOX_KEY_PREFIX)) return true;
    }
    const legacy = localStorage.getItem(LEGACY_OUTBOX_KEY);
    return legacy !== null && legacy !== '[]';
  } catch {
    return false;
  }
}

/** The module loaded with the outbox: the outbox itself, and what shows its outcomes (`after-answer.ts`). */
export type AfterAnswer = typeof import('./after-answer.js');

/** What the widget hears from the loader: the delivery's options, with the loaded module beside each outcome. */
export interface DeliveryLoaderOptions extends Omit<AnswerDeliveryOptions, 'onOutcome' | 'apiBase' | 'client'> {
  onOutcome: (outcome: DeliveryOutcome, after: AfterAnswer) => void;
  /** Makes the module's strings ready in the widget's language, before the outbox starts. */
  prepare: (after: AfterAnswer) => Promise<void>;
  /** The citizen acted and waits while the module arrives (`true`), or no longer (`false`). */
  onWait: (waiting: boolean) => void;
  /** The module the citizen waits for could not be loaded. */
  onFailure: (error: unknown) => void;
}

/**
 * The survey's outbox and what shows its outcomes, loaded with a dynamic `import()` only when it is needed: when
 * earlier pages left answers to send, when the citizen starts filling in the form (so that a connection lost while
 * typing cannot keep the answer from being stored), or at the latest when an answer is sent. Until then a survey on
 * the page costs nothing of it.
 */
export class DeliveryLoader implements ReactiveController {
  private delivery: AnswerDelivery | undefined;
  private loading: Promise<{ delivery: AnswerDelivery; after: AfterAnswer }> | undefined;
  /** The module, once loaded. */
  private after: AfterAnswer | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & RoutedWidget,
    private readonly options: DeliveryLoaderOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (hasStoredAnswers()) this.preload();
    else this.host.addEventListener('focusin', this.preload, { once: true });
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.preload);
  }

  /** The page's outbox for this widget, once loaded; rejects when the module cannot be loaded (try again later). */
  load(): Promise<AnswerDelivery> {
    return this.start().then(({ delivery }) => delivery);
  }

  /**
   * Runs `then` with the module (checks, messages, panels) once it is here: at once when it is, as it usually is
   * (it loads on the first focus). Otherwise the widget shows it is busy meanwhile, and a failure if it cannot load.
   */
  whenReady(then: (after: AfterAnswer) => void): void {
    const loaded = this.after;
    if (loaded) {
      then(loaded);
      return;
    }
    this.options.onWait(true);
    this.start().then(({ after }) => {
      this.options.onWait(false);
      then(after);
    }, this.options.onFailure);
  }

  private start(): Promise<{ delivery: AnswerDelivery; after: AfterAnswer }> {
    this.loading ??= import('./after-answer.js').then(
      // Created on a connected host, the delivery joins the page's outbox at once (and flushes what it holds).
      async (after) => {
        await this.options.prepare(after);
        this.after = after;
        // What the form shows with the module (the personal-data hint of a comment typed meanwhile) appears now.
        this.host.requestUpdate();
        const { onOutcome, ...options } = this.options;
        this.delivery = new after.AnswerDelivery(this.host, {
          ...options,
          ...after.answerRoute(this.host),
          onOutcome: (outcome) => onOutcome(outcome, after),
        });
        return { delivery: this.delivery, after };
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  /** The module, once loaded: the checks, messages and panels that go with the outbox. */
  get loaded(): AfterAnswer | undefined {
    return this.after;
  }

  /** True while an answer waits to be delivered. */
  get waiting(): boolean {
    return this.delivery?.waiting ?? false;
  }

  /** Tries the waiting answer again now ("Gửi ngay"). */
  sendAgain(): void {
    this.delivery?.sendAgain();
  }

  /** Stops waiting for the answer (a new dossier to rate); the outbox still delivers it. */
  forget(): void {
    this.delivery?.forget();
  }

  private readonly preload = () => {
    // A failure here is retried when the answer is sent, where it is shown.
    this.load().catch(() => undefined);
  };
}
