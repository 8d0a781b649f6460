/**
 * `@hcc/widgets/react`: React components over the three elements (made with `@lit/react`), with typed props and
 * `on…` callbacks for the `hcc-*` events. Importing this module registers the elements.
 *
 * ```tsx
 * <DossierTracker apiBase="https://dichvucong.bacninh.gov.vn/api/v1" onHccDossierLoad={(event) => event.detail.code} />
 * ```
 * @module
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { HccDossierTracker } from './dossier-tracker.js';
import { HccProcedureFinder } from './procedure-finder.js';
import { HccSatisfactionSurvey } from './satisfaction-survey.js';
import type { HccEvent } from './shared/events.js';

const errorEvent = 'hcc-error' as EventName<HccEvent<'hcc-error'>>;

/** `<hcc-procedure-finder>` for React: `onHccProcedureSelect` when a procedure is opened, `onHccError` on failure. */
export const ProcedureFinder = createComponent({
  react: React,
  tagName: 'hcc-procedure-finder',
  elementClass: HccProcedureFinder,
  displayName: 'ProcedureFinder',
  events: {
    onHccProcedureSelect: 'hcc-procedure-select' as EventName<HccEvent<'hcc-procedure-select'>>,
    onHccError: errorEvent,
  },
});

/** `<hcc-dossier-tracker>` for React: `onHccDossierLoad` when a dossier is shown, `onHccError` on failure. */
export const DossierTracker = createComponent({
  react: React,
  tagName: 'hcc-dossier-tracker',
  elementClass: HccDossierTracker,
  displayName: 'DossierTracker',
  events: {
    onHccDossierLoad: 'hcc-dossier-load' as EventName<HccEvent<'hcc-dossier-load'>>,
    onHccError: errorEvent,
  },
});

/** `<hcc-satisfaction-survey>` for React: `onHccRatingSubmit` when a rating or feedback is sent or queued. */
export const SatisfactionSurvey = createComponent({
  react: React,
  tagName: 'hcc-satisfaction-survey',
  elementClass: HccSatisfactionSurvey,
  displayName: 'SatisfactionSurvey',
  events: {
    onHccRatingSubmit: 'hcc-rating-submit' as EventName<HccEvent<'hcc-rating-submit'>>,
    onHccError: errorEvent,
  },
});

export type { DossierLoadDetail } from './dossier-tracker.js';
export type { ProcedureSelectDetail } from './procedure-finder.js';
export type { RatingSubmitDetail } from './satisfaction-survey.js';
export type { HccErrorDetail, HccEvent } from './shared/events.js';
