import { startBrowserMock } from '@hcc/mock-server/browser';
import '../../../src/procedure-finder.js';

/** The screenshot page: the mock API in a service worker, then a finder searching as a citizen types it. */
await startBrowserMock({ readPageUrl: false });
const finder = document.querySelector('hcc-procedure-finder');
await finder?.updateComplete;
finder?.searchFor('dang ky khai sinh');
