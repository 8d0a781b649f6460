import { access, readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const packageRoot = new URL('../', import.meta.url);
const readJson = async (path: string) => JSON.parse(await readFile(new URL(path, packageRoot), 'utf8'));

interface ManifestDeclaration {
  name: string;
  tagName?: string;
  attributes?: Array<{ name: string }>;
  events?: Array<{ name: string }>;
  cssParts?: unknown[];
  cssProperties?: unknown[];
}

describe('the built package', () => {
  it('has a file behind every export', async () => {
    const { exports } = await readJson('package.json');
    const targets = Object.values(exports as Record<string, string | Record<string, string>>).flatMap((target) =>
      typeof target === 'string' ? [target] : Object.values(target),
    );
    const missing: string[] = [];
    for (const target of targets) {
      await access(new URL(target, packageRoot)).catch(() => missing.push(target));
    }
    expect(missing).toEqual([]);
  });

  it('ships dist/cdn as a folder to copy: the loader, the bundle, one module per widget, their chunks and licences, nothing else', async () => {
    const files = (await readdir(new URL('dist/cdn/', packageRoot))).sort();
    const other = files.filter((name) => !/^hcc-chunk-[\w-]+\.js$/.test(name));
    expect(other).toEqual([
      'hcc-dossier-tracker.module.js',
      'hcc-procedure-finder.module.js',
      'hcc-satisfaction-survey.module.js',
      'hcc-widgets.LEGAL.txt',
      'hcc-widgets.bundle.js',
      'hcc-widgets.js',
    ]);
    expect(files.length).toBeGreaterThan(other.length);
  });

  it('keeps the licence notices of the bundled code: in the LEGAL file of the folder, and inside the one-file bundle', async () => {
    const folder = new URL('dist/cdn/', packageRoot);
    const legal = await readFile(new URL('hcc-widgets.LEGAL.txt', folder), 'utf8');
    const bundle = await readFile(new URL('hcc-widgets.bundle.js', folder), 'utf8');
    // Every module the bundle names in its notices has its notice in the folder's file, and Lit's licence is there.
    const noticed = [...bundle.matchAll(/^([@\w/.-]+\.js):$/gm)].map(([, path]) => path);
    expect(noticed).toContain('lit-html/lit-html.js');
    expect(noticed.filter((path) => !legal.includes(`${path}:`))).toEqual([]);
    expect(legal).toContain('Redistribution and use in source and binary forms');
    // The modules carrying third-party code point to the file, and no module repeats the notices.
    const modules = (await readdir(folder)).filter((name) => /\.module\.js$|^hcc-chunk-/.test(name));
    const sources = await Promise.all(modules.map((name) => readFile(new URL(name, folder), 'utf8')));
    expect(sources.filter((source) => source.includes('@license'))).toEqual([]);
    expect(sources.filter((source) => source.includes('hcc-widgets.LEGAL.txt')).length).toBeGreaterThan(0);
  });

  it('has every import of the CDN modules resolve to a file of the same folder', async () => {
    const folder = new URL('dist/cdn/', packageRoot);
    const modules = (await readdir(folder)).filter((name) => /\.module\.js$|^hcc-chunk-/.test(name));
    const imported = new Set<string>();
    for (const name of modules) {
      const source = await readFile(new URL(name, folder), 'utf8');
      for (const [, target] of source.matchAll(/(?:\bfrom|\bimport\(?)\s*"([^"]+)"/g)) imported.add(target ?? '');
    }
    expect(imported.size).toBeGreaterThan(0);
    // Relative, in the same folder: a lazy chunk may also import from the module of the widget that loads it.
    const unresolved = [...imported].filter((target) => !/^\.\/hcc-[\w.-]+\.js$/.test(target));
    expect(unresolved).toEqual([]);
    const missing = [...imported].filter((target) => !modules.includes(target.slice(2)));
    expect(missing).toEqual([]);
  });

  it('points ./cdn at the loader and ./cdn/bundle at the one-file bundle', async () => {
    const { exports } = await readJson('package.json');
    expect([exports['./cdn'], exports['./cdn/bundle']]).toEqual([
      './dist/cdn/hcc-widgets.js',
      './dist/cdn/hcc-widgets.bundle.js',
    ]);
  });

  it('describes the three elements in custom-elements.json, with attributes, events, parts and custom properties', async () => {
    const manifest = await readJson('custom-elements.json');
    const elements: ManifestDeclaration[] = manifest.modules.flatMap(
      (module: { declarations?: ManifestDeclaration[] }) => module.declarations ?? [],
    );
    const described = Object.fromEntries(
      elements
        .filter((element) => element.tagName)
        .map((element) => [
          element.tagName,
          {
            apiBase: element.attributes?.some((attribute) => attribute.name === 'api-base'),
            events: element.events?.map((event) => event.name).sort(),
            parts: (element.cssParts?.length ?? 0) > 0,
            customProperties: (element.cssProperties?.length ?? 0) > 0,
          },
        ]),
    );
    const common = { apiBase: true, parts: true, customProperties: true };
    expect(described).toEqual({
      'hcc-procedure-finder': { ...common, events: ['hcc-error', 'hcc-procedure-select'] },
      'hcc-dossier-tracker': { ...common, events: ['hcc-dossier-load', 'hcc-error'] },
      'hcc-satisfaction-survey': { ...common, events: ['hcc-error', 'hcc-rating-submit'] },
    });
  });

  it('lists no internal state as an attribute', async () => {
    const manifest = await readJson('custom-elements.json');
    const attributes: string[] = manifest.modules.flatMap((module: { declarations?: ManifestDeclaration[] }) =>
      (module.declarations ?? []).flatMap((declaration) => declaration.attributes?.map(({ name }) => name) ?? []),
    );
    expect(attributes.filter((name) => name !== name.toLowerCase() || name === 'locale')).toEqual([]);
  });
});
