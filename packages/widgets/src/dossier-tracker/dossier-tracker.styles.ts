import { css } from 'lit';
import { stateStyles } from '../shared/state-views.js';

/** The tracker's own styles, on top of the shared theme. Every size is in `em` from the host's pixel base. */
export const trackerStyles = [
  stateStyles,
  css`
    .tracker,
    .lookup,
    .field,
    .outcome,
    .result,
    .timeliness,
    .timeline-section,
    .step-body {
      display: flex;
      flex-direction: column;
    }
    .tracker,
    .lookup,
    .outcome,
    .result {
      gap: var(--_space);
    }
    .tracker {
      padding: var(--_space);
      /* Dossier codes are long unbroken words: at 400 % zoom they must wrap rather than scroll sideways. */
      overflow-wrap: anywhere;
    }
    h2 {
      font-size: 1.375em;
    }
    h3 {
      font-size: 1.2em;
    }
    h4 {
      font-size: 1.1em;
    }
    .muted,
    .hint,
    .fact dt,
    .former,
    .step-state,
    .step-unit,
    .step-date {
      color: var(--_muted);
    }
    .hint,
    .fact dt {
      font-size: 0.875em;
    }

    .lookup {
      align-items: flex-start;
      max-width: 36em;
    }
    .field,
    .timeliness {
      gap: 0.25em;
    }
    .field {
      width: 100%;
    }
    #verifier {
      max-width: 9em;
    }
    label,
    .field-error,
    .status,
    .timeliness-headline {
      font-weight: 700;
    }
    input {
      min-height: 2.75em;
      padding: 0.5em 0.75em;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_background);
    }
    .invalid input {
      border-color: var(--_danger);
    }
    .field-error {
      display: flex;
      align-items: flex-start;
      gap: 0.375em;
      color: var(--_danger);
      border-inline-start: 0.25em solid; /* currentColor: the danger colour above */
      padding-inline-start: 0.5em;
    }

    .result {
      border-top: 1px solid var(--_border);
      padding-top: var(--_space);
    }

    .badges,
    .rate,
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 0.75);
    }
    .badges {
      align-items: flex-start;
    }
    .status,
    .timeliness {
      padding: 0.5em 0.75em;
      border: 1px solid var(--_border);
      border-inline-start: 0.3em solid var(--_tone);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .status,
    .timeliness-headline {
      display: flex;
      align-items: center;
      gap: 0.5em;
    }
    /* Outside a tone, --_tone is unset and the icon keeps the colour of its text. */
    .icon {
      color: var(--_tone);
    }
    .tone-neutral {
      --_tone: var(--_muted);
    }
    .tone-progress {
      --_tone: var(--_primary);
    }
    .tone-attention {
      --_tone: var(--_warning);
    }
    .tone-success {
      --_tone: var(--_success);
    }
    .tone-danger {
      --_tone: var(--_danger);
    }

    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(14em, 100%), 1fr));
      gap: 0.75em var(--_space);
    }
    .fact dd {
      font-weight: 600;
    }
    .former {
      font-weight: 400;
    }

    .rate {
      padding: 0.75em;
      border: 2px solid var(--_success);
      border-radius: var(--_radius);
    }
    .actions {
      gap: var(--_space);
    }

    .timeline-section {
      gap: 0.5em;
    }
    .timeline {
      list-style: none;
    }
    .step {
      position: relative;
      display: flex;
      gap: 0.75em;
      padding-bottom: 0.75em;
    }
    .step:not(:last-child)::before {
      content: '';
      position: absolute;
      inset-inline-start: 0.9em;
      top: 2em;
      bottom: 0;
      border-inline-start: 2px solid var(--_border);
    }
    /* A done step is drawn in the success tone, the current one in the primary colour, a pending one muted. */
    .done {
      --_tone: var(--_success);
    }
    .current {
      --_tone: var(--_primary);
    }
    .step.done::before {
      border-color: var(--_tone);
    }
    .step-marker {
      display: grid;
      place-items: center;
      width: 1.8em;
      height: 1.8em;
      border: 2px solid var(--_tone, var(--_border));
      border-radius: 50%;
      color: var(--_tone, var(--_muted));
      flex-shrink: 0;
    }
    .current .step-state {
      color: var(--_tone);
    }
    .step-marker .icon {
      width: 1em;
      height: 1em;
    }
    .step-body {
      gap: 0.125em;
    }
    .step-name {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5em;
      font-weight: 600;
    }
    .step-state {
      font-size: 0.8125em;
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.02em;
      align-self: center;
    }
    .current .step-name {
      font-weight: 700;
    }
    .step-unit,
    .step-date {
      font-size: 0.9375em;
    }
  `,
];
