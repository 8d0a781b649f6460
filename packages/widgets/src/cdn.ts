/**
 * The one-file bundle (`dist/cdn/hcc-widgets.bundle.js`): a classic script, built as an IIFE with Lit and the SDK
 * inside, that registers the three elements, for hosts that can serve only one file. It exports nothing, so it adds
 * no global besides the elements themselves, and a page that includes it twice keeps the first registration.
 */
import './procedure-finder.js';
import './dossier-tracker.js';
import './satisfaction-survey.js';
