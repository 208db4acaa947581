import {
  DockerInstruction,
  DockerStage,
  resolvePath,
  stageInstructions,
  stageNamed,
} from './dockerfileStages';

/** A path in the build context (`src/shop`) or an image (`/app/src/shop`), without `./` or a trailing slash. */
const clean = (path: string) =>
  path
    .replace(/^\.\/+/, '')
    .replace(/\/+$/, '')
    .replace(/^\.$/, '');

function globPattern(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^${escaped.replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`,
  );
}

/**
 * Where `target` lands when `source` is copied to the folder `destination`:
 * Docker copies a folder's content, not the folder, so `COPY src ./` puts
 * `src/shop` at `./shop`, and `COPY src/shop ./` spills the package's
 * modules into `./`. Undefined when the source does not hold the target.
 */
export function copiedTo(
  source: string,
  target: string,
  destination: string,
): string | undefined {
  const from = clean(source);
  const path = clean(target);
  if (from === '' || from === '/') {
    return resolvePath(destination, path.replace(/^\//, ''));
  }
  const pattern = /[*?]/.test(from) ? globPattern(from) : undefined;
  const segments = path.split('/');
  for (let i = segments.length; i > 0; i--) {
    const holder = segments.slice(0, i).join('/');
    if (pattern ? pattern.test(holder) : holder === from) {
      // A module file copied on its own keeps its name in the folder.
      const rest =
        i === segments.length && path.endsWith('.py')
          ? segments[i - 1]
          : segments.slice(i).join('/');
      return resolvePath(destination, rest);
    }
  }
  return undefined;
}

/** A COPY or ADD: its sources, where they go, and the stage it copies from. */
export function copyOf(
  instruction: DockerInstruction,
  stages: DockerStage[],
): { sources: string[]; destination: string; from?: DockerStage } | undefined {
  if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') {
    return undefined;
  }
  const { args, flags, workdir } = instruction;
  if (args.length < 2) return undefined;
  return {
    sources: args.slice(0, -1),
    destination: resolvePath(workdir, args[args.length - 1]),
    from: flags.from === undefined ? undefined : stageNamed(stages, flags.from),
  };
}

/** The package's places in each stage, computed once per stage; a stage being computed has none (a cycle). */
export type LocationCache = Map<number, Array<{ path: string; line: number }>>;

/**
 * Where the instructions put the build context's `target` (a package's
 * folder) in the image: copied from the context, or from another stage
 * that has it. Other images (`COPY --from=python:3.12`) hold none of it.
 */
export function packageLocations(
  instructions: DockerInstruction[],
  stages: DockerStage[],
  target: string,
  cache: LocationCache = new Map(),
): Array<{ path: string; line: number }> {
  const inStage = (stage: DockerStage) => {
    if (!cache.has(stage.index)) {
      cache.set(stage.index, []);
      cache.set(
        stage.index,
        packageLocations(stageInstructions(stage), stages, target, cache),
      );
    }
    return cache.get(stage.index)!.map(l => l.path);
  };
  const found: Array<{ path: string; line: number }> = [];
  for (const instruction of instructions) {
    const copy = copyOf(instruction, stages);
    if (!copy) continue;
    const fromContext = instruction.flags.from === undefined;
    // The package's places in what is copied from: the build context, or a stage.
    let held: string[] = [];
    if (fromContext) held = [target];
    else if (copy.from) held = inStage(copy.from);
    for (const path of held) {
      for (const source of copy.sources) {
        const landed = copiedTo(
          fromContext ? source : resolvePath('/', source),
          path,
          copy.destination,
        );
        if (landed) found.push({ path: landed, line: instruction.line });
      }
    }
  }
  return found;
}
