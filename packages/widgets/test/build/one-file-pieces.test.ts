import { describe, expect, it } from 'vitest';
import { importPiecesStatically } from '../../scripts/one-file-pieces.mjs';

describe('the one-file bundle imports the pieces statically', () => {
  it('turns each import() of a piece into a resolved promise of the same module, imported once', () => {
    const source = [
      "const strings = lazyTranslations(vi, () => import('./x.strings.en.js'));",
      "const view = await import('./detail-view.js');",
      "const again = import('./detail-view.js');",
      "const engine = import('@hcc/sdk/search');",
    ].join('\n');
    expect(importPiecesStatically(source).split('\n')).toEqual([
      "import * as hccPiece0 from './x.strings.en.js';",
      "import * as hccPiece1 from './detail-view.js';",
      "import * as hccPiece2 from '@hcc/sdk/search';",
      'const strings = lazyTranslations(vi, () => Promise.resolve(hccPiece0));',
      'const view = await Promise.resolve(hccPiece1);',
      'const again = Promise.resolve(hccPiece1);',
      'const engine = Promise.resolve(hccPiece2);',
    ]);
  });

  it('leaves types, other imports and a module without pieces as they are', () => {
    const source = [
      "type View = typeof import('./detail-view.js');",
      'import(url).catch(report);',
      "import { html } from 'lit';",
    ].join('\n');
    expect(importPiecesStatically(source)).toBe(source);
  });
});
