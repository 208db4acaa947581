import { PYTHON_KEYWORDS } from '@internal/python-vocabulary';
import type { RawImport } from './extractImports';
import { PythonTokenizer } from './tokenizer';
import { Token, TokenKind } from './tokens';

type Block = { indent: number; typeChecking: boolean };

/**
 * Reads the statements of a token stream just far enough to find imports.
 *
 * A simple statement starts a logical line, or follows a `;` or the `:` of a
 * compound statement's header at bracket depth 0 (`try: import x`). `import`
 * and `from` there start an import statement, which is parsed by Python's
 * grammar; everything else is skipped token by token. (`lambda` at depth 0
 * owns the next `:`.) A header that ends its line opens a block: the lines
 * indented deeper than the header belong to it, which is how imports in
 * `if TYPE_CHECKING:` bodies are marked at any depth, while the `else:` and
 * `elif` branches, back at the header's column, are not.
 */
export class ImportStatementReader {
  private readonly blocks: Block[] = [];

  constructor(
    private readonly tokens: PythonTokenizer,
    private readonly imports: RawImport[],
  ) {}

  read(): void {
    let kind = this.tokens.next();
    while (kind !== Token.End) {
      kind = kind === Token.Newline ? this.tokens.next() : this.logicalLine();
    }
  }

  /** Reads one logical line from its first token; returns the kind of the token after it. */
  private logicalLine(): TokenKind {
    const t = this.tokens;
    const indent = t.indent;
    const blocks = this.blocks;
    while (blocks.length > 0 && blocks[blocks.length - 1].indent >= indent) {
      blocks.pop();
    }
    let typeChecking =
      blocks.length > 0 && blocks[blocks.length - 1].typeChecking;
    let kind: TokenKind = t.kind;
    let atStatementStart = true;
    let pendingLambdas = 0;
    for (;;) {
      if (kind === Token.Newline) {
        return t.next();
      }
      if (kind === Token.End) {
        return kind;
      }
      if (atStatementStart) {
        atStatementStart = false;
        if (t.nameIs('import')) {
          kind = this.importStatement(typeChecking);
          continue;
        }
        if (t.nameIs('from')) {
          kind = this.fromStatement(typeChecking);
          continue;
        }
        if (t.nameIs('if') || t.nameIs('elif')) {
          const testedTypeChecking = this.conditionIsTypeChecking();
          if (t.opIs(':')) {
            kind = t.next();
            if (kind === Token.Newline || kind === Token.End) {
              blocks.push({
                indent,
                typeChecking: typeChecking || testedTypeChecking,
              });
            } else {
              typeChecking ||= testedTypeChecking;
              atStatementStart = true;
            }
          } else {
            kind = t.kind;
          }
          continue;
        }
      }
      if (kind === Token.Op && t.depth === 0) {
        if (t.opIs(';')) {
          atStatementStart = true;
          pendingLambdas = 0;
        } else if (t.opIs(':')) {
          if (pendingLambdas > 0) {
            pendingLambdas--;
          } else {
            kind = t.next();
            if (kind === Token.Newline || kind === Token.End) {
              blocks.push({ indent, typeChecking });
            } else {
              atStatementStart = true;
            }
            continue;
          }
        }
      } else if (kind === Token.Name) {
        if (t.depth === 0 && t.nameIs('lambda')) {
          pendingLambdas++;
        } else if (t.nameIs('import')) {
          t.problems.push({
            line: t.line,
            message: "invalid syntax: 'import' can only start a statement",
          });
        }
      }
      kind = t.next();
    }
  }

  /**
   * From an `if` or `elif`, reads the condition up to its `:` (left as the
   * current token, if found) and says whether it is exactly `TYPE_CHECKING`
   * or a dotted name ending in `.TYPE_CHECKING`, in any parentheses.
   */
  private conditionIsTypeChecking(): boolean {
    const t = this.tokens;
    type State = 'open' | 'name' | 'dot' | 'close' | 'no';
    let state: State = 'open';
    let opened = 0;
    let closed = 0;
    let last = false;
    let pendingLambdas = 0;
    for (
      let kind = t.next();
      kind !== Token.Newline && kind !== Token.End;
      kind = t.next()
    ) {
      if (t.depth === 0 && t.opIs(':')) {
        if (pendingLambdas === 0) {
          break;
        }
        pendingLambdas--;
      }
      if (t.depth === 0 && t.nameIs('lambda')) {
        pendingLambdas++;
      }
      const isName = kind === Token.Name && !PYTHON_KEYWORDS.has(t.text());
      if ((state === 'open' || state === 'dot') && isName) {
        state = 'name';
        last = t.nameIs('TYPE_CHECKING');
      } else if (state === 'open' && t.opIs('(')) {
        opened++;
      } else if (state === 'name' && t.opIs('.')) {
        state = 'dot';
      } else if ((state === 'name' || state === 'close') && t.opIs(')')) {
        state = 'close';
        closed++;
      } else {
        state = 'no';
      }
    }
    return last && (state === 'name' || state === 'close') && opened === closed;
  }

  /** `import a.b as c, d`: one import per module. */
  private importStatement(typeChecking: boolean): TokenKind {
    const t = this.tokens;
    const line = t.line;
    t.next();
    for (;;) {
      const module = this.dottedName();
      if (module === undefined) {
        return this.invalid(line, 'expected a module name after "import"');
      }
      if (t.nameIs('as')) {
        t.next();
        if (!this.identifier()) {
          return this.invalid(line, 'expected a name after "as"');
        }
        t.next();
      }
      this.imports.push({
        kind: 'import',
        module,
        level: 0,
        names: [],
        line,
        typeCheckingOnly: typeChecking,
      });
      if (!t.opIs(',')) {
        return this.endOfStatement(line, t.kind);
      }
      t.next();
    }
  }

  /** `from ..a.b import (c, d as e,)`, `from . import x`, `from a import *`. */
  private fromStatement(typeChecking: boolean): TokenKind {
    const t = this.tokens;
    const line = t.line;
    let level = 0;
    t.next();
    while (t.opIs('.') || t.opIs('...')) {
      level += t.end - t.start;
      t.next();
    }
    let module = '';
    if (!t.nameIs('import')) {
      const dotted = this.dottedName();
      if (dotted === undefined) {
        return this.invalid(line, 'expected a module name after "from"');
      }
      module = dotted;
    }
    if (level === 0 && module === '') {
      return this.invalid(line, 'expected a module name after "from"');
    }
    if (!t.nameIs('import')) {
      return this.invalid(line, 'expected "import" in the from-import');
    }
    t.next();
    const names: string[] = [];
    const done = () =>
      this.imports.push({
        kind: 'from',
        module,
        level,
        names,
        line,
        typeCheckingOnly: typeChecking,
      });
    if (t.opIs('*')) {
      names.push('*');
      done();
      return this.endOfStatement(line, t.next());
    }
    const parenthesized = t.opIs('(');
    if (parenthesized) {
      t.next();
    }
    for (;;) {
      if (!this.identifier()) {
        if (names.length > 0) {
          done();
        }
        return this.invalid(line, 'expected a name to import');
      }
      names.push(t.text());
      t.next();
      if (t.nameIs('as')) {
        t.next();
        if (!this.identifier()) {
          done();
          return this.invalid(line, 'expected a name after "as"');
        }
        t.next();
      }
      if (!t.opIs(',')) {
        break;
      }
      t.next();
      if (parenthesized && t.opIs(')')) {
        break;
      }
    }
    done();
    if (parenthesized) {
      if (!t.opIs(')')) {
        return this.invalid(line, 'expected ")" to close the imported names');
      }
      t.next();
    }
    return this.endOfStatement(line, t.kind);
  }

  /** A dotted name from the current token, which it leaves after the name. */
  private dottedName(): string | undefined {
    const t = this.tokens;
    if (!this.identifier()) {
      return undefined;
    }
    let name = t.text();
    t.next();
    while (t.opIs('.')) {
      t.next();
      if (!this.identifier()) {
        return undefined;
      }
      name += `.${t.text()}`;
      t.next();
    }
    return name;
  }

  private identifier(): boolean {
    const t = this.tokens;
    return t.kind === Token.Name && !PYTHON_KEYWORDS.has(t.text());
  }

  private endOfStatement(line: number, kind: TokenKind): TokenKind {
    const t = this.tokens;
    if (
      kind === Token.Newline ||
      kind === Token.End ||
      (t.depth === 0 && t.opIs(';'))
    ) {
      return kind;
    }
    return this.invalid(line, 'unexpected text after the import');
  }

  /** Reports a broken import statement and skips to its end. */
  private invalid(line: number, message: string): TokenKind {
    const t = this.tokens;
    t.problems.push({ line, message: `invalid import statement: ${message}` });
    let kind: TokenKind = t.kind;
    while (
      kind !== Token.Newline &&
      kind !== Token.End &&
      !(t.depth === 0 && t.opIs(';'))
    ) {
      kind = t.next();
    }
    return kind;
  }
}
