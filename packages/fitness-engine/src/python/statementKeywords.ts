/**
 * Keywords that only ever start a statement. When one begins a physical line
 * while a bracket is still open, the bracket was never closed: the tokenizer
 * says so and starts a new logical line there, so that one missing `)` does
 * not swallow the rest of the file. (`from` counts too, unless it follows
 * `yield`.) Valid code never triggers this.
 */
export const STATEMENT_KEYWORDS = new Set([
  'import',
  'from',
  'def',
  'class',
  'return',
  'pass',
  'raise',
  'del',
  'global',
  'nonlocal',
  'assert',
  'break',
  'continue',
  'while',
  'with',
  'try',
  'except',
  'finally',
  'elif',
]);
