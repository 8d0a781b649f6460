/** One element of a file of JSON records, with the 1-based line it starts on. */
export type JsonUnit = { line: number; value: unknown } | { line: number; error: string };

/**
 * Splits a file of JSON records into elements with their line numbers: a JSON array (one element per record, any
 * layout), one object over several lines, or JSON lines (one record a line, blank lines skipped). A broken array
 * gives one error at its line.
 */
export function jsonUnits(text: string): JsonUnit[] {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trimStart().startsWith('[')) return arrayUnits(body);
  const single = singleObject(body);
  if (single) return [single];
  return body.split(/\r?\n/).flatMap((raw, index): JsonUnit[] => {
    if (!raw.trim()) return [];
    try {
      return [{ line: index + 1, value: JSON.parse(raw) }];
    } catch {
      return [{ line: index + 1, error: 'is not JSON (expected one object per line)' }];
    }
  });
}

function arrayUnits(text: string): JsonUnit[] {
  let values: unknown[];
  try {
    values = JSON.parse(text) as unknown[];
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message);
    const line = at ? lineAt(text, Number(at[1])) : 1;
    return [{ line, error: `is not JSON: ${(error as Error).message}` }];
  }
  if (!Array.isArray(values)) return [{ line: 1, error: 'is not a JSON array' }];
  const lines = elementLines(text);
  return values.map((value, index) => ({ line: lines[index] ?? 1, value }));
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** A file that is one JSON object, pretty-printed over several lines (one LayThuTuc answer saved as it came). */
function singleObject(text: string): JsonUnit | undefined {
  const start = text.search(/\S/);
  if (start < 0 || text[start] !== '{' || !text.trim().includes('\n')) return undefined;
  try {
    return { line: lineAt(text, start), value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/** The line on which each element of a valid top-level JSON array starts. */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let expectElement = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\n') line++;
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectElement && char && !/[\s,\]]/.test(char)) {
      lines.push(line);
      expectElement = false;
    }
    if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (char === ']' || char === '}') depth--;
    else if (char === ',' && depth === 1) expectElement = true;
  }
  return lines;
}
