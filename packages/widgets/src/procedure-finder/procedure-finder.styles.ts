import { css } from 'lit';

/**
 * The finder's own styles; tokens, reset (lists and fieldsets without margins, form controls inheriting font and
 * colour), buttons and the focus ring come from the shared theme.
 */
export const finderStyles = css`
  /* Blocks stacked in a column: the widget, its two views, and the groups inside them. */
  .finder,
  .list-view,
  .detail-view,
  .search,
  .search .field,
  .filter,
  .results {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .finder,
  .list-view,
  .detail-view {
    gap: var(--_space);
  }
  .search,
  .search .field,
  .filter {
    gap: 0.25em;
  }
  .title {
    font-size: 1.375em;
  }
  .search-label,
  .result-name {
    font-weight: 700;
  }
  .filter label,
  .badge {
    font-weight: 600;
  }
  .hint,
  .muted,
  .count,
  .search-icon,
  .result-chevron,
  .result-meta {
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
    display: flex;
  }
  .search-input,
  select {
    min-height: 2.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .search-input {
    width: 100%;
    padding: 0.5em 2.75em;
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
    display: grid;
    place-items: center;
    width: 2.25em;
    height: 2.25em;
    border: 0;
    border-radius: var(--_radius);
    background: none;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(12em, 100%), 1fr));
    gap: calc(var(--_space) * 0.75);
    align-items: end;
  }
  select {
    padding: 0.25em 0.5em;
    max-width: 100%;
  }
  .results {
    list-style: none;
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
    text-align: start;
  }
  .result-button:hover {
    border-color: var(--_primary);
  }
  .result-name {
    color: var(--_primary);
  }
  .result-chevron {
    grid-row: 1 / span 2;
    grid-column: 2;
    align-self: center;
  }
  .result-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.875em;
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
  }
  .badge.online-partial {
    border-color: var(--_warning);
    color: var(--_warning);
  }
  .bullets {
    padding-inline-start: 1.5em;
  }
  .bullets li + li {
    margin-top: 0.375em;
  }
  .back {
    align-self: flex-start;
  }
`;
