import type { SourceTree } from '@internal/source-tree';
import { Invocation, invocationOf } from './invocation';
import { makefileRules, Makefile } from './makefileRules';
import { ShellCommand, shellCommands } from './shellCommands';
import {
  justCommands,
  noxCommands,
  preCommitCommands,
  TaskCommand,
  toxCommands,
} from './taskRunners';

/** A command as it runs, at the line of the command that runs it. */
export interface FollowedCommand extends Invocation {
  argv: string[];
  /** The 1-based line, in the caller's file, of the command that leads here. */
  line: number;
  /** Through which Makefile rule or script, when not directly: `make migrate (Makefile:4)`. */
  via?: string;
}

const MAKEFILES = ['Makefile', 'makefile', 'GNUmakefile'];
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh']);
/** How deep `make` targets and scripts are followed. */
const MAX_DEPTH = 4;
/** How many commands one call follows at most, however the scripts call each other. */
const MAX_COMMANDS = 10_000;

/**
 * The commands that running `commands` runs, in order: a `make` target is
 * replaced by what its prerequisites and recipe run; `just`, `tox`, `nox`
 * and `pre-commit run` by what their configuration runs (see taskRunners);
 * `sh -c '…'` by its script, and a script of the repository
 * (`./scripts/test.sh`, `bash scripts/test.sh`) by its commands.
 */
export async function followCommands(
  tree: SourceTree,
  commands: ReadonlyArray<{ argv: string[]; line: number }>,
): Promise<FollowedCommand[]> {
  const paths = new Set(tree.files.map(f => f.path));
  let makefile: Makefile | undefined | null = null;
  const readMakefile = async () => {
    if (makefile === null) {
      const path = MAKEFILES.find(p => paths.has(p));
      makefile = path ? makefileRules(await tree.readText(path)) : undefined;
    }
    return makefile;
  };

  const runners: Record<
    string,
    (args: string[]) => Promise<TaskCommand[] | undefined>
  > = {
    just: args => justCommands(tree, args),
    tox: args => toxCommands(tree, args),
    nox: args => noxCommands(tree, args),
    'pre-commit': async args =>
      args[0] === 'run' ? preCommitCommands(tree) : undefined,
  };

  /** Each script's commands, parsed once: a recipe or `sh -c` by its text, a file by its path. */
  const scripts = new Map<string, ShellCommand[]>();
  let budget = MAX_COMMANDS;

  const follow = async (
    argv: string[],
    line: number,
    via: string | undefined,
    depth: number,
  ): Promise<FollowedCommand[]> => {
    const invocation = invocationOf(argv);
    if (!invocation || budget <= 0) return [];
    budget--;
    const here = [{ ...invocation, argv, line, via }];
    if (depth >= MAX_DEPTH) return here;
    const inner = async (
      script: ShellCommand[],
      where: (l: number) => string,
    ) => {
      const found: FollowedCommand[] = [];
      for (const c of script) {
        if (budget <= 0) break;
        found.push(...(await follow(c.argv, line, where(c.line), depth + 1)));
      }
      return found;
    };
    const parsed = (script: string) => {
      if (!scripts.has(script)) scripts.set(script, shellCommands(script));
      return scripts.get(script)!;
    };
    const parsedFile = async (path: string) => {
      const key = `\0${path}`;
      if (!scripts.has(key)) {
        scripts.set(key, shellCommands(await tree.readText(path)));
      }
      return scripts.get(key)!;
    };
    const { program, args } = invocation;
    if (program === 'make' || program === 'gmake') {
      const rules = await readMakefile();
      if (!rules) return here;
      const targets = args.filter(a => !a.startsWith('-') && !a.includes('='));
      const seen = new Set<string>();
      const found: FollowedCommand[] = [];
      const build = async (target: string) => {
        const rule = rules.rules.get(target);
        if (!rule || seen.has(target)) return;
        seen.add(target);
        for (const prerequisite of rule.prerequisites)
          await build(prerequisite);
        for (const recipe of rule.recipe) {
          found.push(
            ...(await inner(
              parsed(
                recipe.text
                  .replace(/^[@+-]+/, '')
                  .replace(/\$[({]MAKE[)}]/g, 'make'),
              ),
              () => `make ${target} (Makefile:${recipe.line})`,
            )),
          );
        }
      };
      for (const target of targets.length
        ? targets
        : [rules.defaultTarget ?? '']) {
        await build(target);
      }
      return found.length ? found : here;
    }
    const runner = runners[program];
    if (runner) {
      const tasks = (await runner(args)) ?? [];
      const found: FollowedCommand[] = [];
      for (const task of tasks) {
        if (budget <= 0) break;
        found.push(
          ...(await follow(
            task.argv,
            line,
            `${[program, ...args].join(' ')} (${task.where})`,
            depth + 1,
          )),
        );
      }
      return found.length ? found : here;
    }
    if (SHELLS.has(program) && args[0] === '-c' && args[1] !== undefined) {
      return inner(parsed(args[1]), () => via ?? `${program} -c`);
    }
    const script = SHELLS.has(program)
      ? args.find(a => !a.startsWith('-'))
      : invocation.path.includes('/') && invocation.path;
    const path = script ? script.replace(/^\.\//, '') : undefined;
    if (path && paths.has(path)) {
      return inner(await parsedFile(path), l => `${path}:${l + 1}`);
    }
    return here;
  };

  const all: FollowedCommand[] = [];
  for (const command of commands) {
    all.push(...(await follow(command.argv, command.line, undefined, 0)));
  }
  return all;
}
