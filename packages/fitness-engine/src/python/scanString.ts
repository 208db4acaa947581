import {
  BACKSLASH,
  BANG,
  COLON,
  CR,
  DQUOTE,
  EQ,
  HASH,
  LBRACE,
  LBRACKET,
  LF,
  LPAREN,
  QUOTE,
  RBRACE,
  RBRACKET,
  RPAREN,
  isDigit,
  isNameChar,
  isNameStart,
} from './characters';

/** The scan stopped at a newline inside a single-quoted string (at `cursor.stop`). */
export const UNTERMINATED_AT_EOL = -1;
/** The scan reached the end of the source. */
export const UNTERMINATED_AT_EOF = -2;
/** f-strings were nested deeper than Python allows. */
export const NESTED_TOO_DEEPLY = -3;

/** CPython 3.12 refuses f-strings nested deeper than this (MAXFSTRINGLEVEL). */
const MAX_FSTRING_NESTING = 150;

/** The state a string scan shares with the tokenizer. */
export type StringCursor = {
  readonly source: string;
  /** The current 1-based line; advanced past every newline scanned. */
  line: number;
  /** Where a scan that failed stopped: the newline, the end, or the field nested too deeply. */
  stop: number;
};

/**
 * Whether `source[start, end)` is a string prefix, and which: -1 for none,
 * else bit 1 set for f-strings (and the t-strings of Python 3.14). Raw and
 * bytes prefixes need no flag: a backslash skips the next character in every
 * kind of string, which is how CPython finds where a raw string ends too.
 */
export function stringPrefix(
  source: string,
  start: number,
  end: number,
): number {
  const length = end - start;
  if (length === 0) {
    return 0;
  }
  if (length > 2) {
    return -1;
  }
  // Lower-cased letters: r 114, u 117, b 98, f 102, t 116.
  const first = source.charCodeAt(start) | 0x20;
  let kind = first;
  if (length === 2) {
    // Two letters: one r plus one of b, f, t (u takes no partner).
    const second = source.charCodeAt(start + 1) | 0x20;
    if (first === 114) {
      kind = second;
    } else if (second === 114) {
      kind = first;
    } else {
      return -1;
    }
    if (kind === 114 || kind === 117) {
      return -1;
    }
  }
  if (kind === 102 || kind === 116) {
    return 1;
  }
  return kind === 114 || kind === 117 || kind === 98 ? 0 : -1;
}

/**
 * Scans the string literal whose opening quote is at `p` and returns the
 * position after its closing quote, or a negative outcome. f-strings follow
 * PEP 701 (Python 3.12): replacement fields hold expressions that may contain
 * strings with any quotes, nested f-strings, brackets, comments and newlines;
 * a format spec is literal text with nested replacement fields. For code that
 * Python 3.11 accepts this finds the same end as 3.11, which never lets an
 * expression contain the enclosing quote.
 */
export function scanString(
  cursor: StringCursor,
  p: number,
  formatted: boolean,
  nesting: number,
): number {
  const s = cursor.source;
  const n = s.length;
  const q = s.charCodeAt(p);
  const triple = s.charCodeAt(p + 1) === q && s.charCodeAt(p + 2) === q;
  let i = p + (triple ? 3 : 1);
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === q) {
      if (!triple) {
        return i + 1;
      }
      if (s.charCodeAt(i + 1) === q && s.charCodeAt(i + 2) === q) {
        return i + 3;
      }
      i++;
    } else if (c === BACKSLASH) {
      const d = s.charCodeAt(i + 1);
      if (formatted && (d === LBRACE || d === RBRACE)) {
        // A backslash does not escape a brace: the brace still opens a field.
        i++;
      } else if (d === CR) {
        i += s.charCodeAt(i + 2) === LF ? 3 : 2;
        cursor.line++;
      } else if (d === LF) {
        i += 2;
        cursor.line++;
      } else {
        i += 2;
      }
    } else if (c === LF || c === CR) {
      if (!triple) {
        cursor.stop = i;
        return UNTERMINATED_AT_EOL;
      }
      i += c === CR && s.charCodeAt(i + 1) === LF ? 2 : 1;
      cursor.line++;
    } else if (formatted && c === LBRACE) {
      if (s.charCodeAt(i + 1) === LBRACE) {
        i += 2;
      } else {
        i = scanReplacementField(cursor, i + 1, q, triple, nesting + 1);
        if (i < 0) {
          return i;
        }
      }
    } else {
      i++;
    }
  }
  cursor.stop = n;
  return UNTERMINATED_AT_EOF;
}

/** Scans the expression of a replacement field, from after its `{`. */
function scanReplacementField(
  cursor: StringCursor,
  p: number,
  q: number,
  triple: boolean,
  nesting: number,
): number {
  if (nesting > MAX_FSTRING_NESTING) {
    cursor.stop = p;
    return NESTED_TOO_DEEPLY;
  }
  const s = cursor.source;
  const n = s.length;
  let depth = 0;
  let i = p;
  while (i < n) {
    const c = s.charCodeAt(i);
    switch (c) {
      case LF:
      case CR:
        i += c === CR && s.charCodeAt(i + 1) === LF ? 2 : 1;
        cursor.line++;
        break;
      case HASH:
        while (i < n && s.charCodeAt(i) !== LF && s.charCodeAt(i) !== CR) {
          i++;
        }
        break;
      case BACKSLASH: {
        const d = s.charCodeAt(i + 1);
        if (d === LF || d === CR) {
          i += d === CR && s.charCodeAt(i + 2) === LF ? 3 : 2;
          cursor.line++;
        } else {
          i++;
        }
        break;
      }
      case QUOTE:
      case DQUOTE:
        i = scanString(cursor, i, false, nesting);
        if (i < 0) {
          return i;
        }
        break;
      case LPAREN:
      case LBRACKET:
      case LBRACE:
        depth++;
        i++;
        break;
      case RPAREN:
      case RBRACKET:
        if (depth > 0) {
          depth--;
        }
        i++;
        break;
      case RBRACE:
        if (depth === 0) {
          return i + 1;
        }
        depth--;
        i++;
        break;
      case COLON:
        if (depth === 0) {
          return scanFormatSpec(cursor, i + 1, q, triple, nesting);
        }
        i++;
        break;
      case BANG:
        i += s.charCodeAt(i + 1) === EQ ? 2 : 1;
        break;
      default:
        if (isNameStart(c) || isDigit(c)) {
          const start = i;
          i++;
          while (i < n && isNameChar(s.charCodeAt(i))) {
            i++;
          }
          const next = s.charCodeAt(i);
          if ((next === QUOTE || next === DQUOTE) && !isDigit(c)) {
            const prefix = stringPrefix(s, start, i);
            if (prefix >= 0) {
              i = scanString(cursor, i, prefix === 1, nesting);
              if (i < 0) {
                return i;
              }
            }
          }
        } else {
          i++;
        }
    }
  }
  cursor.stop = n;
  return UNTERMINATED_AT_EOF;
}

/** Scans a format spec, from after its `:`, through the `}` that closes the field. */
function scanFormatSpec(
  cursor: StringCursor,
  p: number,
  q: number,
  triple: boolean,
  nesting: number,
): number {
  const s = cursor.source;
  const n = s.length;
  let i = p;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === RBRACE) {
      return i + 1;
    } else if (c === LBRACE) {
      i = scanReplacementField(cursor, i + 1, q, triple, nesting + 1);
      if (i < 0) {
        return i;
      }
    } else if (
      c === q &&
      (!triple || (s.charCodeAt(i + 1) === q && s.charCodeAt(i + 2) === q))
    ) {
      // The string ends inside the field (a syntax error): stop at its quote.
      return i;
    } else if (c === LF || c === CR) {
      if (!triple) {
        cursor.stop = i;
        return UNTERMINATED_AT_EOL;
      }
      i += c === CR && s.charCodeAt(i + 1) === LF ? 2 : 1;
      cursor.line++;
    } else if (c === BACKSLASH) {
      const d = s.charCodeAt(i + 1);
      if (d === LBRACE || d === RBRACE) {
        i++;
      } else if (d === LF || d === CR) {
        i += d === CR && s.charCodeAt(i + 2) === LF ? 3 : 2;
        cursor.line++;
      } else {
        i += 2;
      }
    } else {
      i++;
    }
  }
  cursor.stop = n;
  return UNTERMINATED_AT_EOF;
}
