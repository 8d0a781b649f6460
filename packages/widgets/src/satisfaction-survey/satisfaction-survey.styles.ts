import { css } from 'lit';

/** The survey's own styles, on top of the shared theme. Sizes in `em` from the host's pixel base. */
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
  form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.25);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
  }
  .field.invalid {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_danger);
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
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .choices.inline {
    flex-direction: row;
    flex-wrap: wrap;
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
  .choices.overall .choice {
    border-color: var(--_border);
  }
  .choice:has(input:checked) {
    border-color: var(--_primary);
    background: var(--_surface);
  }
  .choice input {
    width: 1.25em;
    height: 1.25em;
    accent-color: var(--_primary);
    cursor: pointer;
  }
  .field-error,
  .personal-data {
    display: flex;
    align-items: flex-start;
    gap: 0.375em;
    font-weight: 600;
  }
  .field-error {
    color: var(--_danger);
  }
  .personal-data {
    color: var(--_warning);
  }
  .warning {
    font-size: 0.9375em;
  }
  textarea,
  input.verifier {
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
  input.verifier {
    max-width: 8em;
    letter-spacing: 0.2em;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .counter.over {
    color: var(--_danger);
    font-weight: 600;
  }
  .actions,
  .yes-no {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .yes-no .button {
    min-width: 6em;
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 0.15em solid currentColor;
    border-top-color: transparent;
    border-radius: 50%;
    animation: hcc-spin 0.8s linear infinite;
  }
  .error-summary {
    padding: var(--_space);
    border: 0.2em solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error-summary h3,
  .result-title {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-size: 1.125em;
  }
  .error-summary h3 {
    color: var(--_danger);
  }
  .error-summary ul {
    margin-top: 0.5em;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .result {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5em;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    border-inline-start: 0.3em solid var(--_success);
  }
  .result.success .result-title {
    color: var(--_success);
  }
  .result.pending {
    border-inline-start-color: var(--_warning);
  }
  .result.problem {
    border-inline-start-color: var(--_danger);
  }
  .result.problem .result-title {
    color: var(--_danger);
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }
`;
