import type { startTestBackend } from '@backstage/backend-test-utils';
import { CATALOG_CONFLICTS_TOPIC as CATALOG_TOPIC } from '@backstage/plugin-catalog-backend';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { INVALID_CASES } from './__fixtures__/invalidDocuments';
import {
  auth,
  catalogReady,
  errorText,
  Failed,
  specFormDocuments,
  startCatalog,
  validDocuments,
  writeRepository,
} from './__testUtils__/catalogRepository';
import { CATALOG_CONFLICTS_TOPIC } from './module';

describe('catalog module: OpenSLO entities', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openslo-catalog-'));
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let failed: Failed[];

  beforeAll(async () => {
    writeRepository(path.join(dir, 'checkout'), [
      ...validDocuments,
      ...specFormDocuments,
      ...INVALID_CASES.map(c => c.document),
    ]);
    backend = await startCatalog([path.join(dir, 'checkout')]);
    await catalogReady(async () => {
      const res = await request(backend.server)
        .get('/api/catalog/entities/by-name/slo/default/checkout-availability')
        .set('Authorization', auth);
      return res.status === 200 ? res.body : undefined;
    });
    // Entities that never passed processing are listed as pending, with their errors.
    failed = await catalogReady(async () => {
      const res = await request(backend.server)
        .get('/api/catalog/entities/unprocessed/pending')
        .set('Authorization', auth);
      const entities: Failed[] = (res.body.entities ?? []).filter(
        (e: Failed) => errorText(e) !== '',
      );
      return entities.length >= INVALID_CASES.length ? entities : undefined;
    });
  }, 120_000);

  afterAll(async () => {
    await backend?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('ingests the valid documents and relates the SLO to its component', async () => {
    // Processed before its component, an SLO is related on a later pass.
    const res = await catalogReady(async () => {
      const r = await request(backend.server)
        .get('/api/catalog/entities/by-name/slo/default/checkout-availability')
        .set('Authorization', auth);
      return r.body.relations?.length ? r : undefined;
    });
    expect(res.body.relations).toEqual(
      expect.arrayContaining([
        { type: 'sloOf', targetRef: 'component:default/checkout' },
      ]),
    );
    for (const [kind, name] of [
      ['sli', 'checkout-availability-ratio'],
      ['alertpolicy', 'checkout-availability-fast-burn'],
    ]) {
      const sibling = await request(backend.server)
        .get(`/api/catalog/entities/by-name/${kind}/default/${name}`)
        .set('Authorization', auth);
      expect(sibling.status).toBe(200);
    }
    const component = await catalogReady(async () => {
      const c = await request(backend.server)
        .get('/api/catalog/entities/by-name/component/default/checkout')
        .set('Authorization', auth);
      return c.body.relations?.some(
        (r: { type: string }) => r.type === 'hasSlo',
      )
        ? c.body
        : undefined;
    });
    expect(component.relations).toEqual(
      expect.arrayContaining([
        { type: 'hasSlo', targetRef: 'slo:default/checkout-availability' },
      ]),
    );
  });

  it('ingests OpenSLO as the specification writes it, and relates a Datadog SLO to its component', async () => {
    const slo = await catalogReady(async () => {
      const r = await request(backend.server)
        .get('/api/catalog/entities/by-name/slo/default/LatencyP99')
        .set('Authorization', auth);
      return r.body.relations?.length ? r.body : undefined;
    });
    expect(slo.relations).toEqual(
      expect.arrayContaining([
        { type: 'sloOf', targetRef: 'component:default/checkout' },
      ]),
    );
    // The labels the catalog cannot hold are kept, as written.
    expect(
      JSON.parse(slo.metadata.annotations['golden-path/openslo-labels']),
    ).toEqual({ team: 'Checkout squad', tags: ['payments', 'tier-1'] });
    const target = await request(backend.server)
      .get(
        '/api/catalog/entities/by-name/alertnotificationtarget/default/OnCallPager',
      )
      .set('Authorization', auth);
    expect(target.status).toBe(200);
    expect(
      failed.filter(f =>
        ['LatencyP99', 'OnCallPager'].includes(
          f.unprocessed_entity.metadata.name,
        ),
      ),
    ).toEqual([]);
  });

  it.each(INVALID_CASES.map(c => [c.title, c] as const))(
    'refuses %s with the field path in the unprocessed-entities view, and ingests its valid sibling',
    async (_title, invalid) => {
      const entry = failed.find(
        f =>
          f.unprocessed_entity.kind === invalid.kind &&
          f.unprocessed_entity.metadata.name === invalid.name,
      );
      expect(entry).toBeDefined();
      const text = errorText(entry);
      expect(text).toContain(`${invalid.path}: `);
      const sibling = await request(backend.server)
        .get('/api/catalog/entities/by-name/slo/default/checkout-availability')
        .set('Authorization', auth);
      expect(sibling.status).toBe(200);
    },
  );

  it('listens on the topic the catalog publishes conflicts on', () => {
    expect(CATALOG_CONFLICTS_TOPIC).toBe(CATALOG_TOPIC);
  });
});
