import { css } from 'lit';

/**
 * The survey's own styles for its first render (the form, and the failure panel that must show when nothing else
 * could be loaded), on top of the shared theme and state views (which give the spinner its turn and slow it down for
 * reduced motion). Sizes in `em` from the host's pixel base. What shows only after an answer comes with the pieces
 * that render it (`survey-outcome.styles.ts`, `page-feedback.styles.ts`).
 */
export const surveyStyles = css`
  .survey {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  h2 {
    font-size: 1.25em;
  }
  .dossier,
  .hint,
  .counter,
  .muted {
    color: var(--_muted);
  }
  .dossier {
    margin-top: -0.5em;
    overflow-wrap: anywhere;
  }
  form,
  .field,
  .choices,
  .result {
    display: flex;
    flex-direction: column;
  }
  form {
    gap: calc(var(--_space) * 1.25);
  }
  .field {
    gap: 0.375em;
  }
  legend,
  .label,
  .question {
    font-weight: 700;
  }
  legend {
    margin-bottom: 0.375em;
  }
  .muted {
    font-weight: 400;
  }
  .choices {
    gap: 0.25em;
  }
  .inline {
    flex-flow: row wrap;
    gap: 0.25em 0.5em;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.625em;
    min-height: 2.75em;
    padding: 0.25em 0.75em 0.25em 0.5em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .overall .choice {
    border-color: var(--_border);
  }
  .choice:has(:checked) {
    border-color: var(--_primary);
    background: var(--_surface);
  }
  .choice input {
    width: 1.25em;
    height: 1.25em;
    accent-color: var(--_primary);
    cursor: pointer;
  }
  .over {
    font-weight: 600;
  }
  .over,
  .problem .result-title {
    color: var(--_danger);
  }
  .warning {
    font-size: 0.9375em;
  }
  textarea,
  .verifier {
    width: 100%;
    padding: 0.5em 0.625em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  textarea {
    min-height: 6em;
    resize: vertical;
  }
  .verifier {
    max-width: 8em;
    letter-spacing: 0.2em;
  }
  [type='submit'] {
    align-self: flex-start;
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  /* On a button, in its text colour. */
  .spinner {
    width: 1em;
    height: 1em;
    border: 0.15em solid;
    border-top-color: transparent;
  }
  .result-title {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-size: 1.125em;
  }
  .result {
    align-items: flex-start;
    gap: 0.5em;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    border-inline-start: 0.3em solid var(--_success);
  }
  .problem {
    border-inline-start-color: var(--_danger);
  }
`;
