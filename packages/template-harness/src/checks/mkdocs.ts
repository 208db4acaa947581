import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Check } from '../HarnessFailure';

const run = promisify(execFile);

/** The docs build with mkdocs --strict: no broken link, no page left out of the nav. */
export const mkdocs: Check = async service => {
  const site = await mkdtemp(join(tmpdir(), 'harness-site-'));
  try {
    await run('mkdocs', ['build', '--strict', '--site-dir', site], {
      cwd: service.dir,
    });
    return [];
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? error);
    return [
      {
        check: 'mkdocs',
        file: 'mkdocs.yml',
        message: stderr
          .split('\n')
          .filter(line => /WARNING|ERROR|Error|Aborted/.test(line))
          .join('\n'),
      },
    ];
  } finally {
    await rm(site, { recursive: true, force: true });
  }
};
