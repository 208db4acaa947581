import type { SourceTree } from '@internal/source-tree';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { parseIni } from '../contracts/parseIni';
import { shellCommands } from './shellCommands';

/** A command a task runner runs, with where it is written. */
export interface TaskCommand {
  argv: string[];
  /** `tox.ini:12`, `justfile:4`, `noxfile.py:9`, `.pre-commit-config.yaml`. */
  where: string;
}

const read = async (tree: SourceTree, path: string) =>
  tree.files.some(f => f.path === path) ? tree.readText(path) : undefined;

const first = async (tree: SourceTree, paths: string[]) => {
  for (const path of paths) {
    const text = await read(tree, path);
    if (text !== undefined) return { path, text };
  }
  return undefined;
};

const words = (line: string) => shellCommands(line).map(c => c.argv);

/**
 * What `just [recipe …]` runs (just.systems/man: a recipe is a line
 * `name params: dependencies` with its body indented below; `just` alone
 * runs the first recipe). Dependencies run first; `{{…}}` is left as is.
 */
export async function justCommands(
  tree: SourceTree,
  args: string[],
): Promise<TaskCommand[] | undefined> {
  const file = await first(tree, ['justfile', 'Justfile', '.justfile']);
  if (!file) return undefined;
  const recipes = new Map<
    string,
    { dependencies: string[]; body: Array<{ text: string; line: number }> }
  >();
  let current: string | undefined;
  let firstRecipe: string | undefined;
  file.text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (/^[ \t]+\S/.test(line)) {
      if (current) {
        recipes
          .get(current)!
          .body.push({ text: line.trim().replace(/^[@-]+/, ''), line: i + 1 });
      }
      return;
    }
    current = undefined;
    const header = /^@?([A-Za-z_][\w-]*)([^:=]*):(?!=)(.*)$/.exec(line);
    if (!header) return;
    current = header[1];
    firstRecipe ??= current;
    recipes.set(current, {
      dependencies: header[3]
        .replace(/#.*$/, '')
        .trim()
        .split(/\s+/)
        .filter(d => /^[A-Za-z_][\w-]*$/.test(d)),
      body: [],
    });
  });
  const named = args.filter(a => recipes.has(a));
  let chosen = named;
  if (chosen.length === 0) chosen = firstRecipe ? [firstRecipe] : [];
  const commands: TaskCommand[] = [];
  const seen = new Set<string>();
  const run = (name: string) => {
    const recipe = recipes.get(name);
    if (!recipe || seen.has(name)) return;
    seen.add(name);
    recipe.dependencies.forEach(run);
    for (const { text, line } of recipe.body) {
      for (const argv of words(text)) {
        commands.push({ argv, where: `${file.path}:${line}` });
      }
    }
  };
  chosen.forEach(run);
  return commands;
}

/** tox's substitutions that name the environment's Python or pass arguments on. */
function toxLine(line: string): string {
  return line
    .replace(/^-\s*/, '')
    .replace(/\{envpython\}|\{envbindir\}\/python\d*(\.\d+)?/g, 'python')
    .replace(/\{posargs(:[^}]*)?\}|\{\[[^\]]*\][^}]*\}|\{[^}\s]*\}/g, '');
}

type ToxEnvironments = {
  defaults: string[];
  commands: (env: string) => Array<{ text: string; where: string }>;
};

function toxIni(ini: string, path: string): ToxEnvironments | undefined {
  let doc;
  try {
    doc = parseIni(ini, path);
  } catch {
    return undefined;
  }
  const section = (name: string) => doc.sections.find(s => s.name === name);
  const main = section(path === 'setup.cfg' ? 'tox:tox' : 'tox');
  const base = section('testenv');
  if (!main && !base) return undefined;
  const list = (main?.options.get('env_list') ?? main?.options.get('envlist'))
    ?.value;
  return {
    defaults: list ? list.split(/[\s,]+/).filter(Boolean) : ['py'],
    commands: env => {
      const own = section(`testenv:${env}`)?.options.get('commands');
      const option = own ?? base?.options.get('commands');
      if (!option) return [];
      return option.value.split('\n').map((line, i) => ({
        text: line,
        where: `${path}:${option.line + i}`,
      }));
    },
  };
}

function toxToml(
  data: Record<string, any>,
  path: string,
): ToxEnvironments | undefined {
  const commandsOf = (table: unknown) => {
    const list = (table as { commands?: unknown })?.commands;
    return Array.isArray(list)
      ? list
          .filter((c): c is string[] => Array.isArray(c))
          .map(c => ({
            text: c.map(w => JSON.stringify(String(w))).join(' '),
            where: path,
          }))
      : [];
  };
  return {
    defaults: Array.isArray(data.env_list) ? data.env_list.map(String) : ['py'],
    commands: env => {
      const own = commandsOf(data.env?.[env]);
      return own.length ? own : commandsOf(data.env_run_base);
    },
  };
}

async function toxEnvironments(
  tree: SourceTree,
): Promise<ToxEnvironments | undefined> {
  for (const path of ['tox.ini', 'setup.cfg']) {
    const text = await read(tree, path);
    const found = text === undefined ? undefined : toxIni(text, path);
    if (found) return found;
  }
  for (const path of ['tox.toml', 'pyproject.toml']) {
    const text = await read(tree, path);
    if (text === undefined) continue;
    let data: Record<string, any>;
    try {
      data = parseToml(text);
    } catch {
      continue;
    }
    const table = path === 'tox.toml' ? data : data.tool?.tox;
    if (!table) continue;
    if (typeof table.legacy_tox_ini === 'string') {
      return toxIni(table.legacy_tox_ini, path);
    }
    return toxToml(table, path);
  }
  return undefined;
}

/**
 * What `tox [-e env,…]` runs (tox.wiki: each environment's `commands`, from
 * `[testenv:<env>]` or else `[testenv]`, in tox.ini, setup.cfg's `[tox:tox]`,
 * tox.toml or pyproject.toml's `[tool.tox]`; without `-e`, the `env_list`).
 */
export async function toxCommands(
  tree: SourceTree,
  args: string[],
): Promise<TaskCommand[] | undefined> {
  const tox = await toxEnvironments(tree);
  if (!tox) return undefined;
  const at = args.findIndex(a => a === '-e' || a.startsWith('-e'));
  const chosen =
    at < 0
      ? tox.defaults
      : (args[at] === '-e' ? args[at + 1] ?? '' : args[at].slice(2)).split(',');
  const envs =
    chosen.length === 1 && chosen[0] === 'ALL' ? tox.defaults : chosen;
  return envs.flatMap(env =>
    tox
      .commands(env)
      .flatMap(({ text, where }) =>
        words(toxLine(text.trim())).map(argv => ({ argv, where })),
      ),
  );
}

/**
 * What `nox [-s session …]` runs, as far as reading noxfile.py gives it:
 * the `session.run("program", "arg", …)` calls whose arguments are string
 * literals, in the sessions named (by function name) or in all of them.
 */
export async function noxCommands(
  tree: SourceTree,
  args: string[],
): Promise<TaskCommand[] | undefined> {
  const text = await read(tree, 'noxfile.py');
  if (text === undefined) return undefined;
  // `-s a b` and `-s a,b` both name sessions, up to the next option.
  const wanted = new Set<string>();
  let naming = false;
  for (const arg of args) {
    if (arg.startsWith('-')) {
      naming = ['-s', '--session', '--sessions', '-e'].includes(arg);
    } else if (naming) {
      arg.split(',').forEach(name => wanted.add(name));
    }
  }
  const commands: TaskCommand[] = [];
  let session: string | undefined;
  text.split('\n').forEach((line, i) => {
    const def = /^(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(/.exec(line);
    if (def) session = def[1];
    if (wanted.size && (!session || !wanted.has(session))) return;
    for (const call of line.matchAll(/\bsession\.run\(([^)]*)\)/g)) {
      const literals = [...call[1].matchAll(/(["'])((?:(?!\1).)*)\1/g)].map(
        m => m[2],
      );
      if (literals.length) {
        commands.push({ argv: literals, where: `noxfile.py:${i + 1}` });
      }
    }
  });
  return commands;
}

/**
 * What `pre-commit run` runs of the repository's own hooks
 * (pre-commit.com: a hook of `repo: local` runs its `entry` with its
 * `args`). Hooks from other repositories are not read here.
 */
export async function preCommitCommands(
  tree: SourceTree,
): Promise<TaskCommand[] | undefined> {
  const path = '.pre-commit-config.yaml';
  const text = await read(tree, path);
  if (text === undefined) return undefined;
  let config: any;
  try {
    config = parseYaml(text);
  } catch {
    return undefined;
  }
  const repos: any[] = Array.isArray(config?.repos) ? config.repos : [];
  return repos
    .filter(repo => repo?.repo === 'local' && Array.isArray(repo.hooks))
    .flatMap(repo => repo.hooks)
    .filter(hook => typeof hook?.entry === 'string')
    .flatMap(hook =>
      words(hook.entry).map((argv, i, all) => ({
        argv:
          i === all.length - 1 && Array.isArray(hook.args)
            ? [...argv, ...hook.args.map(String)]
            : argv,
        where: `${path} (hook ${hook.id})`,
      })),
    );
}
