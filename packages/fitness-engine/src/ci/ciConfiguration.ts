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
  /** Reusable workflows and actions a job calls that cannot be read here (another repository's). */
  unread: Array<{ path: string; line?: number; uses: string }>;
}

type Step = { path: Array<string | number> };
type WorkflowFile = { tree: SourceTree; path: string; shown: string };

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** How deep reusable workflows and composite actions are followed. */
const MAX_CALL_DEPTH = 3;

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
  const unread: CiConfiguration['unread'] = [];
  for (const file of files) {
    for (const document of await locatedYamlDocuments(file.tree, file.path)) {
      const gitlab = file.path.startsWith('.gitlab-ci');
      if (gitlab) {
        for (const [name, steps] of gitlabJobs(document.value)) {
          const commands = steps.flatMap(step => stepCommands(document, step));
          jobs.push({
            path: file.shown,
            name,
            commands: await followCommands(tree, commands),
          });
        }
        continue;
      }
      for (const job of await githubJobs(file, document, unread, 0)) {
        jobs.push({
          path: file.shown,
          name: job.name,
          commands: await followCommands(tree, job.commands),
        });
      }
    }
  }
  return { workflows: files.map(f => f.shown), jobs, unread };
}

/** A path a workflow names with `uses: ./…`, in the tree the workflow is read from. */
function localPath(file: WorkflowFile, uses: string): string {
  const path = uses.replace(/^\.\//, '').replace(/\/$/, '');
  // A monorepo's root workflows are read as a tree of their own folder.
  return file.shown.startsWith(REPOSITORY_WORKFLOWS)
    ? path.replace(/^\.github\/workflows\//, '')
    : path;
}

type GithubJob = {
  name: string;
  commands: Array<{ argv: string[]; line: number }>;
};

/**
 * A GitHub workflow's jobs as shell commands: each `run` step; the steps of
 * a local composite action (`uses: ./path/to/action`); and, for a job that
 * calls a local reusable workflow (`uses: ./.github/workflows/x.yml`), the
 * jobs of that workflow. What another repository holds is noted as unread.
 */
async function githubJobs(
  file: WorkflowFile,
  document: LocatedYamlDocument,
  unread: CiConfiguration['unread'],
  depth: number,
): Promise<GithubJob[]> {
  const found: GithubJob[] = [];
  for (const [name, job] of Object.entries(
    record(record(document.value).jobs),
  )) {
    const uses = record(job).uses;
    if (typeof uses === 'string') {
      found.push(
        ...(
          await called(
            file,
            uses,
            document.lineAt(['jobs', name, 'uses']),
            unread,
            depth,
          )
        ).map(inner => ({ ...inner, name: `${name} → ${inner.name}` })),
      );
      continue;
    }
    const steps = record(job).steps;
    const commands: GithubJob['commands'] = [];
    for (const [i, step] of (Array.isArray(steps) ? steps : []).entries()) {
      const at = ['jobs', name, 'steps', i];
      if (typeof record(step).run === 'string') {
        commands.push(...stepCommands(document, { path: [...at, 'run'] }));
      } else if (
        typeof record(step).uses === 'string' &&
        String(record(step).uses).startsWith('./')
      ) {
        // The action's lines mean nothing in the workflow: the step's line stands.
        const stepLine = document.lineAt([...at, 'uses']) ?? 1;
        commands.push(
          ...(
            await compositeAction(file, String(record(step).uses), depth)
          ).map(command => ({ ...command, line: stepLine })),
        );
      }
    }
    found.push({ name, commands });
  }
  return found;
}

/** The jobs of a reusable workflow a job calls, when it is in this repository. */
async function called(
  file: WorkflowFile,
  uses: string,
  line: number | undefined,
  unread: CiConfiguration['unread'],
  depth: number,
): Promise<GithubJob[]> {
  const path = localPath(file, uses);
  if (!uses.startsWith('./') || !file.tree.files.some(f => f.path === path)) {
    unread.push({ path: file.shown, line, uses });
    return [];
  }
  if (depth >= MAX_CALL_DEPTH) return [];
  const target = { ...file, path, shown: file.shown.replace(file.path, path) };
  const jobs: GithubJob[] = [];
  for (const document of await locatedYamlDocuments(file.tree, path)) {
    jobs.push(...(await githubJobs(target, document, unread, depth + 1)));
  }
  return jobs;
}

/** The `run` steps of a local composite action (its action.yml's runs.steps). */
async function compositeAction(
  file: WorkflowFile,
  uses: string,
  depth: number,
): Promise<GithubJob['commands']> {
  const folder = localPath(file, uses);
  const path = ['action.yml', 'action.yaml']
    .map(name => `${folder}/${name}`)
    .find(candidate => file.tree.files.some(f => f.path === candidate));
  if (!path || depth >= MAX_CALL_DEPTH) return [];
  const commands: GithubJob['commands'] = [];
  for (const document of await locatedYamlDocuments(file.tree, path)) {
    const steps = record(record(document.value).runs).steps;
    for (const [i, step] of (Array.isArray(steps) ? steps : []).entries()) {
      if (typeof record(step).run === 'string') {
        commands.push(
          ...stepCommands(document, { path: ['runs', 'steps', i, 'run'] }),
        );
      }
    }
  }
  return commands;
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
