import type { FeedbackInput, RatingInput } from '@hcc/sdk';
import type { HccEvent } from '../shared/events.js';
import type { OutboxItem } from './outbox-item.js';

/**
 * `detail` of `hcc-rating-submit`: what was submitted and where it stands. `queued` means it is stored and will be
 * sent by itself; the same answer fires again with `sent` once the server has it (if the page is still open).
 * `persisted` is false when the browser refused storage, so a queued answer lives only while the page is open.
 */
export type RatingSubmitDetail =
  | { kind: 'rating'; dossierCode: string; rating: RatingInput; state: 'sent' | 'queued'; persisted: boolean }
  | { kind: 'feedback'; dossierCode: null; feedback: FeedbackInput; state: 'sent' | 'queued'; persisted: boolean };

/** The `hcc-rating-submit` detail for an answer in the outbox. */
export function ratingSubmitDetail(item: OutboxItem, state: 'sent' | 'queued', persisted: boolean): RatingSubmitDetail {
  return item.kind === 'rating'
    ? { kind: 'rating', dossierCode: item.dossierCode, rating: item.rating, state, persisted }
    : { kind: 'feedback', dossierCode: null, feedback: item.feedback, state, persisted };
}

declare module '../shared/events.js' {
  interface HccEventMap {
    /** A rating or page feedback was sent, or stored to be sent. */
    'hcc-rating-submit': RatingSubmitDetail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'hcc-rating-submit': HccEvent<'hcc-rating-submit'>;
  }
}
