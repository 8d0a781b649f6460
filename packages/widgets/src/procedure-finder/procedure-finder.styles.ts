import { css } from 'lit';

/** The finder's own styles; tokens, reset and buttons come from the shared theme. */
export const finderStyles = css`
  .finder {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .title {
    font-size: 1.375em;
  }
  .list-view,
  .detail-view {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .search-label {
    font-weight: 700;
  }
  .hint,
  .muted,
  .count {
    color: var(--_muted);
  }
  .search-row {
    position: relative;
    display: flex;
    align-items: center;
  }
  .search-icon {
    position: absolute;
    inset-inline-start: 0.75em;
    color: var(--_muted);
    display: flex;
  }
  .search-input {
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em 2.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
  }
  .search-input::-webkit-search-cancel-button {
    display: none;
  }
  .search-input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .clear {
    position: absolute;
    inset-inline-end: 0.25em;
    display: flex;
    align-items: center;
    justify-content: center;
    width: 2.25em;
    height: 2.25em;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(12em, 100%), 1fr));
    gap: calc(var(--_space) * 0.75);
    align-items: end;
  }
  .filter {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .filter label {
    font-weight: 600;
  }
  select {
    min-height: 2.75em;
    padding: 0.25em 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    max-width: 100%;
  }
  .results,
  .documents,
  .plain,
  .suggestions {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .results {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .result-button {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25em 0.75em;
    width: 100%;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    text-align: start;
  }
  .result-button:hover {
    border-color: var(--_primary);
  }
  .result-name {
    font-weight: 700;
    color: var(--_primary);
  }
  .result-chevron {
    grid-row: 1 / span 2;
    grid-column: 2;
    align-self: center;
    color: var(--_muted);
  }
  .result-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .code {
    font-variant-numeric: tabular-nums;
  }
  mark {
    background: var(--_highlight);
    color: inherit;
    border-radius: 0.15em;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding: 0 0.5em;
    border: 1px solid var(--_success);
    border-radius: 1em;
    color: var(--_success);
    font-weight: 600;
  }
  .badge.online-partial {
    border-color: var(--_warning);
    color: var(--_warning);
  }
  .more {
    align-self: center;
  }
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .suggestion {
    min-height: 2.75em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_primary);
    border-radius: 1.5em;
    background: var(--_background);
    color: var(--_primary);
  }
  .bullets,
  .steps {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .bullets li + li,
  .steps li + li {
    margin-top: 0.375em;
  }
  .back {
    align-self: flex-start;
  }
  .detail {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
  }
  .detail-header {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .detail-title {
    font-size: 1.25em;
  }
  .detail-title:focus {
    outline: none;
  }
  .detail-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .block {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
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
  .channels thead th:nth-child(-n + 2) {
    min-width: 8em;
  }
  .case {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .case legend {
    font-weight: 700;
    margin-bottom: 0.5em;
  }
  .documents {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
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
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    cursor: pointer;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .document-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .checklist-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .prepared {
    font-weight: 600;
  }
  .apply {
    align-self: flex-start;
  }
`;
