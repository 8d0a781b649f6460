import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** Lit's own version markers, shared by every copy of Lit on a page (and the metadata map its decorators use). */
export const litMarkers = ['litPropertyMetadata', 'reactiveElementVersions', 'litHtmlVersions', 'litElementVersions'];

/**
 * What makes a file a classic script that any host can serve: one IIFE (then the licences of Lit), no static module
 * syntax (`import`/`export` statements, `import.meta`), and only ASCII, so a server that declares another charset (or
 * none) cannot garble it. Dynamic `import()` is allowed in a classic script: it is counted, since the loader must use
 * it and the one-file bundle must not (it has no files to import).
 */
export async function readScriptShape(fileName: string) {
  const source = await readFile(new URL(`../../dist/cdn/${fileName}`, import.meta.url), 'utf8');
  const code = source.replace(/\/\*! Bundled license information:[\s\S]*\*\/\s*$/, '').trimEnd();
  return {
    opensAnIife: code.startsWith('"use strict";(()=>{'),
    closesIt: code.endsWith('})();'),
    usesModuleSyntax: /\bimport\s*[{"'*]|\bimport\s+[\w$]+\s+from\b|\bexport\s*[{*]|import\.meta/.test(code),
    dynamicImports: code.match(/\bimport\(/g)?.length ?? 0,
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at NUL on purpose: everything past ASCII.
    nonAscii: source.match(/[^\x00-\x7f]/g)?.length ?? 0,
  };
}

/** The shape of the one-file bundle: a classic script that imports nothing. */
export const classicScript = {
  opensAnIife: true,
  closesIt: true,
  usesModuleSyntax: false,
  dynamicImports: 0,
  nonAscii: 0,
};

/** Adds `<script src>` to the page's head, as a second embed would, and waits until it has run. */
export async function includeScript(page: Page, src: string): Promise<void> {
  await page.evaluate(async (url) => {
    const script = document.createElement('script');
    script.src = url;
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
  }, src);
}

/**
 * Runs `embed` (which includes more scripts) and says, for each tag, whether it is defined afterwards by the same
 * class as before, that is, whether the first registration stayed.
 */
export async function keepsRegistrations(page: Page, tags: readonly string[], embed: () => Promise<void>) {
  const before = await page.evaluateHandle((names) => names.map((name) => customElements.get(name)), tags);
  await embed();
  return page.evaluate(
    ([first, names]) =>
      names.map((name, index) => first[index] !== undefined && customElements.get(name) === first[index]),
    [before, tags] as const,
  );
}
