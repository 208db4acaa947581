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

describe('the portal permission policy, through the real plugins', () => {
  let server: Server;
  let member: string;
  let loner: string;

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
        testConfig(),
      ],
    }));
    await eventually('the example users and the probe template', async () => {
      try {
        member = await signIn(server, 'alice');
        loner = await signIn(server, 'visitor');
      } catch {
        return false;
      }
      const template = await request(server)
        .get('/api/catalog/entities/by-name/template/default/permission-probe')
        .set('Authorization', member);
      return template.status === 200;
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

  it('keeps unregistering a location to group members', async () => {
    const created = await registerLocation(
      member,
      'https://git.example.com/unregister/catalog-info.yaml',
    );
    expect(created.status).toBe(201);
    const path = `/api/catalog/locations/${created.body.location.id}`;
    const byLoner = await request(server)
      .delete(path)
      .set('Authorization', loner);
    expect(byLoner.status).toBe(403);
    const byMember = await request(server)
      .delete(path)
      .set('Authorization', member);
    expect(byMember.status).toBe(204);
  });
});
