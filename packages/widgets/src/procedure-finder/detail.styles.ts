import { css } from 'lit';

/**
 * The procedure detail: essentials first, then collapsible sections, and the documents' checklist. They arrive with
 * the detail view and are added to the finder's shadow root when a procedure is first opened.
 */
export const detailStyles = css`
  /* Blocks stacked in a column: the detail and the groups inside it. */
  .detail,
  .detail-header,
  .block,
  .case,
  .documents,
  .document label {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .document label {
    gap: 0.25em;
  }
  .detail {
    gap: calc(var(--_space) * 1.5);
  }
  .case legend {
    font-weight: 700;
  }
  .prepared {
    font-weight: 600;
  }
  .documents,
  .plain {
    list-style: none;
  }
  .document-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .steps {
    padding-inline-start: 1.5em;
  }
  .steps li + li {
    margin-top: 0.375em;
  }
  .detail-title {
    font-size: 1.25em;
  }
  .block h3 {
    font-size: 1.125em;
    padding-bottom: 0.25em;
    border-bottom: 1px solid var(--_border);
  }
  .notice {
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_warning);
    background: var(--_surface);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    /* Columns share the width and long words wrap, so the table never scrolls sideways at 400 % zoom. */
    table-layout: fixed;
  }
  th,
  td {
    padding: 0.5em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  thead th {
    background: var(--_surface);
  }
  .case legend {
    margin-bottom: 0.5em;
  }
  .document {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .document input {
    width: 1.5em;
    height: 1.5em;
    margin-top: 0.1em;
    accent-color: var(--_primary);
    flex-shrink: 0;
  }
  .document label {
    cursor: pointer;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .checklist-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
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
