import type { ScriptDownload } from './script-downloads.js';
import type { WidgetTag } from './page-probe.js';

/** The ES module of a widget in `dist/cdn/`, which the loader imports when the page uses that widget. */
export function widgetModule(tag: WidgetTag): string {
  return `${tag}.module.js`;
}

/** The file names of the downloads, in order. */
export function fileNames(downloads: readonly { name: string }[]): string[] {
  return downloads.map((download) => download.name);
}

/** How many times each URL was requested: a module fetched twice would show as 2. */
export function requestCounts(urls: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const url of urls) counts[url] = (counts[url] ?? 0) + 1;
  return counts;
}

/** The total gzip size of downloads, in bytes. */
export function gzipTotal(downloads: readonly ScriptDownload[]): number {
  return downloads.reduce((total, download) => total + download.gzipBytes, 0);
}
