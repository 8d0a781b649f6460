import { svg } from 'lit';
import { icon } from '../shared/icons.js';

/** The icons of a procedure's detail (see `shared/icons.ts`), loaded with the detail view. */
export const printIcon = /* @__PURE__ */ icon(
  () =>
    svg`<path d="M6 9V3h12v6M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2"/><path d="M6 14h12v7H6z"/>`,
);
export const externalIcon = /* @__PURE__ */ icon(
  () => svg`<path d="M14 4h6v6m0-6-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/>`,
);
