import type { SourceTree } from '@internal/source-tree';
import {
  LocatedYamlDocument,
  locatedYamlDocuments,
  pathsMatching,
  valueAt,
} from '../functions/treeFiles';
import { FollowedCommand, followCommands } from '../shell/followCommands';
import { shellCommands } from '../shell/shellCommands';

const WORKFLOWS = /^(\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml)$/;
const YAML = /^[^/]+\.ya?ml$/;
/** Where a monorepo's workflows are, as the evidence names them. */
const REPOSITORY_WORKFLOWS = '(repository root)/.github/workflows';

/** GitLab CI's top-level keywords: every other top-level key is a job. */
const GITLAB_KEYWORDS = new Set([
  'default',
  'include',
  'stages',
  'variables',
  'workflow',
  'image',
  'services',
  'cache',
  'before_script',
  'after_script',
]);

/** One CI job and the commands its steps run, in order. */
export interface CiJob {
  /** The workflow file, as evidence names it. */
  path: string;
  name: string;
  commands: FollowedCommand[];
}

export interface CiConfiguration {
  /** Every workflow file, as evidence names it. */
  workflows: string[];
  jobs: CiJob[];
}

type Step = { path: Array<string | number> };

/**
 * The service's CI: GitHub Actions workflows (`.github/workflows/*.yml`, or
 * the repository's root ones for a monorepo service) and `.gitlab-ci.yml`,
 * read as jobs of shell commands. Make targets and the repository's scripts
 * that a step runs are followed (see followCommands).
 */
export async function ciConfiguration(
  tree: SourceTree,
  repositoryWorkflows?: SourceTree,
): Promise<CiConfiguration> {
  const files = [
    ...pathsMatching(tree, WORKFLOWS).map(path => ({
      tree,
      path,
      shown: path,
    })),
    ...(repositoryWorkflows
      ? pathsMatching(repositoryWorkflows, YAML)
      : []
    ).map(path => ({
      tree: repositoryWorkflows!,
      path,
      shown: `${REPOSITORY_WORKFLOWS}/${path}`,
    })),
  ];
  const jobs: CiJob[] = [];
  for (const file of files) {
    for (const document of await locatedYamlDocuments(file.tree, file.path)) {
      const gitlab = file.path.startsWith('.gitlab-ci');
      for (const [name, steps] of gitlab
        ? gitlabJobs(document.value)
        : githubJobs(document.value)) {
        const commands = steps.flatMap(step => stepCommands(document, step));
        jobs.push({
          path: file.shown,
          name,
          commands: await followCommands(tree, commands),
        });
      }
    }
  }
  return { workflows: files.map(f => f.shown), jobs };
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

function githubJobs(workflow: unknown): Array<[string, Step[]]> {
  return Object.entries(record(record(workflow).jobs)).map(([name, job]) => {
    const steps = record(job).steps;
    return [
      name,
      (Array.isArray(steps) ? steps : []).flatMap((step, i) =>
        typeof record(step).run === 'string'
          ? [{ path: ['jobs', name, 'steps', i, 'run'] }]
          : [],
      ),
    ];
  });
}

/** The strings of a GitLab script, which may nest lists (`!reference`). */
function scriptSteps(path: Array<string | number>, value: unknown): Step[] {
  if (typeof value === 'string') return [{ path }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, i) => scriptSteps([...path, i], item));
}

function gitlabJobs(config: unknown): Array<[string, Step[]]> {
  const top = record(config);
  // A job's own before_script, else the default one, else the global one.
  const beforePath = (job: Record<string, unknown>, name: string) => {
    if ('before_script' in job) return [name, 'before_script'];
    if ('before_script' in record(top.default)) {
      return ['default', 'before_script'];
    }
    return ['before_script'];
  };
  return Object.entries(top)
    .filter(
      ([name, job]) =>
        !GITLAB_KEYWORDS.has(name) &&
        !name.startsWith('.') &&
        'script' in record(job),
    )
    .map(([name, job]) => {
      const own = record(job);
      const before = beforePath(own, name);
      return [
        name,
        [
          ...scriptSteps(before, valueAt(config, before)),
          ...scriptSteps([name, 'script'], own.script),
        ],
      ];
    });
}

function stepCommands(document: LocatedYamlDocument, step: Step) {
  const script = String(valueAt(document.value, step.path));
  const line = document.lineAt(step.path) ?? 1;
  const literal = document.isLiteralBlock(step.path);
  return shellCommands(script).map(c => ({
    argv: c.argv,
    line: literal ? line + c.line : line,
  }));
}
