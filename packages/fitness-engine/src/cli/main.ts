import { EXIT_CODES } from './exitCodes';
import { toRunJson } from './formatJson';
import { toSarif } from './formatSarif';
import { formatRunText } from './formatText';
import { parseCheckArgs } from './parseCheckArgs';
import { runCheck } from './runCheck';
import { USAGE } from './usage';
import { UsageError } from './UsageError';

/** Where the CLI writes, and what it needs from its process. */
export interface MainOptions {
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** Where relative paths start; default process.cwd(). */
  cwd?: string;
  /** The package's version, for SARIF's tool.driver.version. */
  version?: string;
}

/**
 * The `fitness` command line: `main(process.argv.slice(2))`. Resolves to
 * the exit code (see EXIT_CODES); never throws.
 */
export async function main(
  argv: string[],
  options: MainOptions = {},
): Promise<number> {
  const stdout = options.stdout ?? (text => process.stdout.write(text));
  const stderr = options.stderr ?? (text => process.stderr.write(text));
  try {
    const args = parseCheckArgs(argv);
    if (args.command === 'help') {
      stdout(USAGE);
      return EXIT_CODES.ok;
    }
    const run = await runCheck(args, {
      cwd: options.cwd ?? process.cwd(),
    });
    if (args.format === 'json') {
      stdout(`${JSON.stringify(toRunJson(args.dir, run), null, 2)}\n`);
    } else if (args.format === 'sarif') {
      stdout(
        `${JSON.stringify(
          toSarif(run, options.version ?? 'unknown'),
          null,
          2,
        )}\n`,
      );
    } else {
      stdout(formatRunText(run));
      if (run.exitCode === EXIT_CODES.underThreshold) {
        stdout(`Score is under --fail-under ${args.failUnder}.\n`);
      }
    }
    return run.exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      stderr(`fitness: ${error.message}\n\n${USAGE}`);
      return EXIT_CODES.usage;
    }
    stderr(
      `fitness: internal error: ${(error as Error)?.stack ?? String(error)}\n`,
    );
    return EXIT_CODES.internal;
  }
}
