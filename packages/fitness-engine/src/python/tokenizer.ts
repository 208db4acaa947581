import {
  BACKSLASH,
  CR,
  DOT,
  DQUOTE,
  HASH,
  LF,
  QUOTE,
  describeCharacter,
  invalidIdentifierCharacter,
  isDigit,
  isNameChar,
  isNameStart,
  numberEnd,
  operatorLength,
} from './characters';
import { BracketStack } from './BracketStack';
import { STATEMENT_KEYWORDS } from './statementKeywords';
import { SyntaxProblem, Token, TokenKind } from './tokens';
import { codingProblem } from './codingCookie';
import { afterLineEnd, isIndentation, nextColumn } from './lineLayout';
import {
  NESTED_TOO_DEEPLY,
  StringCursor,
  UNTERMINATED_AT_EOL,
  scanString,
  stringPrefix,
} from './scanString';

/** How much re-reading error recovery may do, as a multiple of the source length. */
const RESCAN_BUDGET = 4;

/**
 * A Python tokenizer that reports one token at a time through its fields
 * (`kind`, `start`, `end`, `line`, `depth`), without allocating per token.
 *
 * It follows CPython's tokenizer where that matters for finding statements:
 * strings of every kind (see `scanString`), comments, backslash
 * continuations, implicit continuation inside brackets, and the indentation
 * of each logical line (`indent`, with tabs to multiples of 8 and form feeds
 * resetting the column). Instead of INDENT/DEDENT tokens it gives the column
 * of each logical line; the reader compares columns.
 *
 * Syntax errors never stop it: each becomes a {@link SyntaxProblem} and it
 * carries on. An unterminated single-quoted string ends at its line; a string
 * that runs to the end of the file is reported and reading resumes on the
 * line after its start; an unclosed bracket is closed at the next line that
 * starts with a statement keyword, or at the end. Re-reading is bounded, so
 * the whole run stays linear in the size of the source.
 */
export class PythonTokenizer {
  kind: TokenKind = Token.End;
  start = 0;
  end = 0;
  /** The 1-based line where the current token starts. */
  line = 1;
  /** The indentation column of the current logical line. */
  indent = 0;
  /** How many brackets are open after the current token. */
  depth = 0;
  readonly problems: SyntaxProblem[] = [];

  private pos = 0;
  private readonly cursor: StringCursor;
  private readonly brackets = new BracketStack();
  private atLogicalStart = true;
  private lineHasTokens = false;
  /** Inside brackets, no token yet on this physical line, which starts at `physicalLineStart`. */
  private firstOnPhysicalLine = false;
  private physicalLineStart = 0;
  private previousWasYield = false;
  private rescanned = 0;

  constructor(readonly source: string) {
    this.cursor = { source, line: 1, stop: 0 };
    const bom = source.charCodeAt(0) === 0xfeff;
    if (bom) {
      this.pos = 1;
    }
    const coding = codingProblem(source, bom);
    if (coding) {
      this.problems.push(coding);
    }
  }

  /** Whether the current token is the name `word`. */
  nameIs(word: string): boolean {
    return (
      this.kind === Token.Name &&
      this.end - this.start === word.length &&
      this.source.startsWith(word, this.start)
    );
  }

  /** Whether the current token is the operator `op`. */
  opIs(op: string): boolean {
    return (
      this.kind === Token.Op &&
      this.end - this.start === op.length &&
      this.source.startsWith(op, this.start)
    );
  }

  /** The current token's text; names in NFKC form, as Python reads identifiers. */
  text(): string {
    const text = this.source.slice(this.start, this.end);
    if (this.kind === Token.Name) {
      for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) >= 128) {
          return text.normalize('NFKC');
        }
      }
    }
    return text;
  }

  /** Advances to the next token and returns its kind. */
  next(): TokenKind {
    const s = this.source;
    const n = s.length;
    for (;;) {
      let p = this.pos;
      if (this.atLogicalStart) {
        let column = 0;
        for (; isIndentation(s.charCodeAt(p)); p++) {
          column = nextColumn(column, s.charCodeAt(p));
        }
        this.indent = column;
      } else {
        while (isIndentation(s.charCodeAt(p))) p++;
      }
      if (p >= n) {
        this.pos = n;
        return this.finish();
      }
      const c = s.charCodeAt(p);
      if (c === HASH) {
        while (p < n && s.charCodeAt(p) !== LF && s.charCodeAt(p) !== CR) {
          p++;
        }
        this.pos = p;
        continue;
      }
      if (c === LF || c === CR) {
        this.pos = p + (c === CR && s.charCodeAt(p + 1) === LF ? 2 : 1);
        this.cursor.line++;
        if (this.depth > 0) {
          this.firstOnPhysicalLine = true;
          this.physicalLineStart = this.pos;
          continue;
        }
        this.atLogicalStart = true;
        if (this.lineHasTokens) {
          return this.newline(this.pos);
        }
        continue;
      }
      this.atLogicalStart = false;
      if (c === BACKSLASH) {
        const d = s.charCodeAt(p + 1);
        if (d === LF || d === CR) {
          this.pos = p + (d === CR && s.charCodeAt(p + 2) === LF ? 3 : 2);
          this.cursor.line++;
        } else {
          this.problem(
            this.cursor.line,
            p + 1 >= n
              ? 'unexpected end of file after a line continuation character'
              : 'unexpected character after line continuation character',
          );
          this.pos = p + 1;
        }
        continue;
      }
      const kind = this.token(p, c);
      if (kind !== undefined) {
        return kind;
      }
    }
  }

  /** Reads the token that starts at `p` with character `c`; undefined to keep looking. */
  private token(p: number, c: number): TokenKind | undefined {
    const s = this.source;
    const n = s.length;
    const line = this.cursor.line;
    if (isNameStart(c)) {
      let e = p + 1;
      while (e < n && isNameChar(s.charCodeAt(e))) {
        e++;
      }
      const q = s.charCodeAt(e);
      if (q === QUOTE || q === DQUOTE) {
        const prefix = stringPrefix(s, p, e);
        if (prefix >= 0) {
          return this.string(p, e, prefix === 1);
        }
      }
      if (this.firstOnPhysicalLine && this.closesUnclosedBrackets(p, e)) {
        return this.newline(p);
      }
      for (let i = p; i < e; i++) {
        if (s.charCodeAt(i) >= 128) {
          const bad = invalidIdentifierCharacter(s.slice(p, e));
          if (bad !== undefined) {
            this.problem(line, `invalid character ${describeCharacter(bad)}`);
          }
          break;
        }
      }
      return this.emit(Token.Name, p, e, line);
    }
    if (isDigit(c) || (c === DOT && isDigit(s.charCodeAt(p + 1)))) {
      return this.emit(Token.Number, p, numberEnd(s, p), line);
    }
    if (c === QUOTE || c === DQUOTE) {
      return this.string(p, p, false);
    }
    const length = operatorLength(s, p, c);
    if (length > 0) {
      const mismatch = this.brackets.take(c, line);
      if (mismatch) {
        this.problem(line, mismatch);
      }
      this.depth = this.brackets.depth;
      return this.emit(Token.Op, p, p + length, line);
    }
    const ch = String.fromCodePoint(s.codePointAt(p) ?? c);
    this.problem(
      line,
      c === 0
        ? 'source code cannot contain null bytes'
        : `invalid character ${describeCharacter(ch)}`,
    );
    this.pos = p + ch.length;
    return undefined;
  }

  private string(
    start: number,
    quote: number,
    formatted: boolean,
  ): TokenKind | undefined {
    const line = this.cursor.line;
    const end = scanString(this.cursor, quote, formatted, 0);
    if (end >= 0) {
      return this.emit(Token.String, start, end, line);
    }
    if (end === UNTERMINATED_AT_EOL) {
      this.problem(
        line,
        formatted
          ? 'unterminated f-string literal'
          : 'unterminated string literal',
      );
      return this.emit(Token.String, start, this.cursor.stop, line);
    }
    const s = this.source;
    const triple =
      s.charCodeAt(quote + 1) === s.charCodeAt(quote) &&
      s.charCodeAt(quote + 2) === s.charCodeAt(quote);
    this.problem(
      line,
      end === NESTED_TOO_DEEPLY
        ? 'f-string: too many nested f-strings'
        : `unterminated ${triple ? 'triple-quoted ' : ''}${
            formatted ? 'f-string' : 'string'
          } literal`,
    );
    return this.resumeAfterLine(start, line);
  }

  /**
   * Recovers from a string that never ends: forgets open brackets and reads
   * on from the line after `start`. Past the re-reading budget it gives up.
   */
  private resumeAfterLine(start: number, line: number): TokenKind | undefined {
    const n = this.source.length;
    let p = afterLineEnd(this.source, start);
    // What the failed scan read past `p` will be read again.
    this.rescanned += Math.max(0, this.cursor.stop - p);
    if (this.rescanned > RESCAN_BUDGET * n + 4096) {
      this.problem(
        line + 1,
        'after too many syntax errors, the rest of the file was not read',
      );
      p = n;
    }
    this.pos = p;
    this.cursor.line = line + 1;
    this.resetBrackets();
    this.atLogicalStart = true;
    return this.lineHasTokens ? this.newline(p) : undefined;
  }

  /**
   * Inside brackets, at the first token of a physical line: whether the name
   * `source[p, e)` shows that the open brackets were never closed. If so,
   * reports it and sets up a new logical line that starts at `p`.
   */
  private closesUnclosedBrackets(p: number, e: number): boolean {
    const word = this.source.slice(p, e);
    if (
      !STATEMENT_KEYWORDS.has(word) ||
      (word === 'from' && this.previousWasYield)
    ) {
      return false;
    }
    this.reportUnclosedBrackets();
    let column = 0;
    for (let i = this.physicalLineStart; i < p; i++) {
      column = nextColumn(column, this.source.charCodeAt(i));
    }
    this.indent = column;
    return true;
  }

  private reportUnclosedBrackets() {
    const unclosed = this.brackets.unclosed();
    if (unclosed) {
      this.problems.push(unclosed);
    }
    this.resetBrackets();
  }

  private resetBrackets() {
    this.brackets.clear();
    this.depth = 0;
    this.firstOnPhysicalLine = false;
  }

  private emit(
    kind: TokenKind,
    start: number,
    end: number,
    line: number,
  ): TokenKind {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.line = line;
    this.pos = end;
    this.lineHasTokens = true;
    this.firstOnPhysicalLine = false;
    this.previousWasYield =
      kind === Token.Name &&
      end - start === 5 &&
      this.source.startsWith('yield', start);
    return kind;
  }

  /** Ends the logical line; the next token, at `p`, starts a new one. */
  private newline(p: number): TokenKind {
    this.kind = Token.Newline;
    this.start = p;
    this.end = p;
    this.pos = p;
    this.lineHasTokens = false;
    this.previousWasYield = false;
    return this.kind;
  }

  private finish(): TokenKind {
    this.reportUnclosedBrackets();
    if (this.lineHasTokens) {
      return this.newline(this.pos);
    }
    this.kind = Token.End;
    this.start = this.pos;
    this.end = this.pos;
    return this.kind;
  }

  private problem(line: number, message: string) {
    this.problems.push({ line, message });
  }
}
