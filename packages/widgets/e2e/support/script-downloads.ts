import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** One script the page downloaded (classic or module), with its size as sent and gzipped. */
export interface ScriptDownload {
  readonly url: string;
  /** The file name, e.g. `hcc-dossier-tracker.module.js`. */
  readonly name: string;
  readonly bytes: number;
  /** Gzip at level 9, as size-limit measures (each file is compressed on its own on the wire). */
  readonly gzipBytes: number;
}

/** Every script response of a page, recorded from before it loads. */
export interface ScriptDownloads {
  /** The script URLs requested so far, in order. */
  urls(): string[];
  /** The downloads so far, once their bodies have been read. */
  settled(): Promise<ScriptDownload[]>;
}

/** Starts recording the scripts a page downloads: call before `page.goto`. */
export function recordScriptDownloads(page: Page): ScriptDownloads {
  const urls: string[] = [];
  const downloads: Array<Promise<ScriptDownload>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    const url = response.url();
    urls.push(url);
    const name = new URL(url).pathname.split('/').pop() ?? url;
    downloads.push(
      response
        .body()
        .then((body) => ({ url, name, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length }))
        // A response the browser refused (CORS) has no body to count.
        .catch(() => ({ url, name, bytes: 0, gzipBytes: 0 })),
    );
  });
  return { urls: () => [...urls], settled: () => Promise.all(downloads) };
}
