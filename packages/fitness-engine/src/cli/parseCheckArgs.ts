import { parseArgs } from 'node:util';
import {
  ARCHITECTURE_STYLES,
  type ArchitectureStyle,
} from '@internal/plugin-fitness-common';
import { UsageError } from './UsageError';

export type OutputFormat = 'text' | 'json' | 'sarif';

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

/** `fitness check` as the user asked for it. */
export interface CheckArgs {
  dir: string;
  format: OutputFormat;
  failUnder?: number;
  config?: string;
  style?: ArchitectureStyle;
  packageName?: string;
  cacheDir?: string;
  /** Run only these functions (ids); default every one. */
  only?: string[];
}

export type ParsedArgs =
  | { command: 'help' }
  | ({ command: 'check' } & CheckArgs);

function oneOf<T extends string>(
  option: string,
  value: string,
  allowed: readonly T[],
): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(
      `--${option} must be one of ${allowed.join(', ')}; got ${JSON.stringify(
        value,
      )}`,
    );
  }
  return value as T;
}

/** Reads the command line (without `node` and the script); throws UsageError. */
export function parseCheckArgs(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        'fail-under': { type: 'string' },
        config: { type: 'string' },
        style: { type: 'string' },
        package: { type: 'string' },
        'cache-dir': { type: 'string' },
        only: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  const [command, dir, ...rest] = positionals;
  if (command === undefined) throw new UsageError('no command given');
  if (command !== 'check') {
    throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  }
  if (dir === undefined) throw new UsageError('check needs a directory');
  if (rest.length > 0) {
    throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])}`);
  }
  let failUnder: number | undefined;
  if (values['fail-under'] !== undefined) {
    const text = values['fail-under'];
    failUnder = Number(text);
    if (text.trim() === '' || !Number.isFinite(failUnder)) {
      throw new UsageError(
        `--fail-under must be a number; got ${JSON.stringify(text)}`,
      );
    }
  }
  return {
    command: 'check',
    dir,
    format: oneOf('format', values.format ?? 'text', FORMATS),
    failUnder,
    config: values.config,
    style:
      values.style === undefined
        ? undefined
        : oneOf('style', values.style, ARCHITECTURE_STYLES),
    packageName: values.package,
    cacheDir: values['cache-dir'],
    only: values.only?.split(',').map(id => id.trim()),
  };
}
