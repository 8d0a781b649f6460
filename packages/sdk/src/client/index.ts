export { createClient } from './create-client.js';
export type {
  ClientOptions,
  DossierCallOptions,
  FeedbackCallOptions,
  HccClient,
  RatingCallOptions,
} from './create-client.js';
export { HccError, invalidResponseType, isHccError } from './errors.js';
export type { HccErrorKind } from './errors.js';
export { createIdempotencyKey } from './idempotency.js';
export type { CallOptions } from './typed-fetch.js';
export type { RetryOptions } from './retry.js';
export type * from './types.js';
export { agencyLevels, audiences, onlineLevels, procedureLevels, procedureSorts } from './contract-values.js';
