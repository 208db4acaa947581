import { resolve } from 'node:path';
import { eventually } from '@internal/backend-test-kit';
import { startTestBackend } from '@backstage/backend-test-utils';
import authPlugin from '@backstage/plugin-auth-backend';
import adrPlugin from '@internal/plugin-adr-backend';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogScaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import permissionPlugin from '@backstage/plugin-permission-backend';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import sloPlugin from '@internal/plugin-slo-backend';
import exampleUsersProvider from '@internal/plugin-auth-backend-module-example-users-provider';
import portalPolicy from '@internal/plugin-permission-backend-module-portal-policy';
import request from 'supertest';
import {
  realAuthServices,
  Server,
  signIn,
  testConfig,
} from './__testUtils__/testBackend';

const fixture = (name: string) =>
  resolve(__dirname, '__testUtils__', 'fixtures', name);

describe('the portal permission policy, through the real plugins', () => {
  let server: Server;
  let member: string;
  let loner: string;
  let otherTeam: string;
  let architect: string;

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        adrPlugin,
        authPlugin,
        exampleUsersProvider,
        catalogPlugin,
        catalogScaffolderEntityModel,
        scaffolderPlugin,
        sloPlugin,
        permissionPlugin,
        portalPolicy,
        ...realAuthServices,
        testConfig({
          extraLocations: [
            { type: 'file', target: fixture('team-components.yaml') },
          ],
        }),
      ],
    }));
    await eventually('the example users and the probe template', async () => {
      try {
        member = await signIn(server, 'alice');
        loner = await signIn(server, 'visitor');
        otherTeam = await signIn(server, 'ines');
        architect = await signIn(server, 'grace');
      } catch {
        return false;
      }
      const template = await request(server)
        .get('/api/catalog/entities/by-name/template/default/permission-probe')
        .set('Authorization', member);
      const components = await request(server)
        .get('/api/catalog/entities/by-name/component/default/identity-owned')
        .set('Authorization', member);
      return template.status === 200 && components.status === 200;
    });
  }, 60_000);

  const registerLocation = (auth: string | undefined, target: string) => {
    const req = request(server)
      .post('/api/catalog/locations')
      .send({ type: 'url', target });
    return auth ? req.set('Authorization', auth) : req;
  };
  const createTask = (auth?: string) => {
    const req = request(server)
      .post('/api/scaffolder/v2/tasks')
      .send({ templateRef: 'template:default/permission-probe', values: {} });
    return auth ? req.set('Authorization', auth) : req;
  };

  it.each([
    ['a group member', 201, () => member],
    ['a user in no group', 403, () => loner],
    ['an unauthenticated caller', 401, () => undefined],
  ])('%s registering a location gets %i', async (who, status, auth) => {
    const target = `https://git.example.com/${who.replace(
      / /g,
      '-',
    )}/catalog-info.yaml`;
    const res = await registerLocation(auth(), target);
    expect(res.status).toBe(status);
  });

  it.each([
    ['a group member', 201, () => member],
    ['a user in no group', 403, () => loner],
    ['an unauthenticated caller', 401, () => undefined],
  ])('%s creating a task gets %i', async (_, status, auth) => {
    const res = await createTask(auth());
    expect(res.status).toBe(status);
  });

  it("answers a group member's task with its id", async () => {
    const res = await createTask(member);
    expect(res.body.id).toEqual(expect.any(String));
  });

  it('lets a user in no group read the catalog', async () => {
    const res = await request(server)
      .get('/api/catalog/entities/by-name/template/default/permission-probe')
      .set('Authorization', loner);
    expect(res.status).toBe(200);
  });

  it('keeps ADR reviews to architects: a group member who is not one gets 403', async () => {
    const res = await request(server)
      .post('/api/adr/entities/component/default/orders/adrs/0002-x.md/review')
      .set('Authorization', member)
      .send({ decision: 'accepted' });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/Only architects/);
  });

  it.each([
    ['a group member', 404, () => member],
    ['a user in no group', 403, () => loner],
    ['an unauthenticated caller', 401, () => undefined],
  ])(
    '%s evaluating an SLO now gets %i (404: allowed, but no such SLO)',
    async (_, status, auth) => {
      const req = request(server).post(
        '/api/slo/slos/default/orders-availability/evaluate',
      );
      const res = await (auth() ? req.set('Authorization', auth()!) : req);
      expect(res.status).toBe(status);
    },
  );

  it('keeps unregistering a location to architects', async () => {
    const created = await registerLocation(
      member,
      'https://git.example.com/unregister/catalog-info.yaml',
    );
    expect(created.status).toBe(201);
    const path = `/api/catalog/locations/${created.body.location.id}`;
    for (const auth of [loner, member, otherTeam]) {
      const refused = await request(server)
        .delete(path)
        .set('Authorization', auth);
      expect(refused.status).toBe(403);
    }
    const byArchitect = await request(server)
      .delete(path)
      .set('Authorization', architect);
    expect(byArchitect.status).toBe(204);
  });

  describe("another team's entities", () => {
    const uidOf = async (name: string) => {
      const res = await request(server)
        .get(`/api/catalog/entities/by-name/component/default/${name}`)
        .set('Authorization', member);
      expect(res.status).toBe(200);
      return res.body.metadata.uid as string;
    };
    const refresh = (auth: string, name: string) =>
      request(server)
        .post('/api/catalog/refresh')
        .set('Authorization', auth)
        .send({ entityRef: `component:default/${name}` });
    const remove = async (auth: string, name: string) =>
      request(server)
        .delete(`/api/catalog/entities/by-uid/${await uidOf(name)}`)
        .set('Authorization', auth);

    it('refuses a member of another team deleting or refreshing them', async () => {
      expect((await remove(member, 'identity-owned')).status).toBe(403);
      expect((await refresh(member, 'identity-owned')).status).toBe(403);
      expect((await remove(loner, 'identity-owned')).status).toBe(403);
    });

    it('lets the owners refresh and delete their own', async () => {
      expect((await refresh(otherTeam, 'identity-owned')).status).toBe(200);
      expect((await remove(otherTeam, 'identity-owned')).status).toBe(204);
    });

    it('lets architects refresh and delete any', async () => {
      expect((await refresh(architect, 'platform-owned')).status).toBe(200);
      expect((await remove(architect, 'platform-owned')).status).toBe(204);
    });
  });

  describe('dry-runs and tasks', () => {
    const dryRun = (auth: string) =>
      request(server)
        .post('/api/scaffolder/v2/dry-run')
        .set('Authorization', auth)
        .send({
          template: {
            apiVersion: 'scaffolder.backstage.io/v1beta3',
            kind: 'Template',
            metadata: { name: 'dry' },
            spec: {
              owner: 'group:default/platform',
              type: 'service',
              steps: [
                {
                  id: 'log',
                  action: 'debug:log',
                  input: { message: 'dry' },
                },
              ],
            },
          },
          values: {},
          directoryContents: [],
        });

    it('keeps dry-runs to the groups that own the templates', async () => {
      expect((await dryRun(otherTeam)).status).toBe(403);
      expect((await dryRun(loner)).status).toBe(403);
      expect((await dryRun(member)).status).toBe(200);
    });

    it("refuses a member of another team cancelling someone's task", async () => {
      const { body } = await createTask(member);
      const cancel = (auth: string) =>
        request(server)
          .post(`/api/scaffolder/v2/tasks/${body.id}/cancel`)
          .set('Authorization', auth);
      expect((await cancel(otherTeam)).status).toBe(403);
      expect((await cancel(member)).status).toBe(200);
    });

    it("refuses a member of another team reading or retrying someone's task", async () => {
      const { body } = await createTask(member);
      const task = `/api/scaffolder/v2/tasks/${body.id}`;
      const read = (auth: string) =>
        request(server).get(task).set('Authorization', auth);
      const retry = (auth: string) =>
        request(server)
          .post(`${task}/retry`)
          .set('Authorization', auth)
          .send({});
      expect((await retry(otherTeam)).status).toBe(403);
      expect((await read(otherTeam)).status).toBe(403);
      expect((await read(member)).status).toBe(200);
      expect((await read(architect)).status).toBe(200);
    });
  });
});
