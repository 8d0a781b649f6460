import { choiceOption, flagOption, numberOption, textOption, themeOption } from '../shared/config-schema.js';

/** The finder's attributes: what each accepts and the default used when it is absent or unusable. */
export const finderConfig = {
  agency: textOption('agency'),
  field: textOption('field'),
  // 1 to 100: the page sizes the API serves.
  pageSize: numberOption('page-size', { min: 1, max: 100, integer: true }, 10, 20),
  mode: choiceOption('mode', ['server', 'client'] as const, 'server'),
  syncUrl: flagOption('sync-url'),
  theme: themeOption,
};
