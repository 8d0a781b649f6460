/**
 * Where the survey's outbox keeps answers in `localStorage`: here apart from the store, so that a page can see whether
 * earlier pages left answers without loading the outbox.
 */

/** The prefix of every item's key; versioned so a future item shape never reads an old one by mistake. */
export const OUTBOX_KEY_PREFIX = 'hcc:survey-outbox:v2:';

/** Where earlier versions kept the whole queue in one array. Read once and moved to one key per item. */
export const LEGACY_OUTBOX_KEY = 'hcc:survey-outbox:v1';
