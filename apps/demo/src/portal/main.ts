import { markPageReady, startPage } from '../shell/start-page.js';
import { portalEnglish } from './portal.strings.js';
import { wireRatingFlow } from './rating-flow.js';

await startPage('portal', portalEnglish);
await Promise.all([
  import('@hcc/widgets/procedure-finder'),
  import('@hcc/widgets/dossier-tracker'),
  import('@hcc/widgets/satisfaction-survey'),
]);

wireRatingFlow(
  document.querySelector('hcc-dossier-tracker') as HTMLElement,
  document.getElementById('rating-slot') as HTMLElement,
  document.getElementById('rating-hint') as HTMLElement,
  '/api/v1',
);
markPageReady();
