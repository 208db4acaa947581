import { startTestBackend } from '@backstage/backend-test-utils';
import authPlugin from '@backstage/plugin-auth-backend';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { eventually } from '@internal/backend-test-kit';
import { CheckJson, fitnessCli } from '@internal/fitness-engine';
import exampleUsersProvider from '@internal/plugin-auth-backend-module-example-users-provider';
import fitnessPlugin from '@internal/plugin-fitness-backend';
import type { EntityFitness } from '@internal/plugin-fitness-common';
import portalPolicy from '@internal/plugin-permission-backend-module-portal-policy';
import { fitnessReport } from '@internal/template-harness';
import { resolve } from 'node:path';
import request from 'supertest';
import {
  realAuthServices,
  Server,
  signIn,
  testConfig,
} from './__testUtils__/testBackend';

const services = resolve(__dirname, '../../../examples/services');
const SERVICES = ['platform-api', 'platform-user'];
/** Who may ask for a rescan of each: an owner. */
const OWNERS: Record<string, string> = {
  'platform-api': 'alice',
  'platform-user': 'ines',
};
/** Functions that need the catalog: the portal runs them, the CLI cannot. */
const CATALOG_FUNCTIONS = new Set([
  'slos-defined',
  'owner-is-group',
  'system-is-set',
  'techdocs',
  'adrs-recorded',
  'runbook-covers-alerts',
  'template-currency',
]);

type Verdict = [string, string, string, string[]];

const verdicts = (
  functions: Array<{
    id: string;
    status: string;
    summary: string;
    evidence: Array<{ path?: string; line?: number | null; message: string }>;
  }>,
): Verdict[] =>
  functions
    .filter(f => !CATALOG_FUNCTIONS.has(f.id))
    .map(f => [
      f.id,
      f.status,
      f.summary,
      f.evidence.map(e => `${e.path}:${e.line ?? ''} ${e.message}`),
    ]);

async function fromCli(dir: string): Promise<CheckJson> {
  let out = '';
  await fitnessCli(['check', dir, '--format', 'json'], {
    stdout: text => (out += text),
    stderr: () => undefined,
  });
  return JSON.parse(out);
}

describe('one scan pipeline: the CLI, the template harness and the portal agree', () => {
  let server: Server;
  let alice = '';

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        authPlugin,
        exampleUsersProvider,
        catalogPlugin,
        fitnessPlugin,
        permissionPlugin,
        portalPolicy,
        ...realAuthServices,
        testConfig({
          fileLocationRoots: [services],
          extraLocations: SERVICES.map(name => ({
            type: 'file',
            target: `${services}/${name}/catalog-info.yaml`,
          })),
        }),
      ],
    }));
    await eventually('alice and the services', async () => {
      try {
        alice = await signIn(server, 'alice');
      } catch {
        return false;
      }
      for (const name of SERVICES) {
        const res = await request(server)
          .get(`/api/catalog/entities/by-name/component/default/${name}`)
          .set('Authorization', alice);
        if (res.status !== 200) return false;
      }
      return true;
    });
  }, 60_000);

  it.each(SERVICES)(
    'gives %s the same verdicts, evidence and all',
    async name => {
      let portal: EntityFitness | undefined;
      await eventually(
        `the portal's scan of ${name}`,
        async () => {
          const res = await request(server)
            .get(`/api/fitness/entities/component/default/${name}`)
            .set('Authorization', alice);
          if (res.status === 200) portal = res.body;
          else
            await request(server)
              .post(`/api/fitness/entities/component/default/${name}/rescan`)
              .set('Authorization', await signIn(server, OWNERS[name]));
          return res.status === 200;
        },
        90_000,
      );
      const dir = `${services}/${name}`;
      const cli = await fromCli(dir);
      const harness = await fitnessReport(dir);

      expect(verdicts(cli.functions).length).toBeGreaterThan(8);
      expect(verdicts(harness.functions)).toEqual(verdicts(cli.functions));
      expect(
        verdicts(portal!.results.map(r => ({ ...r, id: r.functionId }))),
      ).toEqual(verdicts(cli.functions));
    },
    120_000,
  );
});
