import type { SourceTree } from '@internal/source-tree';
import { CiJob, ciConfiguration } from '../ci/ciConfiguration';
import { Evidence } from '@internal/plugin-fitness-common';
import { readPyproject } from '../python/readPyproject';
import { FollowedCommand } from '../shell/followCommands';
import { FitnessFunction } from './FitnessFunction';
import { fail, pass, warn } from './outcome';

const runsTests = (c: FollowedCommand) =>
  c.program === 'pytest' || c.program === 'py.test';
const checksContracts = (c: FollowedCommand) =>
  c.program === 'lint-imports' ||
  (c.program === 'fitness' && c.args[0] === 'check');
const migrates = (c: FollowedCommand) =>
  c.program === 'alembic' && c.args.includes('upgrade');

const ALEMBIC_ENV = /(^|\/)(migrations|alembic)\/env\.py$/;

/** pytest options whose value is the next word, not a path to test. */
const PYTEST_VALUE_OPTIONS = new Set([
  '-k',
  '-m',
  '-p',
  '-c',
  '-o',
  '-n',
  '--rootdir',
  '--confcutdir',
  '--deselect',
  '--ignore',
  '--cov',
  '--cov-report',
  '--cov-fail-under',
  '--junitxml',
  '--basetemp',
]);

/**
 * Whether a pytest run can test this service: it names no paths (its
 * testpaths), or one of the paths it names is in the service. `pytest libs`
 * at a monorepo's root tests the libraries, not a service beside them.
 */
function testsThisService(command: FollowedCommand, tree: SourceTree) {
  const paths = command.args.filter(
    (arg, i) =>
      !arg.startsWith('-') && !PYTEST_VALUE_OPTIONS.has(command.args[i - 1]),
  );
  if (paths.length === 0) return true;
  return paths.some(path => {
    const clean = path.replace(/^\.\/?/, '').replace(/\/$/, '');
    return (
      clean === '' ||
      tree.files.some(
        f =>
          f.path === clean ||
          f.path.startsWith(`${clean}/`) ||
          clean.startsWith(`${f.path}::`),
      )
    );
  });
}

/** Whether the service keeps its schema in Alembic migrations. */
async function usesAlembic(tree: SourceTree): Promise<boolean> {
  const paths = tree.files.map(f => f.path);
  if (paths.includes('alembic.ini') || paths.some(p => ALEMBIC_ENV.test(p))) {
    return true;
  }
  return (await readPyproject(tree)).tool?.alembic !== undefined;
}

function evidenceOf(
  job: CiJob,
  command: FollowedCommand,
  message: string,
): Evidence {
  return {
    path: job.path,
    line: command.line,
    message: command.via ? `${message} (through ${command.via})` : message,
  };
}

/** For each job that runs pytest: the alembic upgrade before it, or what is wrong. */
function migrationsBeforeTests(jobs: CiJob[], tree: SourceTree) {
  const migrated: Evidence[] = [];
  const unmigrated: Evidence[] = [];
  for (const job of jobs) {
    const test = job.commands.findIndex(
      c => runsTests(c) && testsThisService(c, tree),
    );
    if (test < 0) continue;
    const migration = job.commands.findIndex(migrates);
    if (migration >= 0 && migration < test) {
      migrated.push(
        evidenceOf(
          job,
          job.commands[migration],
          `job ${job.name} migrates the database before pytest`,
        ),
      );
    } else {
      unmigrated.push(
        evidenceOf(
          job,
          job.commands[test],
          migration < 0
            ? `job ${job.name} runs pytest without an alembic upgrade before it`
            : `job ${job.name} runs alembic upgrade only after pytest (line ${job.commands[migration].line})`,
        ),
      );
    }
  }
  return { migrated, unmigrated };
}

/**
 * A CI workflow that runs the tests and checks the layer contracts, and,
 * with Alembic, migrates the database before the tests.
 */
export const ciWorkflowFunction: FitnessFunction = {
  id: 'ci-workflow',
  title: 'CI runs the tests and the layer contracts',
  category: 'operability',
  level: 'silver',
  weight: 2,
  docsPath: 'docs/fitness/ci-workflow.md',
  appliesTo: () => true,
  async evaluate({ tree, repositoryWorkflows }) {
    const ci = await ciConfiguration(tree, repositoryWorkflows);
    if (ci.workflows.length === 0) {
      return fail('No CI workflow (.github/workflows or .gitlab-ci.yml).');
    }
    const first = (test: (c: FollowedCommand) => boolean, message: string) => {
      for (const job of ci.jobs) {
        const command = job.commands.find(test);
        if (command) return evidenceOf(job, command, message);
      }
      return undefined;
    };
    const tests = first(runsTests, 'runs pytest');
    const contracts = first(checksContracts, 'checks the import contracts');
    const found = [tests, contracts].filter(
      (e): e is Evidence => e !== undefined,
    );
    const unread = ci.unread.map(u => ({
      path: u.path,
      line: u.line,
      message: `calls ${u.uses}, which is in another repository and is not read here`,
    }));
    if (found.length === 0 && unread.length > 0) {
      return warn(
        'CI runs neither pytest nor lint-imports itself; it calls workflows of other repositories, which may.',
        unread,
      );
    }
    if (found.length === 0) {
      return fail(
        'CI does not run pytest or lint-imports.',
        ci.workflows.map(path => ({ path, message: 'runs neither' })),
      );
    }
    const { migrated, unmigrated } = (await usesAlembic(tree))
      ? migrationsBeforeTests(ci.jobs, tree)
      : { migrated: [], unmigrated: [] };
    const evidence = [...found, ...migrated, ...unmigrated, ...unread];
    const missing = [!tests && 'pytest', !contracts && 'lint-imports'].filter(
      Boolean,
    );
    const notRun = missing.length ? ` CI does not run ${missing[0]}.` : '';
    if (unmigrated.length > 0) {
      return fail(
        `CI runs pytest before migrating the database with alembic upgrade.${notRun}`,
        evidence,
      );
    }
    if (missing.length > 0) return warn(notRun.trim(), evidence);
    return pass(
      migrated.length > 0
        ? 'CI migrates the database, runs pytest and checks the import contracts.'
        : 'CI runs pytest and checks the import contracts.',
      evidence,
    );
  },
};
