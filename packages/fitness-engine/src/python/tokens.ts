/** The kinds of token the tokenizer reports. Comments and blank lines are skipped. */
export const Token = {
  Name: 1,
  Number: 2,
  String: 3,
  Op: 4,
  /** The end of a logical line. */
  Newline: 5,
  End: 6,
} as const;
export type TokenKind = (typeof Token)[keyof typeof Token];

/** A syntax error found while reading a file, at a 1-based line. */
export type SyntaxProblem = { line: number; message: string };
