/**
 * The licence notices of the code bundled into the CDN modules (Lit's BSD-3-Clause notices), kept in one file of the
 * folder instead of at the end of each module: a page then does not download the same notices in several files, and
 * the notices still travel with every copy of the folder. Each module that carries third-party code says where they
 * are, as esbuild's `legalComments: 'linked'` does. The one-file bundle keeps its notices inside it, since it is
 * meant to be served alone.
 */

/** The file of the folder that holds the notices. */
export const LEGAL_FILE = 'hcc-widgets.LEGAL.txt';

/** What esbuild writes at the end of a file with `legalComments: 'eof'`. */
const NOTICE_BLOCK = /\n?\/\*! Bundled license information:\n([\s\S]*?)\*\/\s*$/;

/**
 * Takes the notices off the end of a module minified with `legalComments: 'eof'`, and points to {@link LEGAL_FILE}.
 *
 * @param {string} code
 * @returns {{ code: string, notices: string | undefined }} the module, and its notices (esbuild's text: the
 *   modules' paths, each followed by its comment), if it had any
 */
export function unlinkLegalNotices(code) {
  const block = NOTICE_BLOCK.exec(code);
  if (!block) return { code, notices: undefined };
  const linked = `${code.slice(0, block.index)}\n/*! Licenses of the bundled code: ${LEGAL_FILE} */\n`;
  return { code: linked, notices: block[1].trim() };
}

/**
 * The text of {@link LEGAL_FILE}: each module's notices once, however many files carried them, then the licences
 * they name, in full.
 *
 * @param {Iterable<string>} notices what {@link unlinkLegalNotices} took off each module
 * @param {ReadonlyArray<{ name: string, text: string }>} licenses the full text of each licence, with whose it is
 */
export function legalFile(notices, licenses) {
  const entries = new Map();
  for (const text of notices) {
    // esbuild lists the paths of the modules that share a comment, then the comment, indented.
    for (const entry of text.split(/\n\n+/)) {
      const paths = entry.split('\n').filter((line) => !line.startsWith(' '));
      entries.set(paths.join('\n'), entry);
    }
  }
  const body = [...entries.keys()].sort().map((key) => entries.get(key));
  const texts = licenses.map(({ name, text }) => `${name}:\n\n${text.trim()}`);
  return [
    'Licenses of the third-party code bundled into the @hcc/widgets CDN modules of this folder.',
    ...body,
    ...texts,
  ]
    .join('\n\n')
    .concat('\n');
}
