import {
  isLocalTarget,
  optionValues,
  PipArguments,
  pipArguments,
} from '../dependencies/pipArguments';
import type { ProjectPackaging } from '../python/projectPackaging';
import { Invocation, invocationOf } from '../shell/invocation';
import {
  DockerInstruction,
  DockerStage,
  instructionCommands,
  resolvePath,
  stageInstructions,
} from './dockerfileStages';
import { LocationCache, packageLocations } from './packageLocations';

/** A command of the image's build that installs, or means to install, the project. */
export interface ProjectInstall {
  line: number;
  /** The command as written, for messages. */
  command: string;
  /** The virtualenv or prefix it installs into; undefined when it cannot be told. */
  location?: string;
  /** Why it does not install the project; undefined when it does. */
  problem?: string;
}

const PIP = /^pip(\d+(\.\d+)?)?$/;
const TRUE = /^(1|true|yes|on)$/i;
const FALSE = /^(0|false|no|off)$/i;

/** The folder above `…/bin/tool`, when the tool is named by a path into a bin folder. */
function prefixOf(
  path: string | undefined,
  workdir: string,
): string | undefined {
  const bin = path?.lastIndexOf('/bin/') ?? -1;
  return path && bin >= 0
    ? resolvePath(workdir, path.slice(0, bin))
    : undefined;
}

/** The virtualenv that `python` and `pip` run in: VIRTUAL_ENV, or a virtualenv's bin first on PATH. */
function activeEnvironment(
  instruction: DockerInstruction,
  virtualenvs: Set<string>,
): string | undefined {
  const { env, workdir } = instruction;
  if (env.get('VIRTUAL_ENV'))
    return resolvePath(workdir, env.get('VIRTUAL_ENV')!);
  for (const entry of (env.get('PATH') ?? '').split(':')) {
    const folder = entry.endsWith('/bin') ? entry.slice(0, -4) : undefined;
    if (folder !== undefined && virtualenvs.has(resolvePath(workdir, folder))) {
      return resolvePath(workdir, folder);
    }
  }
  return undefined;
}

/** The virtualenv a command creates (`python -m venv /opt/venv`, `uv venv`). */
function createdEnvironment(
  invocation: Invocation,
  workdir: string,
): string | undefined {
  const { program, args } = invocation;
  const positional = (words: string[]) => words.filter(w => !w.startsWith('-'));
  if (program === 'venv' || program === 'virtualenv') {
    const path = positional(args).pop();
    return path ? resolvePath(workdir, path) : undefined;
  }
  if (program === 'uv' && args[0] === 'venv') {
    return resolvePath(workdir, positional(args.slice(1))[0] ?? '.venv');
  }
  return undefined;
}

const shown = (argv: string[]) => {
  const text = argv.join(' ');
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

/** Where a command runs: its RUN's WORKDIR and ENV, and the virtualenvs made before it. */
type Place = {
  instruction: DockerInstruction;
  virtualenvs: Set<string>;
};

/** What an install command would do with the project, before the checks. */
type Attempt = {
  /** The installer, for the check of how the project is packaged. */
  tool: keyof Omit<ProjectPackaging, 'buildSystem'>;
  location?: string;
  /** The option that leaves the project out. */
  leftOut?: string;
  /** A wheel needs neither the sources nor the build system at install. */
  wheel?: boolean;
};

const TOOL_NAMES = { pip: 'pip', uv: 'uv', poetry: 'Poetry', pdm: 'PDM' };

/** Where `pip install` puts packages: --target or --prefix, the pip's own virtualenv, the active one, or the system's. */
function pipLocation(
  invocation: Invocation,
  parsed: PipArguments,
  uvPip: boolean,
  { instruction, virtualenvs }: Place,
): string | undefined {
  const { workdir } = instruction;
  const target = optionValues(parsed, '-t', '--target', '--prefix')[0];
  if (target) return resolvePath(workdir, target);
  if (parsed.options.has('--user')) return undefined;
  if (uvPip && parsed.options.has('--system')) return '/usr/local';
  return (
    prefixOf(optionValues(parsed, '--python', '-p')[0], workdir) ??
    prefixOf(invocation.path, workdir) ??
    activeEnvironment(instruction, virtualenvs) ??
    // uv pip looks for .venv; pip without a virtualenv uses the system's Python.
    (uvPip ? resolvePath(workdir, '.venv') : '/usr/local')
  );
}

/** Where Poetry installs: the project's .venv, the active environment, or its own cache (unknown). */
function poetryLocation({
  instruction,
  virtualenvs,
}: Place): string | undefined {
  const { env, workdir } = instruction;
  if (TRUE.test(env.get('POETRY_VIRTUALENVS_IN_PROJECT') ?? '')) {
    return resolvePath(workdir, '.venv');
  }
  if (FALSE.test(env.get('POETRY_VIRTUALENVS_CREATE') ?? '')) {
    return activeEnvironment(instruction, virtualenvs) ?? '/usr/local';
  }
  return undefined;
}

const optionIn = (args: string[], options: string[]) =>
  options.find(option =>
    args.some(a => a === option || a.startsWith(`${option}=`)),
  );

/** The project install a command attempts, if it is one. */
function attempt(invocation: Invocation, place: Place): Attempt | undefined {
  const { program, args } = invocation;
  const { workdir, env } = place.instruction;
  const uvPip = program === 'uv' && args[0] === 'pip';
  if (
    (PIP.test(program) && args[0] === 'install') ||
    (uvPip && args[1] === 'install')
  ) {
    const parsed = pipArguments(args.slice(uvPip ? 2 : 1));
    const local = parsed.targets.filter(isLocalTarget);
    if (local.length === 0) return undefined;
    return {
      tool: 'pip',
      location: pipLocation(invocation, parsed, uvPip, place),
      wheel: local.every(t => /\.whl$/.test(t)),
    };
  }
  if (program === 'uv' && args[0] === 'sync') {
    return {
      tool: 'uv',
      location: resolvePath(
        workdir,
        env.get('UV_PROJECT_ENVIRONMENT') ?? '.venv',
      ),
      leftOut: optionIn(args, [
        '--no-install-project',
        '--no-install-workspace',
        '--only-dev',
        '--only-group',
      ]),
    };
  }
  if (program === 'poetry' && (args[0] === 'install' || args[0] === 'sync')) {
    return {
      tool: 'poetry',
      location: poetryLocation(place),
      leftOut: optionIn(args, ['--no-root']),
    };
  }
  if (program === 'pdm' && (args[0] === 'install' || args[0] === 'sync')) {
    return {
      tool: 'pdm',
      location:
        activeEnvironment(place.instruction, place.virtualenvs) ??
        resolvePath(workdir, '.venv'),
      leftOut: optionIn(args, ['--no-self']),
    };
  }
  return undefined;
}

/** Why an attempted install does not install the project; undefined when it does. */
function problemOf(
  tried: Attempt,
  packaging: ProjectPackaging,
  sourcesProblem: () => string | undefined,
): string | undefined {
  if (tried.leftOut) return `leaves the project out (${tried.leftOut})`;
  if (tried.wheel) return undefined;
  if (!packaging[tried.tool]) {
    if (packaging.buildSystem) {
      return `does not install the project: ${
        TOOL_NAMES[tried.tool]
      } is configured not to`;
    }
    const setup = tried.tool === 'pip' ? ' and there is no setup.py' : '';
    return `does not install the project: pyproject.toml has no [build-system]${setup}`;
  }
  return sourcesProblem();
}

/**
 * The commands of a stage's build (its parents' included) that install the
 * project: `pip install .` (or a path or wheel), `uv pip install .`,
 * `uv sync`, `poetry install`/`sync` and `pdm install`/`sync`, each with
 * where it installs, or why it does not install the project (an option that
 * leaves it out, no build system, the sources not copied yet).
 */
export function projectInstalls(
  stage: DockerStage,
  stages: DockerStage[],
  packaging: ProjectPackaging,
  packageDir: string,
): ProjectInstall[] {
  const instructions = stageInstructions(stage);
  const cache: LocationCache = new Map();
  const firstSourceCopy = instructions.findIndex(
    i => packageLocations([i], stages, packageDir, cache).length > 0,
  );
  const virtualenvs = new Set<string>();
  const installs: ProjectInstall[] = [];
  instructions.forEach((instruction, index) => {
    if (instruction.keyword !== 'RUN') return;
    for (const command of instructionCommands(instruction)) {
      const invocation = invocationOf(command.argv);
      if (!invocation) continue;
      const created = createdEnvironment(invocation, instruction.workdir);
      if (created) virtualenvs.add(created);
      const tried = attempt(invocation, { instruction, virtualenvs });
      if (!tried) continue;
      const problem = problemOf(tried, packaging, () =>
        firstSourceCopy >= 0 && firstSourceCopy < index
          ? undefined
          : `runs before the sources (${packageDir}) are copied`,
      );
      installs.push({
        line: instruction.line,
        command: shown(command.argv),
        location: tried.location,
        problem,
      });
    }
  });
  return installs;
}
