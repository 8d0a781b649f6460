import { type Browser, chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../../tools/chromium.mjs';

/** Launches headless Debian Chromium with the project's flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}
