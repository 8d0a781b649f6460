/** The longest page-feedback comment the API takes (`FeedbackInput.comment`). */
export const FEEDBACK_COMMENT_MAX_LENGTH = 1000;
