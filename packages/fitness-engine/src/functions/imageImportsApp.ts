import type { SourceTree } from '@internal/source-tree';
import { appTarget } from '../docker/appTarget';
import {
  Dockerfile,
  readDockerfile,
  stageInstructions,
} from '../docker/dockerfileStages';
import { copyOf, packageLocations } from '../docker/packageLocations';
import { ProjectInstall, projectInstalls } from '../docker/projectInstalls';
import { discoverModules } from '../python/discoverModules';
import { projectPackaging } from '../python/projectPackaging';
import { Evidence } from '@internal/plugin-fitness-common';
import { FitnessFunction } from './FitnessFunction';
import { fail, notApplicable, pass } from './outcome';
import { baseName } from './treeFiles';

const parentOf = (path: string) => path.slice(0, path.lastIndexOf('/')) || '/';
const isUnder = (path: string, folder: string) =>
  folder === '/' || path === folder || path.startsWith(`${folder}/`);

/** Where the top-level package is in the repository: its folder, or its module file. */
function packageSource(tree: SourceTree, top: string): string | undefined {
  const { modules, namespacePackages } = discoverModules(tree.files);
  const file = modules.get(top);
  if (file) return file.endsWith('/__init__.py') ? parentOf(file) : file;
  if (!namespacePackages.has(top)) return undefined;
  const inside = [...modules].find(([name]) => name.startsWith(`${top}.`));
  return (
    inside && inside[1].slice(0, inside[1].indexOf(`${top}/`) + top.length)
  );
}

/**
 * The installs of the project that reach the final stage: those of the
 * final stage's own build, and those of each stage it copies the install
 * from (or copies from at all, for an install with a problem, which
 * explains a failure). An install the final stage does not copy is
 * stranded.
 */
function installsInImage(
  dockerfile: Dockerfile,
  installsOf: (stageIndex: number) => ProjectInstall[],
) {
  const { final, stages } = dockerfile;
  const reaching: Array<ProjectInstall & { copyLine?: number }> = [
    ...installsOf(final.index),
  ];
  const stranded: Evidence[] = [];
  const finalChain = new Set<number>();
  for (let s: typeof final | undefined = final; s; s = s.parent)
    finalChain.add(s.index);
  const copies = stageInstructions(final).flatMap(i => {
    const copy = copyOf(i, stages);
    return copy?.from ? [{ ...copy, from: copy.from, line: i.line }] : [];
  });
  for (const stage of stages.filter(s => !finalChain.has(s.index))) {
    const from = copies.filter(c => c.from.index === stage.index);
    for (const install of installsOf(stage.index)) {
      if (install.problem) {
        if (from.length > 0) reaching.push(install);
        continue;
      }
      const copy = from.find(
        c =>
          install.location === undefined ||
          c.sources.some(
            source =>
              isUnder(install.location!, source.replace(/\/+$/, '') || '/') ||
              isUnder(source, install.location!),
          ),
      );
      if (copy) {
        reaching.push({ ...install, copyLine: copy.line });
      } else {
        stranded.push({
          path: dockerfile.path,
          line: install.line,
          message: `\`${install.command}\` installs the project into ${
            install.location ?? 'its environment'
          } in stage ${stage.name ?? stage.index}, but the final stage ${
            from.length
              ? `copies only ${from.flatMap(c => c.sources).join(', ')} from it`
              : 'copies nothing from it'
          }`,
        });
      }
    }
  }
  return { reaching, stranded };
}

/** Why the package is not importable, when no install reaches the final stage. */
function whyNotImportable(
  top: string,
  source: string,
  importPath: string[],
  locations: Array<{ path: string }>,
): string {
  const never = 'the image never installs the project';
  if (source.startsWith('src/')) return `${top} is under src/ and ${never}`;
  const path = importPath.join(', ');
  if (locations.length === 0) {
    return `the image never copies ${source} to a folder on the import path (${path}), and ${never}`;
  }
  const [first] = locations;
  return `the image has ${top} at ${first.path}, but ${parentOf(
    first.path,
  )} is not on the import path (${path}), and ${never}`;
}

/** The image's command can import the module it names, from the image's layout. */
export const imageImportsAppFunction: FitnessFunction = {
  id: 'image-imports-app',
  title: "The image's command can import its app",
  category: 'operability',
  level: 'bronze',
  weight: 2,
  docsPath: 'docs/fitness/image-imports-app.md',
  appliesTo: () => true,
  async evaluate({ tree }) {
    const dockerfile = await readDockerfile(tree);
    if (!dockerfile) return notApplicable('No Dockerfile.');
    const target = appTarget(dockerfile);
    if (!target) {
      return notApplicable(
        `${dockerfile.path} runs neither uvicorn, gunicorn, hypercorn nor python -m: not checked.`,
      );
    }
    const { path } = dockerfile;
    const top = target.module.split('.')[0];
    const source = packageSource(tree, top);
    if (!source) {
      return notApplicable(
        `${target.named} is not a module of the repository (${top} is not in it): not checked.`,
      );
    }
    const packaging = await projectPackaging(tree);
    const installs = dockerfile.stages.map(stage =>
      projectInstalls(stage, dockerfile.stages, packaging, source),
    );
    const { reaching, stranded } = installsInImage(
      dockerfile,
      i => installs[i],
    );
    const installed = reaching.find(i => !i.problem);
    if (installed) {
      return pass(
        `The image imports ${target.named} from the installed project.`,
        [
          { path, line: target.line, message: `imports ${target.named}` },
          {
            path,
            line: installed.line,
            message: `\`${installed.command}\` installs the project${
              installed.copyLine
                ? `, copied into the final stage at line ${installed.copyLine}`
                : ''
            }`,
          },
        ],
      );
    }
    const locations = packageLocations(
      stageInstructions(dockerfile.final),
      dockerfile.stages,
      source,
    ).filter(l => baseName(l.path) === baseName(source));
    const importable = locations.find(l =>
      target.importPath.includes(parentOf(l.path)),
    );
    if (importable) {
      return pass(
        `The image imports ${target.named} from ${importable.path}.`,
        [
          { path, line: target.line, message: `imports ${target.named}` },
          {
            path,
            line: importable.line,
            message: `puts ${top} at ${importable.path}, and ${parentOf(
              importable.path,
            )} is on the import path`,
          },
        ],
      );
    }
    const problems: Evidence[] = [
      ...reaching.map(i => ({
        path,
        line: i.line,
        message: `\`${i.command}\` ${i.problem}`,
      })),
      ...stranded,
    ];
    const why = whyNotImportable(top, source, target.importPath, locations);
    return fail(`The image cannot import ${target.named}: ${why}.`, [
      {
        path,
        line: target.line,
        message: `cannot import ${target.named}: ${why}`,
      },
      ...problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    ]);
  },
};
