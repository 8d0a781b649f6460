import { svg } from 'lit';
import { icon } from '../shared/icons.js';

/** The finder's own icons (see `shared/icons.ts`): the search box's clear button, the results' chevron, "back". */
export const clearIcon = /* @__PURE__ */ icon(() => svg`<path d="M18 6 6 18M6 6l12 12"/>`);
export const backIcon = /* @__PURE__ */ icon(() => svg`<path d="M19 12H5m6-7-7 7 7 7"/>`);
export const chevronIcon = /* @__PURE__ */ icon(() => svg`<path d="m9 6 6 6-6 6"/>`);
