import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/*
 * scripts/system-packages.sh, as start.sh and test.sh source it, run as a
 * user who may not install packages (nobody when the tests run as root).
 */
const dir = mkdtempSync(join(tmpdir(), 'system-packages-'));
const script = join(dir, 'system-packages.sh');
copyFileSync(resolve(__dirname, '../../../scripts/system-packages.sh'), script);
chmodSync(dir, 0o755);
chmodSync(script, 0o644);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const asUnprivileged = (...packages: string[]) =>
  spawnSync(
    'bash',
    [
      '-c',
      `source ${script} && ensure_system_packages "npm test" "$@"`,
      '-',
      ...packages,
    ],
    {
      encoding: 'utf8',
      ...(process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}),
      env: { PATH: '/usr/bin:/bin', HOME: dir },
    },
  );
describe('system packages for a user who may not install them', () => {
  it('says nothing and succeeds when every package is installed', () => {
    const result = asUnprivileged('bash', 'dpkg');
    expect({ status: result.status, stderr: result.stderr }).toEqual({
      status: 0,
      stderr: '',
    });
  });

  it('names the exact command for the missing ones, and fails', () => {
    const result = asUnprivileged('bash', 'portal-absent-a', 'portal-absent-b');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'system packages: npm test needs portal-absent-a portal-absent-b. Install them with:\n' +
        '  sudo apt-get install -y portal-absent-a portal-absent-b\n',
    );
  });
});
