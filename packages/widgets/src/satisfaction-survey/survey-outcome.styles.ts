import { css } from 'lit';

/**
 * The styles of what the survey shows once the citizen has answered, added with the outbox's piece
 * (`after-answer.ts`): the error summary, the fields to fix and their messages, the personal-data hint under a
 * comment, and the thank-you and saved panels (the failure panel's look ships with the widget, in
 * `satisfaction-survey.styles.ts`).
 */
export const outcomeStyles = css`
  .invalid {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_danger);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .field-error,
  .personal-data {
    display: flex;
    align-items: flex-start;
    gap: 0.375em;
  }
  .field-error,
  .personal-data,
  .error-summary a {
    font-weight: 600;
  }
  .personal-data {
    color: var(--_warning);
  }
  .field-error,
  .error-summary :is(h3, a) {
    color: var(--_danger);
  }
  .error-summary {
    padding: var(--_space);
    border: 0.2em solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error-summary h3 {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-size: 1.125em;
  }
  .error-summary ul {
    margin-top: 0.5em;
    padding-inline-start: 1.25em;
  }
  .success .result-title {
    color: var(--_success);
  }
  .pending {
    border-inline-start-color: var(--_warning);
  }
`;
