import { numberOption, textOption, themeOption } from '../shared/config-schema.js';

/** The tracker's attributes: what each accepts and the default used when it is absent or unusable. */
export const trackerConfig = {
  code: textOption('code'),
  verifier: textOption('verifier'),
  // Minutes; absent means no polling.
  poll: numberOption('poll', { min: 1, unit: 'minutes between refreshes' }, undefined, 10),
  surveyUrl: textOption('survey-url'),
  theme: themeOption,
};
