import { css } from 'lit';

/** The procedure detail: essentials first, then collapsible sections. */
export const detailStyles = css`
  .essentials {
    display: grid;
    gap: 0.75em;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .facts {
    display: grid;
    gap: 0.5em;
    margin: 0;
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dd {
    margin: 0;
  }
  .places {
    margin-top: 0.25em;
  }
  /* Closed sections follow each other without gaps: a short list of titles to open. */
  details.block {
    display: block;
    border-bottom: 1px solid var(--_border);
  }
  /* A list-item summary keeps the browser's disclosure triangle; 44 px high for touch. */
  details.block > summary {
    display: list-item;
    min-height: 2.75em;
    padding: 0.625em 0;
    cursor: pointer;
  }
  details.block > summary::marker {
    color: var(--_primary);
  }
  details.block > summary h3 {
    display: inline;
    border: 0;
    padding: 0;
  }
  .summary-note {
    margin-inline-start: 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .section-body {
    display: grid;
    gap: 0.75em;
    padding-bottom: var(--_space);
  }
  .source-text {
    white-space: pre-line;
  }
  .substeps,
  .steps .bullets {
    margin-top: 0.375em;
    padding-inline-start: 1.5em;
  }
  .substeps {
    list-style-type: lower-alpha;
  }
  .substeps li + li {
    margin-top: 0.25em;
  }
  .step-name {
    display: block;
  }
  .document-intro {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .document-note {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_border);
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
`;
