import { css } from 'lit';
import { stateStyles } from '../shared/state-views.js';

/** The tracker's own styles, on top of the shared theme. Every size is in `em` from the host's pixel base. */
export const trackerStyles = [
  stateStyles,
  css`
    .tracker {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
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
    .intro,
    .muted,
    .help {
      color: var(--_muted);
    }

    .lookup {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--_space);
      max-width: 36em;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
      width: 100%;
    }
    #verifier {
      max-width: 9em;
    }
    label {
      font-weight: 700;
    }
    .help {
      font-size: 0.875em;
    }
    input {
      min-height: 2.75em;
      padding: 0.5em 0.75em;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_background);
      width: 100%;
    }
    .field.invalid input {
      border-color: var(--_danger);
    }
    .field-error {
      color: var(--_danger);
      font-weight: 700;
      border-inline-start: 0.25em solid var(--_danger);
      padding-inline-start: 0.5em;
    }

    .outcome {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
    }
    .result {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
      border-top: 1px solid var(--_border);
      padding-top: var(--_space);
    }
    #result-heading {
      overflow-wrap: anywhere;
    }
    #result-heading:focus {
      outline: none;
    }
    #result-heading:focus-visible {
      outline: 3px solid var(--_focus);
    }

    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.75);
      align-items: flex-start;
    }
    .status,
    .timeliness {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
      padding: 0.5em 0.75em;
      border: 1px solid var(--_border);
      border-inline-start: 0.3em solid var(--_tone);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .status {
      flex-direction: row;
      align-items: center;
      gap: 0.5em;
      font-weight: 700;
    }
    .status > .icon,
    .timeliness-headline > .icon {
      color: var(--_tone);
    }
    .timeliness-headline {
      display: flex;
      align-items: center;
      gap: 0.5em;
      font-weight: 700;
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
    .tone-stopped,
    .tone-danger {
      --_tone: var(--_danger);
    }

    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(14em, 100%), 1fr));
      gap: 0.75em var(--_space);
    }
    .fact dt {
      color: var(--_muted);
      font-size: 0.875em;
    }
    .fact dd {
      margin: 0;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .former {
      font-weight: 400;
      color: var(--_muted);
    }

    .rate {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 0.75);
      padding: 0.75em;
      border: 2px solid var(--_success);
      border-radius: var(--_radius);
    }

    .timeline-section {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
    }
    h4 {
      font-size: 1.1em;
    }
    .timeline {
      list-style: none;
      margin: 0;
      padding: 0;
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
    .step.done:not(:last-child)::before {
      border-inline-start-color: var(--_success);
    }
    .step-marker {
      display: flex;
      align-items: center;
      justify-content: center;
      width: 1.8em;
      height: 1.8em;
      border: 2px solid var(--_border);
      border-radius: 50%;
      background: var(--_background);
      flex-shrink: 0;
    }
    .step.done .step-marker {
      border-color: var(--_success);
      color: var(--_success);
    }
    .step.current .step-marker {
      border-color: var(--_primary);
      color: var(--_primary);
    }
    .step.pending .step-marker {
      color: var(--_muted);
    }
    .step-marker .icon {
      width: 1em;
      height: 1em;
    }
    .step-body {
      display: flex;
      flex-direction: column;
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
      color: var(--_muted);
      align-self: center;
    }
    .step.current .step-state {
      color: var(--_primary);
    }
    .step.current .step-name {
      font-weight: 700;
    }
    .step-unit,
    .step-date {
      color: var(--_muted);
      font-size: 0.9375em;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
    }
  `,
];
