import { ImportLinterConfigError } from './ImportLinterConfigError';
import { moduleExpressionProblem } from './moduleExpressions';
import type { AlertLevel, ImportExpression } from './types';

/**
 * A raw option value: INI gives a string, or a list of lines for a
 * multi-line value; TOML gives strings, arrays, numbers and booleans
 * (booleans turned into "True"/"False", as import-linter does).
 */
export type RawOptionValue = unknown;

/**
 * Reads typed values out of one section's raw options, with the field rules
 * of import-linter's `domain/fields.py`; every failure names the file,
 * section and key.
 */
export class OptionReader {
  constructor(
    private readonly file: string,
    readonly section: string,
    private readonly options: ReadonlyMap<string, RawOptionValue>,
    private readonly lines: ReadonlyMap<string, number> = new Map(),
  ) {}

  has(key: string): boolean {
    return this.options.has(key);
  }

  fail(key: string | undefined, problem: string): never {
    throw new ImportLinterConfigError(
      this.file,
      problem,
      this.section,
      key,
      key === undefined ? undefined : this.lines.get(key),
    );
  }

  /** A single string (import-linter's StringField). */
  string(key: string): string;
  string(key: string, required: false): string | undefined;
  string(key: string, required = true): string | undefined {
    const raw = this.options.get(key);
    if (raw === undefined) {
      return required ? this.fail(key, 'this option is required.') : undefined;
    }
    return this.single(key, raw);
  }

  /** A list of strings: a single value counts as a one-item list; blank items are skipped. */
  list(key: string, required = false): string[] {
    const raw = this.options.get(key);
    if (raw === undefined) {
      return required ? this.fail(key, 'this option is required.') : [];
    }
    const items = Array.isArray(raw) ? raw : [raw];
    const values = items
      .map(item => this.single(key, item).trim())
      .filter(item => item !== '');
    if (required && values.length === 0) {
      this.fail(key, 'this option needs at least one value.');
    }
    return values;
  }

  /** Module names or wildcard expressions, validated. */
  modules(key: string, required = false): string[] {
    const values = this.list(key, required);
    for (const value of values) {
      const problem = moduleExpressionProblem(value);
      if (problem) {
        this.fail(key, problem);
      }
    }
    return values;
  }

  /** `true`/`false` in any case, as import-linter's BooleanField. */
  boolean(key: string, fallback: boolean): boolean {
    const raw = this.options.get(key);
    if (raw === undefined) {
      return fallback;
    }
    const value = this.single(key, raw).trim().toLowerCase();
    if (value === 'true') {
      return true;
    }
    if (value === 'false') {
      return false;
    }
    return this.fail(key, `expected true or false, found "${String(raw)}".`);
  }

  integer(key: string, fallback: number, minimum: number): number {
    const raw = this.options.get(key);
    if (raw === undefined) {
      return fallback;
    }
    const text = this.single(key, raw).trim();
    if (!/^[+-]?\d+$/.test(text)) {
      return this.fail(key, `expected a whole number, found "${text}".`);
    }
    const value = Number(text);
    if (value < minimum) {
      return this.fail(key, `must be at least ${minimum}, found ${value}.`);
    }
    return value;
  }

  alertLevel(key: string): AlertLevel {
    const raw = this.options.get(key);
    const value = raw === undefined ? '' : this.single(key, raw).trim();
    if (value === '') {
      return 'error';
    }
    if (value === 'error' || value === 'warn' || value === 'none') {
      return value;
    }
    return this.fail(
      key,
      `invalid value "${value}": expected 'none', 'warn' or 'error'.`,
    );
  }

  /** Lines of free text (broken_contract_guidance), joined by newlines. */
  text(key: string): string | undefined {
    const raw = this.options.get(key);
    if (raw === undefined) {
      return undefined;
    }
    const items = Array.isArray(raw) ? raw : [raw];
    const text = items
      .map(item => this.single(key, item))
      .join('\n')
      .trim();
    return text === '' ? undefined : text;
  }

  /** `importer -> imported` expressions (ignore_imports). */
  importExpressions(key: string): ImportExpression[] {
    return this.list(key).map(item => {
      const arrow = item.indexOf('->');
      const importer = arrow < 0 ? '' : item.slice(0, arrow).trim();
      const imported = arrow < 0 ? '' : item.slice(arrow + 2).trim();
      if (!importer || !imported) {
        this.fail(
          key,
          `"${item}" must be in the form "package.importer -> package.imported".`,
        );
      }
      for (const side of [importer, imported]) {
        const problem = moduleExpressionProblem(side);
        if (problem) {
          this.fail(key, problem);
        }
      }
      return { importer, imported };
    });
  }

  private single(key: string, raw: RawOptionValue): string {
    if (Array.isArray(raw)) {
      return this.fail(key, 'expected a single value, got multiple values.');
    }
    if (typeof raw === 'string') {
      return raw;
    }
    if (typeof raw === 'number' || typeof raw === 'boolean') {
      return String(raw);
    }
    return this.fail(key, `expected text, found ${describe(raw)}.`);
  }
}

function describe(raw: unknown): string {
  if (raw === null) {
    return 'null';
  }
  if (raw instanceof Date) {
    return 'a date';
  }
  return typeof raw === 'object' ? 'a table' : typeof raw;
}
