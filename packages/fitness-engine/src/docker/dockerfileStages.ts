import type { SourceTree } from '@internal/source-tree';
import {
  DockerfileParser,
  Instruction,
  JSONInstruction,
  ModifiableInstruction,
  PropertyInstruction,
} from 'dockerfile-ast';
import { baseName } from '../functions/treeFiles';
import { shellCommands, ShellCommand } from '../shell/shellCommands';

export const isDockerfile = (path: string) =>
  /^(Dockerfile|Containerfile)(\..+)?$|\.Dockerfile$/.test(baseName(path));

/** One instruction, its variables expanded with the ENV and ARG values in effect. */
export interface DockerInstruction {
  keyword: string;
  /** 1-based. */
  line: number;
  /** The words after the flags: a JSON array's strings, or the shell form's words. */
  args: string[];
  /** Whether it is in exec form (`CMD ["uvicorn", …]`). */
  exec: boolean;
  /** The shell form's text, continuation lines joined (a heredoc: its body). */
  text: string;
  /** `--from=build` → `{ from: 'build' }`. */
  flags: Record<string, string>;
  /** The WORKDIR it runs in. */
  workdir: string;
  /** The ENV and ARG values in effect. */
  env: ReadonlyMap<string, string>;
}

export interface DockerStage {
  index: number;
  name?: string;
  /** The image, or the earlier stage, it starts from. */
  base: string;
  /** The earlier stage it starts from. */
  parent?: DockerStage;
  line: number;
  /** Its own instructions, after its FROM. */
  instructions: DockerInstruction[];
}

export interface Dockerfile {
  path: string;
  stages: DockerStage[];
  /** The last stage: what the image runs. */
  final: DockerStage;
}

/**
 * The Dockerfile the functions read: the one nearest the repository's root
 * (fewest folders), named `Dockerfile`, `Containerfile`, `Dockerfile.*` or
 * `*.Dockerfile`. Undefined when there is none, or it has no FROM.
 */
export async function readDockerfile(
  tree: SourceTree,
): Promise<Dockerfile | undefined> {
  const path = tree.files
    .map(f => f.path)
    .filter(isDockerfile)
    .sort((a, b) => a.split('/').length - b.split('/').length)[0];
  if (!path) return undefined;
  const stages = dockerfileStages(await tree.readText(path));
  return stages.length > 0
    ? { path, stages, final: stages[stages.length - 1] }
    : undefined;
}

/** The stages of a Dockerfile's text. */
export function dockerfileStages(text: string): DockerStage[] {
  const stages: DockerStage[] = [];
  const named = new Map<string, DockerStage>();
  /** The ENV and WORKDIR at the end of each stage, which a stage that starts from it inherits. */
  const ends = new Map<
    DockerStage,
    { env: Map<string, string>; workdir: string }
  >();
  const globalArgs = new Map<string, string>();
  let stage: DockerStage | undefined;
  let env = new Map<string, string>();
  let workdir = '/';
  for (const instruction of DockerfileParser.parse(text).getInstructions()) {
    const keyword = instruction.getKeyword().toUpperCase();
    const line = instruction.getRange().start.line + 1;
    if (keyword === 'FROM') {
      if (stage) ends.set(stage, { env, workdir });
      const words = instruction.getArguments().map(a => a.getValue());
      const base = expand(words[0] ?? '', globalArgs);
      const parent = named.get(base.toLowerCase());
      stage = {
        index: stages.length,
        name:
          words[1]?.toUpperCase() === 'AS'
            ? words[2]?.toLowerCase()
            : undefined,
        base,
        parent,
        line,
        instructions: [],
      };
      stages.push(stage);
      if (stage.name) named.set(stage.name, stage);
      env = new Map(parent ? ends.get(parent)!.env : []);
      workdir = parent ? ends.get(parent)!.workdir : '/';
      continue;
    }
    if (keyword === 'ARG') {
      // A copy: the instructions before keep the values they ran with.
      if (stage) env = new Map(env);
      for (const [name, value] of properties(instruction)) {
        const target = stage ? env : globalArgs;
        const known = globalArgs.get(name);
        if (value !== undefined || known !== undefined) {
          target.set(name, value === undefined ? known! : expand(value, env));
        }
      }
      continue;
    }
    if (!stage) continue;
    if (keyword === 'ENV') {
      const before = env;
      env = new Map(env);
      for (const [name, value] of properties(instruction)) {
        env.set(name, expand(value ?? '', before));
      }
    }
    const json =
      instruction instanceof JSONInstruction
        ? instruction.getJSONStrings().map(s => s.getJSONValue())
        : [];
    const exec = json.length > 0;
    const inEffect = env;
    const shellText = expand(
      heredocBody(instruction.getArgumentsContent() ?? ''),
      inEffect,
    );
    const args = exec
      ? json
      : instruction.getArguments().map(a => expand(a.getValue(), inEffect));
    if (keyword === 'WORKDIR' && args[0]) {
      workdir = resolvePath(workdir, args[0]);
    }
    stage.instructions.push({
      keyword,
      line,
      args,
      exec,
      text: shellText,
      flags: Object.fromEntries(
        (instruction instanceof ModifiableInstruction
          ? instruction.getFlags()
          : []
        ).map(f => [f.getName().toLowerCase(), f.getValue() ?? '']),
      ),
      workdir,
      env,
    });
  }
  return stages;
}

function properties(
  instruction: Instruction,
): Array<[string, string | undefined]> {
  return instruction instanceof PropertyInstruction
    ? instruction
        .getProperties()
        .map(p => [p.getName(), p.getValue() ?? undefined])
    : [];
}

/** A heredoc's body (`RUN <<EOF … EOF`); any other text as it is. */
function heredocBody(text: string): string {
  const match = /^<<-?\s*(["']?)([A-Za-z0-9_]+)\1[^\n]*\n/.exec(text);
  if (!match) return text;
  const body = text.slice(match[0].length);
  const end = body.lastIndexOf(`\n${match[2]}`);
  return end < 0 ? body : body.slice(0, end);
}

/** `$NAME`, `${NAME}` and `${NAME:-default}` replaced by their values; unknown ones kept. */
export function expand(text: string, env: ReadonlyMap<string, string>): string {
  return text.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]{0,1000}))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (whole, braced: string, fallback: string | undefined, bare: string) =>
      env.get(braced ?? bare) ?? fallback ?? whole,
  );
}

/** An absolute path, `..` and `.` resolved, without a trailing slash. */
export function resolvePath(from: string, path: string): string {
  const segments: string[] = [];
  for (const part of (path.startsWith('/') ? path : `${from}/${path}`).split(
    '/',
  )) {
    if (part === '..') segments.pop();
    else if (part && part !== '.') segments.push(part);
  }
  return `/${segments.join('/')}`;
}

/** The commands of a RUN, CMD or ENTRYPOINT: its exec form's words, or its shell form's commands. */
export function instructionCommands(
  instruction: DockerInstruction,
): ShellCommand[] {
  return instruction.exec
    ? [{ argv: instruction.args, line: 0 }]
    : shellCommands(instruction.text);
}

/** A stage's instructions, its parent stages' first. */
export function stageInstructions(stage: DockerStage): DockerInstruction[] {
  const chain: DockerStage[] = [];
  for (let s: DockerStage | undefined = stage; s; s = s.parent) chain.push(s);
  return chain.reverse().flatMap(s => s.instructions);
}

/** The stage a `COPY --from` names: a stage's name or index; undefined for an image. */
export function stageNamed(
  stages: DockerStage[],
  ref: string,
): DockerStage | undefined {
  return /^\d+$/.test(ref)
    ? stages[Number(ref)]
    : stages.find(s => s.name === ref.toLowerCase());
}
