import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogUnprocessedModule from '@backstage/plugin-catalog-backend-module-unprocessed';
import request from 'supertest';
import localReposModule from './index';

const component = (name: string) => `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${name}
spec:
  type: service
  lifecycle: experimental
  owner: group:default/platform
`;

describe('catalog file locations confined to the configured roots', () => {
  const base = mkdtempSync(join(tmpdir(), 'local-repos-'));
  const repos = join(base, 'repos');
  mkdirSync(join(repos, 'good'), { recursive: true });
  mkdirSync(join(repos, 'nested'), { recursive: true });
  mkdirSync(join(base, 'secret'));
  writeFileSync(join(repos, 'good/catalog-info.yaml'), component('good'));
  writeFileSync(join(base, 'secret/catalog-info.yaml'), component('secret'));
  symlinkSync(join(base, 'secret'), join(repos, 'escape'));
  const api = (
    name: string,
    definition: string,
  ) => `apiVersion: backstage.io/v1alpha1
kind: API
metadata:
  name: ${name}
spec:
  type: openapi
  lifecycle: experimental
  owner: group:default/platform
  definition:
    ${definition}
`;
  mkdirSync(join(repos, 'orders'), { recursive: true });
  writeFileSync(join(repos, 'orders/openapi.yaml'), 'openapi: 3.1.0\n');
  writeFileSync(
    join(repos, 'orders/catalog-info.yaml'),
    [
      api('orders-api', '$text: ./openapi.yaml'),
      api('orders-leak-api', '$text: ../../secret/catalog-info.yaml'),
      api('orders-link-api', '$text: ./secret.yaml'),
    ].join('---\n'),
  );
  symlinkSync(
    join(base, 'secret/catalog-info.yaml'),
    join(repos, 'orders/secret.yaml'),
  );
  writeFileSync(
    join(repos, 'nested/catalog-info.yaml'),
    `apiVersion: backstage.io/v1alpha1
kind: Location
metadata:
  name: nested
spec:
  type: file
  targets: [../../secret/catalog-info.yaml]
`,
  );

  const auth = mockCredentials.user.header('user:default/alice');
  let server: Parameters<typeof request>[0];

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        catalogPlugin,
        catalogUnprocessedModule,
        localReposModule,
        mockServices.rootConfig.factory({
          data: {
            backend: { baseUrl: 'http://localhost:7007' },
            catalog: {
              rules: [{ allow: ['Component', 'Location', 'API'] }],
              fileLocationRoots: [repos],
              processingInterval: { seconds: 1 },
            },
          },
        }),
      ],
    }));
  });

  const register = (target: string) =>
    request(server)
      .post('/api/catalog/locations')
      .set('Authorization', auth)
      .send({ type: 'file', target });
  const entity = (name: string) =>
    request(server)
      .get(`/api/catalog/entities/by-name/component/default/${name}`)
      .set('Authorization', auth);

  /**
   * Waits for `good` in the catalog, then a few more processing rounds for
   * anything that would leak; answers the status of `secret`'s entity.
   */
  async function secretAfterGood(): Promise<number> {
    const deadline = Date.now() + 30_000;
    while ((await entity('good')).status !== 200) {
      if (Date.now() > deadline) throw new Error('good never appeared');
      await new Promise(r => setTimeout(r, 200));
    }
    await new Promise(r => setTimeout(r, 3_000));
    return (await entity('secret')).status;
  }

  it('reads a repository under a root, and nothing that points outside', async () => {
    expect(
      (await register(join(base, 'secret/catalog-info.yaml'))).status,
    ).toBe(201);
    expect(
      (await register(join(repos, 'escape/catalog-info.yaml'))).status,
    ).toBe(201);
    expect(
      (await register(join(repos, 'nested/catalog-info.yaml'))).status,
    ).toBe(201);
    expect((await register(join(repos, 'good/catalog-info.yaml'))).status).toBe(
      201,
    );

    expect(await secretAfterGood()).toBe(404);
  }, 60_000);

  it('reads no file that a glob reaches outside the roots, through braces, ".." or a link', async () => {
    // Braces expand to "..", which a path check of the text would have
    // cancelled against the next segment; a glob follows a link out.
    for (const target of [
      `${repos}/{..,good}/secret/catalog-info.yaml`,
      `${repos}/*/../../secret/catalog-info.yaml`,
      `${repos}/**/catalog-info.yaml`,
      `${repos}/@(..)/secret/catalog-info.yaml`,
      `${repos}/escape*/catalog-info.yaml`,
    ]) {
      expect((await register(target)).status).toBe(201);
    }
    expect((await register(join(repos, 'go*/catalog-info.yaml'))).status).toBe(
      201,
    );

    expect(await secretAfterGood()).toBe(404);
  }, 60_000);

  it('fills placeholders naming a file beside the catalog file, and no file outside its folder', async () => {
    expect(
      (await register(join(repos, 'orders/catalog-info.yaml'))).status,
    ).toBe(201);
    const apiEntity = (name: string) =>
      request(server)
        .get(`/api/catalog/entities/by-name/api/default/${name}`)
        .set('Authorization', auth);
    const deadline = Date.now() + 30_000;
    while ((await apiEntity('orders-api')).status !== 200) {
      if (Date.now() > deadline) throw new Error('orders-api never appeared');
      await new Promise(r => setTimeout(r, 200));
    }
    expect((await apiEntity('orders-api')).body.spec.definition).toBe(
      'openapi: 3.1.0\n',
    );
    // The two that name files outside the repository never reach the
    // catalog: their processing fails with the reason.
    const failures = async () =>
      Object.fromEntries(
        (
          await request(server)
            .get('/api/catalog/entities/unprocessed/pending')
            .set('Authorization', auth)
        ).body.entities
          .filter(
            (e: { unprocessed_entity: { kind: string } }) =>
              e.unprocessed_entity.kind === 'API',
          )
          .map(
            (e: {
              unprocessed_entity: { metadata: { name: string } };
              errors?: Array<{ message: string }>;
            }) => [
              e.unprocessed_entity.metadata.name,
              e.errors?.map(x => x.message).join(' '),
            ],
          ),
      );
    while (Object.keys(await failures()).length < 2) {
      if (Date.now() > deadline) throw new Error('no processing errors');
      await new Promise(r => setTimeout(r, 200));
    }
    expect(await failures()).toEqual({
      'orders-leak-api': expect.stringContaining(
        'could not read ../../secret/catalog-info.yaml: it is outside the folders the catalog may read',
      ),
      'orders-link-api': expect.stringContaining(
        'could not read ./secret.yaml: it is outside the folders the catalog may read',
      ),
    });
    expect((await apiEntity('orders-leak-api')).status).toBe(404);
    expect((await apiEntity('orders-link-api')).status).toBe(404);
  }, 60_000);

  it('still refuses other location types than url and file', async () => {
    const res = await request(server)
      .post('/api/catalog/locations')
      .set('Authorization', auth)
      .send({ type: 'github-org', target: 'https://github.com/acme' });
    expect(res.status).toBe(400);
  });
});
