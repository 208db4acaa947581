import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../../..');

/**
 * The portal as `npm start` runs it (scripts/backend.sh), on its own port and
 * data folder, with extra config files layered on app-config.yaml.
 */
export class PortalProcess {
  private child?: ChildProcess;
  private output = '';

  constructor(
    readonly port: number,
    private readonly dataDir: string,
    private readonly configFiles: string[],
  ) {}

  get baseUrl() {
    return `http://localhost:${this.port}`;
  }

  async start(timeoutMs = 120_000) {
    const args = this.configFiles.flatMap(file => ['--config', file]);
    this.output = '';
    const child = spawn(
      'bash',
      [resolve(root, 'scripts/backend.sh'), ...args],
      {
        cwd: root,
        env: {
          ...process.env,
          // jest sets NODE_ENV=test; run the portal as `npm start` does.
          NODE_ENV: 'development',
          PORTAL_PORT: String(this.port),
          PORTAL_DATA_DIR: this.dataDir,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout!.on('data', d => (this.output += d));
    child.stderr!.on('data', d => (this.output += d));
    this.child = child;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new Error(
          `the portal exited with ${child.exitCode}:\n${this.tail()}`,
        );
      }
      try {
        const res = await fetch(
          `${this.baseUrl}/.backstage/health/v1/readiness`,
        );
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise(r => setTimeout(r, 500));
    }
    throw new Error(`the portal did not become ready:\n${this.tail()}`);
  }

  /** SIGKILL: the process gets no chance to tidy up. */
  async kill() {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise(r => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }

  tail(lines = 40) {
    return this.output.split('\n').slice(-lines).join('\n');
  }
}
