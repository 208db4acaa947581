import { ciConfiguration } from '../ci/ciConfiguration';
import { LockFile, lockFiles } from '../dependencies/lockFiles';
import { lockUse } from '../dependencies/lockInstalls';
import {
  instructionCommands,
  readDockerfile,
} from '../docker/dockerfileStages';
import { Evidence } from '@internal/plugin-fitness-common';
import { invocationOf } from '../shell/invocation';
import { FitnessFunction } from './FitnessFunction';
import { fail, pass } from './outcome';

type Command = { path: string; line: number; argv: string[] };

/** Whether some command installs from a lock, with evidence either way. */
function installsFromLock(
  who: string,
  commands: Command[],
  locks: LockFile[],
): { ok: boolean; evidence: Evidence[] } {
  const unlocked: Evidence[] = [];
  for (const { path, line, argv } of commands) {
    const invocation = invocationOf(argv);
    const use = invocation && lockUse(invocation, locks);
    if (use === 'unlocked') {
      unlocked.push({
        path,
        line,
        message: `${who} installs without a lock: ${argv.join(' ')}`,
      });
    } else if (use) {
      return {
        ok: true,
        evidence: [
          { path, line, message: `${who} installs from ${use.installs.path}` },
        ],
      };
    }
  }
  return {
    ok: false,
    evidence: unlocked.length
      ? unlocked
      : [
          {
            path: commands[0]?.path ?? '.',
            message: `${who} installs nothing from a lock`,
          },
        ],
  };
}

const describe = (lock: LockFile) =>
  lock.hashes === undefined
    ? lock.path
    : `${lock.path} (${lock.hashes ? 'with hashes' : 'no hashes'})`;

/** A lock file pins the dependencies, and CI and the image install from it. */
export const pinnedDependenciesFunction: FitnessFunction = {
  id: 'pinned-dependencies',
  title: 'Dependencies are locked, and CI and the image install the lock',
  category: 'operability',
  level: 'silver',
  weight: 1,
  docsPath: 'docs/fitness/pinned-dependencies.md',
  appliesTo: () => true,
  async evaluate({ tree, repositoryWorkflows }) {
    const { locks, unpinned } = await lockFiles(tree);
    if (locks.length === 0) {
      return fail(
        'No lock file: requirements*.lock or requirements*.txt pinned with ==, uv.lock, poetry.lock, pdm.lock, pylock.toml or Pipfile.lock.',
        unpinned,
      );
    }
    const locked = `Locked by ${locks.map(describe).join(', ')}`;
    const them = locks.length > 1 ? 'them' : 'it';
    const ci = await ciConfiguration(tree, repositoryWorkflows);
    const dockerfile = await readDockerfile(tree);
    const sides = [
      ci.workflows.length > 0 && {
        who: 'CI',
        result: installsFromLock(
          'CI',
          ci.jobs.flatMap(job =>
            job.commands.map(c => ({ ...c, path: job.path })),
          ),
          locks,
        ),
      },
      dockerfile && {
        who: 'the image',
        result: installsFromLock(
          'the image',
          dockerfile.stages.flatMap(stage =>
            stage.instructions
              .filter(i => i.keyword === 'RUN')
              .flatMap(i =>
                instructionCommands(i).map(c => ({
                  path: dockerfile.path,
                  line: i.line,
                  argv: c.argv,
                })),
              ),
          ),
          locks,
        ),
      },
    ].filter(<T>(side: T | false | undefined): side is T => Boolean(side));
    const evidence = sides.flatMap(s => s.result.evidence);
    const failing = sides.filter(s => !s.result.ok).map(s => s.who);
    if (failing.length > 0) {
      return fail(
        `${locked}, but ${failing.join(' and ')} ${
          failing.length > 1 ? 'do' : 'does'
        } not install from ${them}.`,
        evidence,
      );
    }
    const unchecked = [
      ci.workflows.length === 0 && 'no CI workflow',
      !dockerfile && 'no Dockerfile',
    ].filter(Boolean);
    const installers = sides.map(s => s.who).join(' and ');
    return pass(
      `${locked}${
        sides.length
          ? `; ${installers} install${sides.length > 1 ? '' : 's'} from ${them}`
          : ''
      }${unchecked.length ? ` (${unchecked.join(' and ')} to check)` : ''}.`,
      evidence,
    );
  },
};
