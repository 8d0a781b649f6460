import type { BrowserContext, Page } from 'playwright-core';

/** A Content-Security-Policy violation as the page saw it (`securitypolicyviolation`). */
export interface CspViolation {
  directive: string;
  blockedUri: string;
  sourceFile: string;
  line: number;
  sample: string;
}

/** What the page recorded about itself: see {@link installProbe}. */
export interface ProbeRecord {
  /** `window` property names before any page script ran. */
  baseline: string[];
  violations: CspViolation[];
  /** `hcc-*` events caught on `document`: name and `detail`. */
  events: Array<{ type: string; detail: unknown }>;
}

/** The tags of the three widgets. */
export const widgetTags = ['hcc-procedure-finder', 'hcc-dossier-tracker', 'hcc-satisfaction-survey'] as const;
export type WidgetTag = (typeof widgetTags)[number];

/**
 * Records, from before the first page script: the globals that exist, every CSP violation, and the `hcc-*` events.
 * Init scripts run through DevTools, so a strict CSP does not block the probe itself.
 */
export async function installProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const record = { baseline: Object.getOwnPropertyNames(window), violations: [], events: [] } as {
      baseline: string[];
      violations: unknown[];
      events: unknown[];
    };
    Object.defineProperty(window, '__hccProbe', { value: record, enumerable: false });
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        record.violations.push({
          directive: event.effectiveDirective,
          blockedUri: event.blockedURI,
          sourceFile: event.sourceFile,
          line: event.lineNumber,
          sample: event.sample,
        }),
      true,
    );
    for (const type of ['hcc-procedure-select', 'hcc-dossier-load', 'hcc-rating-submit', 'hcc-error']) {
      document.addEventListener(type, (event) =>
        record.events.push({ type, detail: JSON.parse(JSON.stringify((event as CustomEvent).detail ?? null)) }),
      );
    }
  });
}

/** The probe's record so far. */
export function readProbe(page: Page): Promise<ProbeRecord> {
  return page.evaluate(() => (window as unknown as { __hccProbe: ProbeRecord }).__hccProbe);
}

/**
 * Collects uncaught exceptions, console errors (CSP refusals are logged there too) and failed HTTP responses of a
 * page. The browser's own "Failed to load resource" line is left out: the response, with its URL, says more.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`http ${response.status()}: ${response.url()}`);
  });
  return errors;
}

/** Window properties added since the probe's baseline (the probe's own excluded). */
export async function addedGlobals(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { baseline } = (window as unknown as { __hccProbe: { baseline: string[] } }).__hccProbe;
    const before = new Set(baseline);
    return Object.getOwnPropertyNames(window).filter((name) => !before.has(name) && name !== '__hccProbe');
  });
}

/** Waits until the elements (by default the three) are defined and have rendered once. */
export async function waitForWidgets(page: Page, tags: readonly WidgetTag[] = widgetTags): Promise<void> {
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) => {
        const element = document.querySelector(tag) as (HTMLElement & { hasUpdated?: boolean }) | null;
        return customElements.get(tag) !== undefined && element?.shadowRoot && element.hasUpdated;
      }),
    tags,
  );
}
