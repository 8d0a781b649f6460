import { css } from 'lit';

/** The styles of the page-feedback question's yes/no buttons, added with its piece (`page-feedback-view.ts`). */
export const feedbackStyles = css`
  .yes-no {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .yes-no .button {
    min-width: 6em;
  }
`;
