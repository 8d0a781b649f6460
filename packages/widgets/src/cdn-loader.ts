/**
 * `dist/cdn/hcc-widgets.js`, the one script tag of the embed: a small classic script that watches the document for
 * the widgets' tags and imports each used widget's ES module once, with the chunks it shares with the others, from
 * the folder the script itself came from (so any CDN or sub-folder works). The browser loads each chunk once. A
 * second copy of the script, or the one-file bundle, on the same page changes nothing: the first loader keeps
 * watching, and a tag that is already defined is never loaded again.
 */
import { reportLoadFailure } from './cdn-load-failure.js';
import { type CdnWidgetTag, cdnModuleFile, cdnWidgetTags } from './cdn-widgets.js';

/**
 * The chunks each widget's module imports (`hcc-chunk-<hash>.js`), by tag: written in by the CDN build
 * (`scripts/cdn-modules.mjs`), absent from any other build.
 */
declare const HCC_CDN_CHUNKS: Partial<Record<CdnWidgetTag, readonly string[]>> | undefined;

/** Marks the page as watched. A symbol, so the loader adds no name to `window`. */
const running = Symbol.for('hcc-widgets.loader');

/**
 * The script's own URL. `currentScript` is set while a classic script runs (also with `defer` or `async`); the
 * search by name covers the odd host that inserts it some other way.
 */
function ownUrl(): string {
  const script = (document.currentScript ??
    document.querySelector('script[src*="hcc-widgets"]')) as HTMLScriptElement | null;
  return script?.src || document.baseURI;
}

/** Whether `node` is one of `tag`'s elements or holds one (the document, or an element the page just added). */
function holds(node: Node, tag: string): boolean {
  // Text and comment nodes hold nothing; the document has no `localName`.
  const parent = node as Element;
  return 'getElementsByTagName' in node && (parent.localName === tag || parent.getElementsByTagName(tag).length > 0);
}

function start(): void {
  const page = globalThis as unknown as Record<symbol, true>;
  if (page[running]) return;
  page[running] = true;
  const base = ownUrl();
  const waiting = new Set<CdnWidgetTag>(cdnWidgetTags);

  const loadUsedWidgets = (nodes: Iterable<Node>): void => {
    for (const node of nodes) {
      for (const tag of waiting) {
        // Defined already (the bundle, or the page's own build): nothing to load.
        if (customElements.get(tag)) waiting.delete(tag);
        else if (holds(node, tag)) {
          waiting.delete(tag);
          const url = new URL(cdnModuleFile(tag), base).href;
          import(url).catch((error: unknown) => reportLoadFailure(tag, url, error));
          // Its chunks too, at once: the module's own imports would ask for them only once it has arrived, one more
          // round trip on a slow network. A chunk that fails fails the module's import, which reports it.
          const chunks = typeof HCC_CDN_CHUNKS === 'undefined' ? [] : (HCC_CDN_CHUNKS[tag] ?? []);
          for (const chunk of chunks) import(new URL(chunk, base).href).catch(() => undefined);
        }
      }
    }
    if (waiting.size === 0) observer.disconnect();
  };
  // The parser adds the page's tags after this script runs, and a CMS may add more later: watch the whole document,
  // looking only into what was added, so a busy page costs little.
  const observer = new MutationObserver((records) => {
    for (const record of records) loadUsedWidgets(record.addedNodes);
  });
  observer.observe(document, { childList: true, subtree: true });
  loadUsedWidgets([document]);
}

start();
