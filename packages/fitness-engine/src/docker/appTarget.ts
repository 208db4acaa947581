import { invocationOf } from '../shell/invocation';
import { shellCommands } from '../shell/shellCommands';
import {
  DockerInstruction,
  Dockerfile,
  resolvePath,
  stageInstructions,
} from './dockerfileStages';

/** The module the image's command imports, and what it adds to the import path. */
export interface AppTarget {
  /** The dotted module, `shop.presentation.app`. */
  module: string;
  /** As the command names it: `shop.presentation.app:create_app`. */
  named: string;
  /** The CMD or ENTRYPOINT line that names it. */
  line: number;
  /** The folders the import path starts with: the working directory, PYTHONPATH, `--app-dir`. */
  importPath: string[];
}

const SERVERS = new Set(['uvicorn', 'gunicorn', 'hypercorn']);
const PYTHON = /^python(\d+(\.\d+)?)?$/;
const MODULE_ATTRIBUTE =
  /^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*):[A-Za-z_][\w.]*(\(.*\))?$/;
const MODULE = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** A server's application argument: the first `module:attribute`, else its last plain module. */
function serverApp(args: string[]): string | undefined {
  const attribute = args.find(a => MODULE_ATTRIBUTE.test(a));
  if (attribute) return attribute;
  for (let i = args.length - 1; i >= 0; i--) {
    const previous = args[i - 1];
    const isOptionValue = previous?.startsWith('-') && !previous.includes('=');
    if (MODULE.test(args[i]) && !isOptionValue) return args[i];
  }
  return undefined;
}

/** The values of `--name value` and `--name=value`. */
function optionValues(args: string[], name: string): string[] {
  const values: string[] = [];
  args.forEach((a, i) => {
    if (a === name && args[i + 1] !== undefined) values.push(args[i + 1]);
    if (a.startsWith(`${name}=`)) values.push(a.slice(name.length + 1));
  });
  return values;
}

type Found = { named: string; module: string; extra: string[]; chdir?: string };

/** What one command line runs: uvicorn, gunicorn or hypercorn, or `python -m`. */
function appOf(words: string[]): Found | undefined {
  for (let i = 0; i < words.length; i++) {
    const program = baseName(words[i]);
    if (!SERVERS.has(program) && !PYTHON.test(program)) continue;
    const invocation = invocationOf(words.slice(i));
    if (!invocation) continue;
    const { args } = invocation;
    if (SERVERS.has(invocation.program)) {
      const named = serverApp(args);
      if (!named) return undefined;
      return {
        named,
        module: named.split(':')[0],
        extra: [
          ...optionValues(args, '--app-dir'),
          ...optionValues(args, '--pythonpath').flatMap(p => p.split(',')),
        ],
        chdir: optionValues(args, '--chdir')[0],
      };
    }
    if (PYTHON.test(program) && invocation.program !== program) {
      return MODULE.test(invocation.program)
        ? { named: invocation.program, module: invocation.program, extra: [] }
        : undefined;
    }
  }
  return undefined;
}

type CommandLine = {
  words: string[];
  /** The line of the CMD or ENTRYPOINT that gives a word. */
  lineOf: (word: string) => number;
};

/** The container's command lines: the CMD's, the ENTRYPOINT's, or both, as Docker joins them. */
function commandLines(
  entrypoint: DockerInstruction | undefined,
  cmd: DockerInstruction | undefined,
): CommandLine[] {
  const lines = (instruction: DockerInstruction): CommandLine[] =>
    (instruction.exec
      ? [instruction.args]
      : shellCommands(instruction.text).map(c => c.argv)
    ).map(words => ({ words, lineOf: () => instruction.line }));
  if (!entrypoint) return cmd ? lines(cmd) : [];
  if (!entrypoint.exec || !cmd) return lines(entrypoint);
  // An exec-form ENTRYPOINT takes the CMD as its arguments.
  const own = new Set(entrypoint.args);
  return [
    {
      words: [
        ...entrypoint.args,
        ...(cmd.exec ? cmd.args : ['/bin/sh', '-c', cmd.text]),
      ],
      lineOf: word => (own.has(word) ? entrypoint.line : cmd.line),
    },
  ];
}

/**
 * What the image's command imports: the app of `uvicorn`, `gunicorn` or
 * `hypercorn`, or the module of `python -m`, in the final stage's CMD or
 * ENTRYPOINT (exec or shell form; `sh -c '…'` is read too). Undefined when
 * the command runs none of them.
 */
export function appTarget(dockerfile: Dockerfile): AppTarget | undefined {
  const instructions = stageInstructions(dockerfile.final);
  const last = (keyword: string) =>
    [...instructions].reverse().find(i => i.keyword === keyword);
  const end = instructions[instructions.length - 1];
  const queue = commandLines(last('ENTRYPOINT'), last('CMD'));
  while (queue.length > 0) {
    const { words, lineOf } = queue.shift()!;
    const shell = words.findIndex(w => /^(ba|da|z)?sh$/.test(baseName(w)));
    if (shell >= 0 && words[shell + 1] === '-c' && words[shell + 2]) {
      const line = lineOf(words[shell + 2]);
      queue.unshift(
        ...shellCommands(words[shell + 2]).map(c => ({
          words: c.argv,
          lineOf: () => line,
        })),
      );
      continue;
    }
    const found = appOf(words);
    if (!found) continue;
    const workdir = found.chdir
      ? resolvePath(end?.workdir ?? '/', found.chdir)
      : end?.workdir ?? '/';
    const pythonPath = (end?.env.get('PYTHONPATH') ?? '')
      .split(':')
      .filter(p => p && !p.startsWith('$'));
    return {
      module: found.module,
      named: found.named,
      line: lineOf(found.named),
      importPath: [workdir, ...found.extra, ...pythonPath].map(p =>
        resolvePath(workdir, p),
      ),
    };
  }
  return undefined;
}
