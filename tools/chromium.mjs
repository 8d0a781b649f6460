// How every test and script in the repository starts a browser: Debian's Chromium (never a downloaded one), with the
// flags that keep it quiet on these machines (see STACK.md).

/** Debian's Chromium (`apt-get install chromium`). */
export const chromiumExecutable = '/usr/bin/chromium';

/** No sandbox in containers, no GPU, no background traffic, and no name lookup leaves 127.0.0.1. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** Launch options for Playwright's `chromium.launch()` and vitest's browser provider. */
export const chromiumLaunchOptions = { executablePath: chromiumExecutable, args: chromiumArgs, headless: true };
