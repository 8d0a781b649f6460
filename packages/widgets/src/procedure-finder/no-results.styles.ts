import { css } from 'lit';

/** The common procedures a search that found nothing offers: added to the finder's styles with that view. */
export const noResultsStyles = css`
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
  }
  .suggestion {
    min-height: 2.75em;
    padding: 0.25em 0.75em;
    border: 1px solid;
    border-radius: 1.5em;
    background: var(--_background);
    color: var(--_primary);
  }
`;
