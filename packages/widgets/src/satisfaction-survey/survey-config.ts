import { textOption, themeOption } from '../shared/config-schema.js';

/** The survey's attributes: what each accepts and the default used when it is absent or unusable. */
export const surveyConfig = {
  dossier: textOption('dossier'),
  verifier: textOption('verifier'),
  theme: themeOption,
};
