// Character codes and classes of Python source, as CPython's tokenizer sees them.

export const TAB = 9;
export const LF = 10;
export const FF = 12;
export const CR = 13;
export const SPACE = 32;
export const BANG = 33;
export const DQUOTE = 34;
export const HASH = 35;
export const QUOTE = 39;
export const LPAREN = 40;
export const RPAREN = 41;
export const STAR = 42;
export const PLUS = 43;
export const COMMA = 44;
export const MINUS = 45;
export const DOT = 46;
export const SLASH = 47;
export const DIGIT_0 = 48;
export const DIGIT_9 = 57;
export const COLON = 58;
export const SEMICOLON = 59;
export const LT = 60;
export const EQ = 61;
export const GT = 62;
export const LBRACKET = 91;
export const BACKSLASH = 92;
export const RBRACKET = 93;
export const LBRACE = 123;
export const RBRACE = 125;

export function isDigit(c: number): boolean {
  return c >= DIGIT_0 && c <= DIGIT_9;
}

/**
 * Whether `c` may start a name. Like CPython, every non-ASCII code unit is a
 * potential name character; whether the name is a valid identifier is checked
 * afterwards ({@link invalidIdentifierCharacter}).
 */
export function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}

export function isNameChar(c: number): boolean {
  return isNameStart(c) || isDigit(c);
}

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;

/**
 * For a name with non-ASCII characters: the first character that makes it an
 * invalid Python identifier, or undefined when it is valid. Python checks the
 * NFKC form of the name against XID_Start/XID_Continue (PEP 3131).
 */
export function invalidIdentifierCharacter(name: string): string | undefined {
  let first = true;
  for (const ch of name) {
    if (!(first ? XID_START : XID_CONTINUE).test(ch)) {
      return ch;
    }
    first = false;
  }
  let firstNormalized = true;
  for (const ch of name.normalize('NFKC')) {
    if (!(firstNormalized ? XID_START : XID_CONTINUE).test(ch)) {
      return ch;
    }
    firstNormalized = false;
  }
  return undefined;
}

export function describeCharacter(ch: string): string {
  const code = (ch.codePointAt(0) ?? 0)
    .toString(16)
    .toUpperCase()
    .padStart(4, '0');
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch)
    ? `'${ch}' (U+${code})`
    : `U+${code}`;
}

/**
 * The length of the operator at `p` (longest match), or 0 when the character
 * starts no Python operator. `!` alone is the f-string conversion mark of
 * Python 3.12.
 */
export function operatorLength(s: string, p: number, c: number): number {
  const d = s.charCodeAt(p + 1);
  switch (c) {
    case LPAREN:
    case RPAREN:
    case LBRACKET:
    case RBRACKET:
    case LBRACE:
    case RBRACE:
    case COMMA:
    case SEMICOLON:
    case 126: // ~
      return 1;
    case DOT:
      return d === DOT && s.charCodeAt(p + 2) === DOT ? 3 : 1;
    case STAR:
    case SLASH:
    case LT:
    case GT:
      if (d === c) {
        return s.charCodeAt(p + 2) === EQ ? 3 : 2;
      }
      return d === EQ ? 2 : 1;
    case MINUS:
      return d === GT || d === EQ ? 2 : 1;
    case PLUS:
    case 37: // %
    case 38: // &
    case 124: // |
    case 94: // ^
    case 64: // @
    case EQ:
    case BANG:
    case COLON:
      return d === EQ ? 2 : 1;
    default:
      return 0;
  }
}

/** Where the number that starts at `p` ends (digits, letters, `_`, `.` and an exponent's sign). */
export function numberEnd(s: string, p: number): number {
  const n = s.length;
  const radix = s.charCodeAt(p) === DIGIT_0 && /[xXoObB]/.test(s.charAt(p + 1));
  let e = p + 1;
  while (e < n) {
    const c = s.charCodeAt(e);
    if ((isNameChar(c) && c < 128) || c === DOT) {
      e++;
    } else if (
      (c === PLUS || c === MINUS) &&
      !radix &&
      (s.charCodeAt(e - 1) | 0x20) === 101
    ) {
      // The sign of an exponent: 1e-5, 2E+3.
      e++;
    } else {
      break;
    }
  }
  return e;
}
