import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPrivateRabbitmq } from './privateBrokers';

const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('startPrivateRabbitmq', () => {
  it('stops the node itself, not only the script that started it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'private-rabbitmq-'));
    // As the boot proof does: the node runs as the rabbitmq user.
    chmodSync(root, 0o755);
    try {
      const rabbitmq = await startPrivateRabbitmq(root);
      const pid = Number(
        readFileSync(join(root, 'rabbitmq', 'pid'), 'utf8').trim(),
      );
      expect(running(pid)).toBe(true);
      await rabbitmq.stop();
      expect(running(pid)).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 180_000);
});
