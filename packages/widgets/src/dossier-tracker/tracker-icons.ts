import { type SVGTemplateResult, svg } from 'lit';
import { checkIcon, icon } from '../shared/icons.js';
import type { DossierStatusKey } from '@hcc/sdk';
import type { TimelinessTone } from './timeliness-presentation.js';

/** One distinct shape per national status, so the status reads without colour. */
export const statusIcons: Record<DossierStatusKey, SVGTemplateResult> = {
  // an inbox
  registered: icon(() => svg`<path d="M4 13h4l2 3h4l2-3h4M5.5 5h13L21 13v6H3v-6z"/>`),
  // a clipboard with a tick
  received: icon(() => svg`<path d="M9 4h6v3H9zM7 5H5v16h14V5h-2"/><path d="m9 14 2 2 4-4"/>`),
  // a crossed-out circle
  rejected: icon(() => svg`<circle cx="12" cy="12" r="9"/><path d="m5.7 5.7 12.6 12.6"/>`),
  // a cog
  processing: icon(
    () =>
      svg`<circle cx="12" cy="12" r="3"/><path d="M12 2v3m0 14v3M4.9 4.9 7 7m10 10 2.1 2.1M2 12h3m14 0h3M4.9 19.1 7 17m10-10 2.1-2.1"/>`,
  ),
  // a page with a plus
  'supplement-requested': icon(() => svg`<path d="M14 3H6v18h12V7z"/><path d="M14 3v4h4M12 11v6m-3-3h6"/>`),
  // a coin
  'payment-requested': icon(
    () =>
      svg`<circle cx="12" cy="12" r="9"/><path d="M15 9.5c-.5-1-1.6-1.5-3-1.5-1.7 0-3 .8-3 2s1.3 1.6 3 2 3 .8 3 2-1.3 2-3 2c-1.4 0-2.5-.5-3-1.5M12 6v2m0 8v2"/>`,
  ),
  // an arrow turning back
  withdrawn: icon(() => svg`<path d="M9 14 4 9l5-5"/><path d="M4 9h10a6 6 0 0 1 0 12h-3"/>`),
  // a pause sign
  stopped: icon(() => svg`<circle cx="12" cy="12" r="9"/><path d="M10 9v6m4-6v6"/>`),
  // a tick in a circle
  processed: icon(() => svg`<circle cx="12" cy="12" r="9"/><path d="m8 12 3 3 5-6"/>`),
  // a hand handing over a paper
  returned: icon(
    () =>
      svg`<path d="M3 15h4l5 2h4a2 2 0 0 0 0-4h-3M7 15v5M16 13l4-2a1.6 1.6 0 0 1 1 3l-7 5-7-2"/><path d="M10 4h7v6h-7z"/>`,
  ),
};

/** Icons of the on-time line, one per tone: a clock, a pause sign, a tick, a warning triangle. */
export const timelinessIcons: Record<TimelinessTone, SVGTemplateResult> = {
  neutral: icon(() => svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`),
  attention: statusIcons.stopped,
  success: statusIcons.processed,
  danger: icon(() => svg`<path d="M12 3 2 20h20z"/><path d="M12 10v4m0 3h.01"/>`),
};

/** Markers of the timeline steps: done, current, pending. */
export const stepIcons = {
  done: checkIcon,
  current: icon(() => svg`<circle cx="12" cy="12" r="4" fill="currentColor"/>`),
  pending: icon(() => svg`<circle cx="12" cy="12" r="4"/>`),
};

/** The icon of the rating invitation. */
export const starIcon = icon(
  () => svg`<path d="m12 3 2.8 5.7 6.2.9-4.5 4.4 1 6.2L12 17.3 6.5 20.2l1-6.2L3 9.6l6.2-.9z"/>`,
);
