// Lighthouse (mobile: a mid-range phone on a slow 4G network, simulated) on the built demo's pages, served
// compressed on 127.0.0.1. Prints one table of the median of three runs per page. Usage:
//   npm run lighthouse -w demo [-- index.html try.html …]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumExecutable } from '../../../tools/chromium.mjs';
import { buildAndPreview } from './preview-server.mjs';

const RUNS = 3;
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['index.html'];

const outDir = await mkdtemp(join(tmpdir(), 'hcc-demo-lighthouse-'));
const { server, url } = await buildAndPreview({ outDir });
const chrome = await chromeLauncher.launch({ chromePath: chromiumExecutable, chromeFlags: chromiumArgs });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  const rows = [];
  for (const page of pages) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const { lhr } = await lighthouse(new URL(page, url).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      runs.push({
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
        fcp: lhr.audits['first-contentful-paint'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        si: lhr.audits['speed-index'].numericValue,
        failed: Object.values(lhr.audits)
          .filter((audit) => audit.score === 0 && audit.scoreDisplayMode === 'binary')
          .map((audit) => audit.id),
      });
    }
    const pick = (key) => median(runs.map((run) => run[key]));
    rows.push({
      page,
      performance: pick('performance'),
      'each run': runs.map((run) => run.performance).join(' '),
      accessibility: pick('accessibility'),
      'best practices': pick('bestPractices'),
      'FCP s': (pick('fcp') / 1000).toFixed(1),
      'LCP s': (pick('lcp') / 1000).toFixed(1),
      'TBT ms': Math.round(pick('tbt')),
      CLS: pick('cls').toFixed(3),
      'SI s': (pick('si') / 1000).toFixed(1),
      'failed audits': [...new Set(runs.flatMap((run) => run.failed))].join(' ') || '—',
    });
  }
  console.table(rows);
} finally {
  chrome.kill();
  await server.close();
  await rm(outDir, { recursive: true, force: true });
}
