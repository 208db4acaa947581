import {
  LBRACE,
  LBRACKET,
  LPAREN,
  RBRACE,
  RBRACKET,
  RPAREN,
} from './characters';
import type { SyntaxProblem } from './tokens';

const CLOSER_OF: Record<number, number> = {
  [LPAREN]: RPAREN,
  [LBRACKET]: RBRACKET,
  [LBRACE]: RBRACE,
};

/** The brackets open at a point of a Python source, with the lines they opened on. */
export class BracketStack {
  private readonly openers: number[] = [];
  private readonly lines: number[] = [];

  get depth(): number {
    return this.openers.length;
  }

  /**
   * Takes the operator character `c` at `line`: opens or closes a bracket.
   * Returns CPython's message when it closes nothing or the wrong bracket
   * (which is then taken as closed).
   */
  take(c: number, line: number): string | undefined {
    if (c === LPAREN || c === LBRACKET || c === LBRACE) {
      this.openers.push(c);
      this.lines.push(line);
      return undefined;
    }
    if (c !== RPAREN && c !== RBRACKET && c !== RBRACE) {
      return undefined;
    }
    const closer = String.fromCharCode(c);
    const opener = this.openers.pop();
    const openerLine = this.lines.pop() ?? line;
    if (opener === undefined) {
      return `unmatched '${closer}'`;
    }
    if (CLOSER_OF[opener] === c) {
      return undefined;
    }
    const where = openerLine === line ? '' : ` on line ${openerLine}`;
    return `closing parenthesis '${closer}' does not match opening parenthesis '${String.fromCharCode(
      opener,
    )}'${where}`;
  }

  /** The innermost bracket left open, as a problem at its line. */
  unclosed(): SyntaxProblem | undefined {
    const last = this.openers.length - 1;
    if (last < 0) {
      return undefined;
    }
    return {
      line: this.lines[last],
      message: `'${String.fromCharCode(this.openers[last])}' was never closed`,
    };
  }

  clear(): void {
    this.openers.length = 0;
    this.lines.length = 0;
  }
}
