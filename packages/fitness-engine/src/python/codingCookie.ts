import type { SyntaxProblem } from './tokens';

// The encoding declaration of PEP 263, as CPython's tokenizer reads it: a
// comment on line 1, or on line 2 when line 1 is blank or a comment.
const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** Encodings Python knows that WHATWG's TextDecoder labels do not cover. */
const PYTHON_ONLY_ENCODINGS = new Set([
  'cp437',
  'cp850',
  'cp852',
  'cp858',
  'cp1006',
  'mac-roman',
  'macroman',
  'mbcs',
  'latin-1',
  'iso-latin-1',
  'us-ascii',
]);

function firstLines(source: string, count: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count && start <= source.length) {
    let end = start;
    while (
      end < source.length &&
      source.charCodeAt(end) !== 10 &&
      source.charCodeAt(end) !== 13
    ) {
      end++;
    }
    lines.push(source.slice(start, end));
    start =
      end +
      (source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10
        ? 2
        : 1);
  }
  return lines;
}

/** Python's normal form of an encoding name: lower case, `_` as `-`. */
function normalName(name: string): string {
  return name.toLowerCase().replace(/_/g, '-');
}

function isUtf8(name: string): boolean {
  return name === 'utf-8' || name.startsWith('utf-8-');
}

function isKnownEncoding(name: string): boolean {
  const candidates = [
    name,
    normalName(name),
    normalName(name).replace(/-/g, ''),
  ];
  if (candidates.some(c => PYTHON_ONLY_ENCODINGS.has(c) || isUtf8(c))) {
    return true;
  }
  return candidates.some(c => {
    try {
      return Boolean(new TextDecoder(c));
    } catch {
      return false;
    }
  });
}

/**
 * What is wrong with the file's encoding declaration, if anything: an
 * encoding Python does not know, or a UTF-8 byte-order mark with another
 * encoding declared (CPython refuses both). The file itself reached us as
 * UTF-8 text.
 */
export function codingProblem(
  source: string,
  bom: boolean,
): SyntaxProblem | undefined {
  const lines = firstLines(bom ? source.slice(1) : source, 2);
  for (let i = 0; i < lines.length; i++) {
    const match = COOKIE.exec(lines[i]);
    if (match) {
      const name = match[1];
      if (bom && !isUtf8(normalName(name))) {
        return {
          line: i + 1,
          message: `encoding problem: ${name} with BOM; declare utf-8 or remove the byte-order mark`,
        };
      }
      if (!isKnownEncoding(name)) {
        return {
          line: i + 1,
          message: `unknown encoding: ${name}; declare a real encoding (utf-8) on this line`,
        };
      }
      return undefined;
    }
    if (!/^[ \t\f]*(#.*)?$/.test(lines[i])) {
      return undefined;
    }
  }
  return undefined;
}
