import { startBrowserMock } from '@hcc/mock-server/browser';
import '../../../src/dossier-tracker.js';

/**
 * The screenshot page: the mock API in a service worker, then a tracker showing the demo dossier waiting for a
 * supplement (status 5), which shows the most at once: status, paused clock, what was requested, the timeline.
 */
const mock = await startBrowserMock({ readPageUrl: false });
const dossier = mock.db.fixtures.find((entry) => entry.status === 5 && entry.traits.includes('paused'));
if (!dossier) throw new Error('No demo dossier waiting for a supplement');
const tracker = document.querySelector('hcc-dossier-tracker');
tracker?.setAttribute('code', dossier.code);
tracker?.setAttribute('verifier', dossier.verifier);
