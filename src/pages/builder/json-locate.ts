/**
 * Where a validation issue's JSON path sits in the text the admin pasted or dropped, as a
 * line and column they can find in their editor. Issues name paths (`apbdes[0].baris[3]`),
 * editors show lines; one scan over the (already valid) JSON maps every path to the offset
 * of its key — or of the value, for array items and the root.
 */

export interface TextPosition {
  line: number;
  column: number;
}

/** Offsets of every path in `text` (valid JSON). Keys are paths as `formatPath` writes them. */
export function jsonPathOffsets(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const skipString = () => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  const readKey = (): string => {
    const start = i;
    skipString();
    return JSON.parse(text.slice(start, i)) as string;
  };
  const join = (base: string, key: string | number) =>
    typeof key === 'number' ? `${base}[${key}]` : base === '' ? key : `${base}.${key}`;
  const value = (path: string, at: number): void => {
    ws();
    if (!out.has(path)) out.set(path, at);
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        const keyAt = i;
        const key = readKey();
        ws();
        i++; // ':'
        value(join(path, key), keyAt);
        ws();
        if (text[i++] === '}') return;
      }
    } else if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        ws();
        value(join(path, n), i);
        ws();
        if (text[i++] === ']') return;
      }
    } else if (ch === '"') skipString();
    else while (i < text.length && !',]} \t\n\r'.includes(text[i]!)) i++;
  };
  ws();
  try {
    value('', i);
  } catch {
    // Nesting deeper than the call stack: the paths found so far still locate most issues.
  }
  return out;
}

/** Line (1-based) and column (1-based) of an offset. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Drops the last segment of a path: `a.b[2]` → `a.b`, `a.b` → `a`, `a` → ''. */
export function parentPath(path: string): string | null {
  if (path === '') return null;
  const m = /(\[\d+\]|\.[^.[]+|^[^.[]+)$/.exec(path);
  return m ? path.slice(0, m.index) : '';
}

/**
 * A locator for one text: the position of `path`, or of its nearest existing ancestor when
 * the path is missing (a required field that is absent points at its parent object).
 */
export function jsonLocator(text: string): (path: string) => TextPosition | null {
  let offsets: Map<string, number> | null = null;
  return (path) => {
    offsets ??= jsonPathOffsets(text);
    for (let p: string | null = path; p !== null; p = parentPath(p)) {
      const at = offsets.get(p);
      if (at !== undefined) return positionAt(text, at);
    }
    return null;
  };
}
