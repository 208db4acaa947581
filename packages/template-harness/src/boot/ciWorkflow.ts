import { parse } from 'yaml';
import { shellWords } from './shellWords';

/** One step of a CI job, as the proof will run it. */
export type CiStep =
  | { kind: 'checkout' }
  | { kind: 'setup-python'; version: string | { file: string } }
  | { kind: 'pip'; args: string[] }
  | { kind: 'tool'; name: string; args: string[] }
  | { kind: 'import-contracts' }
  | { kind: 'docker-build'; context: string };

export interface CiJob {
  name: string;
  /** Relative to the repository's root; '.' when the job sets none. */
  workingDirectory: string;
  env: Record<string, string>;
  /** Whether the job has a PostgreSQL service container. */
  postgres: boolean;
  steps: { label: string; step: CiStep; env: Record<string, string> }[];
}

type WorkflowStep = {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  'working-directory'?: string;
};
type WorkflowJob = {
  env?: Record<string, string>;
  services?: Record<string, { image?: string }>;
  strategy?: { matrix?: Record<string, unknown> };
  defaults?: { run?: { 'working-directory'?: string } };
  steps?: WorkflowStep[];
};

/**
 * What a command of the workflow means here. The mapping (docs/golden-paths.md):
 * `python -m pip …`/`pip …` → the proof's virtualenv's pip; `uv run X` → X;
 * `uv pip sync F` → pip install --require-hashes --no-deps -r F;
 * `lint-imports` (also through `pipx run`) → the fitness engine's contracts;
 * `docker build C` → the image recreated from the Dockerfile; any other
 * command must be an executable the virtualenv installed. Anything else
 * fails the proof.
 */
function mapCommand(words: string[]): CiStep {
  const [first, ...rest] = words;
  if (first === 'python' && rest[0] === '-m' && rest[1] === 'pip') {
    return { kind: 'pip', args: rest.slice(2) };
  }
  if (first === 'pip') return { kind: 'pip', args: rest };
  if (first === 'uv' && rest[0] === 'run') return mapCommand(rest.slice(1));
  if (
    first === 'uv' &&
    rest[0] === 'pip' &&
    rest[1] === 'sync' &&
    rest.length === 3
  ) {
    return {
      kind: 'pip',
      args: ['install', '--require-hashes', '--no-deps', '-r', rest[2]],
    };
  }
  if (first === 'pipx' && rest[0] === 'run') {
    const spec = rest[1] === '--spec' ? 3 : 1;
    return mapCommand(rest.slice(spec));
  }
  if (first === 'lint-imports') return { kind: 'import-contracts' };
  if (first === 'docker' && rest[0] === 'build') {
    const context = rest
      .filter(w => !w.startsWith('-'))
      .slice(1)
      .pop();
    if (context && rest.length === 2) return { kind: 'docker-build', context };
  }
  if (
    /^[\w.-]+$/.test(first ?? '') &&
    !['uv', 'docker', 'pipx', 'sh', 'bash'].includes(first)
  ) {
    return { kind: 'tool', name: first, args: rest };
  }
  throw new Error(`\`${words.join(' ')}\` is not in the proof's mapping`);
}

function mapStep(step: WorkflowStep): CiStep[] {
  if (step.uses) {
    const action = step.uses.split('@')[0];
    if (action === 'actions/checkout') return [{ kind: 'checkout' }];
    if (action === 'actions/setup-python') {
      const file = step.with?.['python-version-file'];
      const version = step.with?.['python-version'];
      if (!file && !version) {
        throw new Error('actions/setup-python pins no Python version');
      }
      return [
        {
          kind: 'setup-python',
          version: version ? String(version) : { file: file! },
        },
      ];
    }
    throw new Error(`the action ${step.uses} is not in the proof's mapping`);
  }
  return (step.run ?? '')
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean)
    .map(line => mapCommand(shellWords(line)));
}

const matrixValues = (matrix: Record<string, unknown> | undefined) => {
  const entries = Object.entries(matrix ?? {}).filter(([, v]) =>
    Array.isArray(v),
  );
  if (entries.length === 0) return [{}];
  if (entries.length > 1)
    throw new Error('a matrix of more than one key is not in the mapping');
  const [key, values] = entries[0] as [string, unknown[]];
  return values.map(value => ({ [key]: String(value) }));
};

const substitute = (text: string, matrix: Record<string, string>) =>
  text.replace(/\$\{\{\s*matrix\.(\w+)\s*\}\}/g, (_, key) => {
    if (!(key in matrix)) throw new Error(`matrix.${key} is not in the matrix`);
    return matrix[key];
  });

/**
 * The jobs of a GitHub Actions workflow that run the tests of the code in
 * `directory` (relative to the repository's root), one per matrix value,
 * with each step mapped; throws on a step the mapping does not know.
 */
export function readCiJobs(workflowText: string, directory: string): CiJob[] {
  const workflow = parse(workflowText) as {
    jobs?: Record<string, WorkflowJob>;
  };
  const jobs: CiJob[] = [];
  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    for (const matrix of matrixValues(job.strategy?.matrix)) {
      const workingDirectory = substitute(
        job.defaults?.run?.['working-directory'] ?? '.',
        matrix,
      ).replace(/^\.\//, '');
      if (workingDirectory !== directory) continue;
      jobs.push({
        name: Object.keys(matrix).length
          ? `${name} (${Object.values(matrix).join(', ')})`
          : name,
        workingDirectory,
        env: job.env ?? {},
        postgres: Object.values(job.services ?? {}).some(s =>
          /^postgres(:|$)/.test(s.image ?? ''),
        ),
        steps: (job.steps ?? []).flatMap(step =>
          mapStep(step).map(mapped => ({
            label: substitute(step.run?.trim() ?? step.uses ?? '', matrix),
            step: mapped,
            env: step.env ?? {},
          })),
        ),
      });
    }
  }
  return jobs;
}
