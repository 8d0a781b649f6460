import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium: Playwright never downloads a browser on these machines. */
const executablePath = '/usr/bin/chromium';

/** Flags from STACK.md: no sandbox in containers, no GPU, and no request leaves 127.0.0.1. */
const launchFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** Launches headless Debian Chromium with the project's flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath, args: launchFlags, headless: true });
}
