/**
 * The one-file embed (`dist/cdn/hcc-widgets.js`): a classic script, built as an IIFE with Lit and the SDK inside,
 * that registers the three elements. It exports nothing, so it adds no global besides the elements themselves, and
 * a page that includes it twice keeps the first registration.
 */
import './procedure-finder.js';
import './dossier-tracker.js';
import './satisfaction-survey.js';
