import { cp, mkdir, stat } from 'node:fs/promises';
import { isAbsolute, join, posix } from 'node:path';
import { DockerfileParser, Flag, Instruction } from 'dockerfile-ast';
import { runCommand, tail } from './processes';
import { ProofPython } from './proofPython';
import { shellWords } from './shellWords';

/**
 * A Dockerfile's image, recreated under `root` instead of built: every
 * absolute path of the image is a path under `root`, all stages share it,
 * and the base image's Python is this machine's (its major.minor must match
 * the `FROM python:X.Y` tag). The mapping, instruction by instruction:
 * FROM python:X.Y… checks the version; WORKDIR, ENV and USER set the state;
 * COPY copies from the build context (or, with --from, within `root`);
 * RUN `python -m venv P` creates a virtualenv with this machine's python3,
 * RUN `pip …`/`python -m pip …` runs there, RUN useradd/groupadd is replaced
 * by running as the numeric USER; anything else fails.
 */
export interface Image {
  root: string;
  /** The final stage's WORKDIR, under `root`. */
  workdir: string;
  env: Record<string, string>;
  uid: number;
  gid: number;
  /** The final stage's CMD (exec form), with paths under `root`. */
  cmd: string[];
  /** The instruction's line, for failures. */
  cmdLine: number;
}

export class ImageError extends Error {
  constructor(message: string, readonly line?: number) {
    super(message);
  }
}

function words(instruction: Instruction, env: Record<string, string>) {
  const content = instruction.getArgumentsContent() ?? '';
  if (content.trim().startsWith('[')) return JSON.parse(content) as string[];
  try {
    return shellWords(content, env);
  } catch (error) {
    throw new ImageError(
      String((error as Error).message),
      instruction.getRange().start.line + 1,
    );
  }
}

export async function recreateImage(options: {
  dockerfile: string;
  context: string;
  root: string;
  /** The base image's Python: this machine's, and what its processes need in their environment. */
  python: ProofPython;
  env: NodeJS.ProcessEnv;
}): Promise<Image> {
  const { root, context } = options;
  const inRoot = (path: string) => join(root, path);
  await mkdir(root, { recursive: true });
  const parsed = DockerfileParser.parse(options.dockerfile);
  let workdir = '/';
  let env: Record<string, string> = {};
  let user: string | undefined;
  let cmd: string[] | undefined;
  let cmdLine = 0;
  const remap = (word: string) =>
    word.replace(/(^|[=:\s])(\/[\w./-]*)/g, (match, lead, path) =>
      ['/usr', '/bin', '/etc', '/tmp'].some(
        p => path === p || path.startsWith(`${p}/`),
      )
        ? match
        : `${lead}${inRoot(path)}`,
    );
  const imagePath = () =>
    [
      ...(env.PATH ?? '').split(':').filter(Boolean),
      process.env.PATH ?? '',
    ].join(':');

  for (const instruction of parsed.getInstructions()) {
    const keyword = instruction.getKeyword();
    const line = instruction.getRange().start.line + 1;
    const fail = (message: string): never => {
      throw new ImageError(`${keyword} (line ${line}): ${message}`, line);
    };
    const args = words(instruction, env);
    switch (keyword) {
      case 'FROM': {
        const version = /^python:(\d+\.\d+)/.exec(args[0])?.[1];
        if (version !== options.python.version) {
          fail(
            `the base image ${args[0]} is not python:${options.python.version}, this machine's Python`,
          );
        }
        workdir = '/';
        env = {};
        user = undefined;
        cmd = undefined;
        break;
      }
      case 'WORKDIR':
        workdir = posix.resolve(workdir, args[0]);
        await mkdir(inRoot(workdir), { recursive: true });
        break;
      case 'ENV':
        for (const pair of args.length === 2 && !args[0].includes('=')
          ? [`${args[0]}=${args[1]}`]
          : args) {
          const [name, ...value] = pair.split('=');
          env[name] = remap(value.join('='));
        }
        break;
      case 'USER':
        user = args[0];
        break;
      case 'EXPOSE':
        break;
      case 'COPY': {
        const flags = (
          instruction as Instruction & { getFlags(): Flag[] }
        ).getFlags();
        const from = flags.find(f => f.getName() === 'from')?.getValue();
        const paths = [...args];
        const rawTarget = paths.pop()!;
        const target = posix.resolve(workdir, rawTarget);
        const intoFolder =
          rawTarget.endsWith('/') || rawTarget === '.' || paths.length > 1;
        for (const source of paths) {
          if (
            !from &&
            (isAbsolute(source) || source.split('/').includes('..'))
          ) {
            fail(`${source} is outside the build context`);
          }
          const src = from ? inRoot(source) : join(context, source);
          const isFolder = await stat(src).then(
            s => s.isDirectory(),
            () =>
              fail(
                `${source} does not exist in the ${
                  from ? 'image' : 'build context'
                }`,
              ),
          );
          // A folder's contents are copied; a file goes into a folder target.
          const dest =
            !isFolder && intoFolder
              ? inRoot(posix.join(target, posix.basename(source)))
              : inRoot(target);
          if (from && src === dest) continue;
          await cp(src, dest, { recursive: true }).catch(error =>
            fail(`cannot copy ${source}: ${error.code ?? error}`),
          );
        }
        break;
      }
      case 'RUN': {
        if (['useradd', 'groupadd', 'adduser', 'addgroup'].includes(args[0]))
          break;
        let command: string[];
        if (args[0] === 'python' && args[1] === '-m' && args[2] === 'venv') {
          command = [options.python.python, '-m', 'venv', inRoot(args[3])];
        } else if (
          args[0] === 'pip' ||
          (args[0] === 'python' && args[1] === '-m' && args[2] === 'pip')
        ) {
          const python = imagePath()
            .split(':')
            .map(dir => join(dir, 'python'))
            .find(p => p.startsWith(root));
          if (!python) fail('pip runs outside a virtualenv of the image');
          command = [
            python!,
            '-m',
            'pip',
            ...args.slice(args[0] === 'pip' ? 1 : 3),
          ];
        } else {
          return fail(`${args.join(' ')} is not in the mapping`);
        }
        const result = await runCommand({
          command: command[0],
          args: command.slice(1),
          cwd: inRoot(workdir),
          env: {
            ...options.env,
            ...options.python.env,
            ...env,
            PATH: imagePath(),
          },
          timeoutMs: 600_000,
        });
        if (result.code !== 0)
          fail(`${args.join(' ')} failed:\n${tail(result.output)}`);
        break;
      }
      case 'CMD':
        if (!(instruction.getArgumentsContent() ?? '').trim().startsWith('[')) {
          fail('use the exec form (a JSON array), which receives SIGTERM');
        }
        cmd = args;
        cmdLine = line;
        break;
      default:
        fail('not in the mapping');
    }
  }
  if (!cmd) throw new ImageError('the final stage has no CMD');
  const [uid, gid = uid] = (user ?? '').split(':');
  if (!/^\d+$/.test(uid ?? '') || !/^\d+$/.test(gid)) {
    throw new ImageError(
      user
        ? `USER ${user} is not numeric: Kubernetes' runAsNonRoot cannot verify a name`
        : 'the final stage sets no USER, so it runs as root',
    );
  }
  if (Number(uid) === 0) throw new ImageError('the final stage runs as root');
  return {
    root,
    workdir: inRoot(workdir),
    env: { ...options.python.env, ...env, PATH: imagePath() },
    uid: Number(uid),
    gid: Number(gid),
    cmd,
    cmdLine,
  };
}
