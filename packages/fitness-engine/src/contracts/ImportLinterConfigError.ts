/**
 * An import-linter configuration that cannot be used. The message names the
 * file, and the section and key when they are known, and says what to fix.
 */
export class ImportLinterConfigError extends Error {
  readonly name = 'ImportLinterConfigError';

  constructor(
    readonly file: string,
    readonly problem: string,
    readonly section?: string,
    readonly key?: string,
    readonly line?: number,
  ) {
    super(
      `${file}${line === undefined ? '' : `:${line}`}` +
        `${section === undefined ? '' : ` [${section}]`}` +
        `${key === undefined ? '' : ` ${key}`}: ${problem}`,
    );
  }
}
