import type { Message } from '../shared/i18n.js';
import type { NoResultsStringKey } from './no-results.strings.js';

/** English, loaded the first time nothing is found in English (`lang="en"`). Same keys as the Vietnamese table. */
export default {
  'empty.title': 'No matching procedure',
  'empty.hint': 'You can try:',
  'empty.spelling': 'checking the spelling or typing fewer words',
  'empty.code': 'searching by procedure code, for example 1.001193',
  'empty.filters': 'removing some filters',
  'empty.examples': 'or search for a common procedure:',
} satisfies Record<NoResultsStringKey, Message>;
