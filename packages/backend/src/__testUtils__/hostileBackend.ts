import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import { eventually, whileProbingLiveness } from '@internal/backend-test-kit';
import { portalFeatures } from '../features';
import { repoRoot } from './scaffolderBackend';
import { realAuthServices, Server, signIn, testConfig } from './testBackend';

/** Every file below `dir` with a hash of its content, to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else
        files[path] = `${statSync(path).mtimeMs}:${createHash('sha256')
          .update(readFileSync(path))
          .digest('hex')}`;
    }
  };
  walk(dir);
  return files;
}

export type HostileBackend = {
  server: Server;
  /** alice's Authorization header: a member of platform. */
  alice: string;
  /** Where repositories may be registered from (catalog.fileLocationRoots). */
  repos: string;
  /** Files the attacks aim at; none may change. */
  outside: string;
  /** A fresh folder under `repos` holding `files`. */
  repository(files: Record<string, string>): string;
  /** Registers a repository's catalog-info.yaml and waits for `entityRef`. */
  register(repository: string, entityRef: string): Promise<void>;
  /**
   * Runs an attack while probing liveness from another process: every probe
   * must be answered, and nothing under `outside` may change. What the
   * attack returned, or the error it threw.
   */
  attack<T>(work: () => Promise<T>): Promise<PromiseSettledResult<T>>;
};

/**
 * The whole portal backend (every plugin and module the portal runs) with
 * its files in one temporary folder: repositories under `repos`, the
 * scaffolder's workspaces under `work`, and a folder `outside` that the
 * attacks try to read or write.
 */
export async function startHostileBackend(): Promise<HostileBackend> {
  const base = mkdtempSync(join(tmpdir(), 'hostile-'));
  const repos = join(base, 'repos');
  const outside = join(base, 'outside');
  mkdirSync(repos);
  mkdirSync(outside);
  mkdirSync(join(base, 'work'));
  writeFileSync(join(outside, 'victim.txt'), 'the host file\n');
  writeFileSync(
    join(outside, 'catalog-info.yaml'),
    'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: outside\nspec:\n  type: service\n  lifecycle: production\n  owner: group:default/platform\n',
  );
  const { server } = await startTestBackend({
    features: [
      ...portalFeatures,
      ...realAuthServices,
      testConfig({
        fileLocationRoots: [
          repos,
          join(__dirname, 'fixtures'),
          join(repoRoot, 'templates'),
        ],
        extraLocations: [
          {
            type: 'file',
            target: join(
              repoRoot,
              'templates',
              'python-layered-service',
              'template.yaml',
            ),
            rules: [{ allow: ['Template'] }],
          },
        ],
        workingDirectory: join(base, 'work'),
        goldenPath: { localRepositories: repos },
        extra: {
          techdocs: {
            builder: 'local',
            generator: {
              runIn: 'local',
              mkdocs: {
                omitTechdocsCorePlugin: true,
                disableExternalFonts: true,
              },
            },
            publisher: {
              type: 'local',
              local: { publishDirectory: join(base, 'techdocs') },
            },
          },
        },
      }),
    ],
  });
  let alice = '';
  await eventually('the example users', async () => {
    try {
      alice = await signIn(server, 'alice');
      return true;
    } catch {
      return false;
    }
  });
  const port = (server.address() as AddressInfo).port;
  let count = 0;
  return {
    server,
    alice,
    repos,
    outside,
    repository(files) {
      const root = join(repos, `repo-${++count}`);
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(join(root, path, '..'), { recursive: true });
        writeFileSync(join(root, path), content);
      }
      return root;
    },
    async register(repository, entityRef) {
      const created = await request(server)
        .post('/api/catalog/locations')
        .set('Authorization', alice)
        .send({ type: 'file', target: join(repository, 'catalog-info.yaml') });
      if (created.status !== 201) {
        throw new Error(`registering ${repository}: ${created.text}`);
      }
      const [kind, rest] = entityRef.split(':');
      await eventually(entityRef, async () => {
        const res = await request(server)
          .get(`/api/catalog/entities/by-name/${kind}/${rest}`)
          .set('Authorization', alice);
        return res.status === 200;
      });
    },
    async attack(work) {
      const before = snapshot(outside);
      const { outcome, answers } = await whileProbingLiveness(port, work);
      if (answers.some(a => a !== '200')) {
        throw new Error(
          `the backend stopped answering its liveness probe during the attack: ${answers.join(
            ', ',
          )}`,
        );
      }
      const after = snapshot(outside);
      if (JSON.stringify(after) !== JSON.stringify(before)) {
        throw new Error(
          `the attack changed files outside its temporary folder: ${JSON.stringify(
            { before, after },
          )}`,
        );
      }
      return outcome;
    },
  };
}

/** The message of a refused attack (the error thrown, or the 4xx body). */
export function refusal(outcome: PromiseSettledResult<unknown>): string {
  if (outcome.status === 'rejected') {
    return String((outcome.reason as Error).message ?? outcome.reason);
  }
  return JSON.stringify(outcome.value);
}
