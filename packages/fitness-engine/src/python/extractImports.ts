import { ImportStatementReader } from './ImportStatementReader';
import { PythonTokenizer } from './tokenizer';
import { SyntaxProblem, Token } from './tokens';

/** One import as written in a Python file, before it is resolved. */
export type RawImport = {
  kind: 'import' | 'from';
  /** The dotted module; '' for `from . import x`. */
  module: string;
  /** How many leading dots: 0 for an absolute import. */
  level: number;
  /** The names of a from-import (`'*'` allowed); [] for a plain import. */
  names: string[];
  /** The 1-based line where the statement starts (`ast`'s lineno). */
  line: number;
  /** The import sits in the body of an `if TYPE_CHECKING:` (at any depth). */
  typeCheckingOnly: boolean;
};

export type ExtractedImports = {
  imports: RawImport[];
  /** Syntax errors, at most one per line, in line order. */
  problems: SyntaxProblem[];
};

/** Bump when the extractor's output changes, so that cached results are not reused. */
export const EXTRACTOR_VERSION = '1';

/**
 * The file that defines {@link extractImports}, for worker threads to load.
 * From sources it is this file; from a build, the bundle that contains it.
 */
export const EXTRACTOR_MODULE_PATH = __filename;

/**
 * Finds every import statement of a Python file, wherever it is (in
 * functions, classes, try/if/with blocks), with what CPython's `ast` would
 * say of it: module, level, names, line, and whether it sits in an
 * `if TYPE_CHECKING:` body.
 *
 * It reads tokens, not lines or a syntax tree: `PythonTokenizer` takes care
 * of strings, comments, continuations and brackets, and
 * `ImportStatementReader` finds statement starts and blocks. Syntax errors
 * become problems with their line and the rest of the file is still read.
 * It never throws and runs in time linear in the source.
 */
export function extractImports(source: string): ExtractedImports {
  const imports: RawImport[] = [];
  let tokenizer: PythonTokenizer | undefined;
  let problems: SyntaxProblem[] = [];
  try {
    tokenizer = new PythonTokenizer(source);
    problems = tokenizer.problems;
    new ImportStatementReader(tokenizer, imports).read();
  } catch (error) {
    problems.push({
      line: tokenizer?.kind === Token.End ? 1 : tokenizer?.line ?? 1,
      message: `the import reader failed here (${String(
        error,
      )}); imports after this line were not read`,
    });
  }
  return { imports, problems: onePerLine(problems) };
}

function onePerLine(problems: SyntaxProblem[]): SyntaxProblem[] {
  const sorted = problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => a.problem.line - b.problem.line || a.index - b.index);
  const result: SyntaxProblem[] = [];
  for (const { problem } of sorted) {
    if (
      result.length === 0 ||
      result[result.length - 1].line !== problem.line
    ) {
      result.push(problem);
    }
  }
  return result;
}
