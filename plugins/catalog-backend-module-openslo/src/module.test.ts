import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin, {
  CATALOG_CONFLICTS_TOPIC as CATALOG_TOPIC,
} from '@backstage/plugin-catalog-backend';
import unprocessedModule from '@backstage/plugin-catalog-backend-module-unprocessed';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { stringify } from 'yaml';
import { waitFor } from '@internal/backend-test-kit';
import {
  ANNOTATION_SLO_NOT_ATTACHED,
  OPENSLO_KINDS,
} from '@internal/plugin-slo-common';
import { INVALID_CASES } from './__fixtures__/invalidDocuments';
import { CATALOG_CONFLICTS_TOPIC, catalogModuleOpenslo } from './module';

const auth = mockCredentials.user.header('user:default/alice');

const metricSource = (query: string) => ({
  metricSource: { metricSourceRef: 'prometheus-main', spec: { query } },
});

const validDocuments = [
  {
    apiVersion: 'openslo/v1',
    kind: 'SLI',
    metadata: { name: 'checkout-availability-ratio' },
    spec: {
      ratioMetric: {
        counter: true,
        good: metricSource('http_requests_total{job="checkout",code!~"5.."}'),
        total: metricSource('http_requests_total{job="checkout"}'),
      },
    },
  },
  {
    apiVersion: 'openslo/v1',
    kind: 'AlertPolicy',
    metadata: { name: 'checkout-availability-fast-burn' },
    spec: {
      conditions: [
        {
          kind: 'AlertCondition',
          metadata: { name: 'checkout-availability-fast-burn-condition' },
          spec: {
            severity: 'page',
            condition: {
              kind: 'burnrate',
              op: 'gte',
              threshold: 14.4,
              lookbackWindow: '1h',
              alertAfter: '2m',
            },
          },
        },
      ],
      notificationTargets: [{ targetRef: 'OnCallPager' }],
    },
  },
  {
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: { name: 'checkout-availability' },
    spec: {
      service: 'checkout',
      indicatorRef: 'checkout-availability-ratio',
      timeWindow: [{ duration: '30d', isRolling: true }],
      budgetingMethod: 'Occurrences',
      objectives: [{ targetPercent: 99.9 }],
      alertPolicies: [{ alertPolicyRef: 'checkout-availability-fast-burn' }],
    },
  },
];

/**
 * Valid OpenSLO as its specification writes it, in forms the portal once
 * refused: a Datadog source, a ratio without counter, labels that are lists
 * or text, a name in upper case, alertPolicies left empty.
 */
const specFormDocuments = [
  {
    apiVersion: 'openslo/v1',
    kind: 'AlertNotificationTarget',
    metadata: { name: 'OnCallPager' },
    spec: { target: 'pagerduty' },
  },
  {
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: {
      name: 'LatencyP99',
      labels: { team: 'Checkout squad', tags: ['payments', 'tier-1'] },
    },
    spec: {
      service: 'checkout',
      indicator: {
        metadata: { name: 'checkout-latency-ratio' },
        spec: {
          ratioMetric: {
            good: {
              metricSource: {
                type: 'Datadog',
                spec: { query: 'sum:trace.hits{fast:true}.as_count()' },
              },
            },
            total: {
              metricSource: {
                type: 'Datadog',
                spec: { query: 'sum:trace.hits{*}.as_count()' },
              },
            },
          },
        },
      },
      budgetingMethod: 'Occurrences',
      objectives: [{ target: 0.95 }],
      alertPolicies: null,
    },
  },
];

function writeRepository(
  root: string,
  openslo: object[],
  owner = 'group:default/team',
) {
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(
    path.join(root, 'catalog-info.yaml'),
    [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: path.basename(root) },
        spec: {
          type: 'service',
          lifecycle: 'production',
          owner,
        },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Location',
        metadata: { name: `${path.basename(root)}-openslo` },
        spec: { targets: ['./openslo.yaml'] },
      },
    ]
      .map(d => stringify(d))
      .join('---\n'),
  );
  fs.writeFileSync(
    path.join(root, 'openslo.yaml'),
    openslo.map(d => stringify(d)).join('---\n'),
  );
}

function startCatalog(repositories: string[]) {
  return startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleOpenslo,
      unprocessedModule,
      mockServices.rootConfig.factory({
        data: {
          backend: { baseUrl: 'http://localhost:7007' },
          catalog: {
            processingInterval: { seconds: 1 },
            rules: [{ allow: ['Component', 'Location', ...OPENSLO_KINDS] }],
            locations: repositories.map(root => ({
              type: 'file',
              target: path.join(root, 'catalog-info.yaml'),
            })),
          },
        },
      }),
    ],
  });
}

const catalogReady = <T>(probe: () => Promise<T | undefined>) =>
  waitFor('the catalog', probe, 90_000);

type Failed = {
  unprocessed_entity: { kind: string; metadata: { name: string } };
  errors?: { message: string; cause?: { message: string } }[];
};

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
        (e: Failed) => e.errors?.length,
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
      .get('/api/catalog/entities/by-name/alertnotificationtarget/default/OnCallPager')
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
      const text = (entry?.errors ?? [])
        .map(e => `${e.message} ${e.cause?.message ?? ''}`)
        .join('\n');
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

describe('catalog module: OpenSLO name collisions', () => {
  it('makes an SLO name defined in two repositories a processing error', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openslo-collision-'));
    for (const repository of ['checkout', 'imposter']) {
      writeRepository(path.join(dir, repository), validDocuments);
    }
    const backend = await startCatalog([
      path.join(dir, 'checkout'),
      path.join(dir, 'imposter'),
    ]);
    try {
      // The entity that won the name shows the error in its status, or, if
      // the collision was known before its first processing, in the
      // unprocessed-entities view.
      const message = await catalogReady(async () => {
        const res = await request(backend.server)
          .get(
            '/api/catalog/entities/by-name/slo/default/checkout-availability',
          )
          .set('Authorization', auth);
        const status: { level: string; error?: { message: string } }[] =
          res.body.status?.items ?? [];
        const collides = (text?: string) =>
          text?.includes('collides') ? text : undefined;
        const onEntity = collides(
          status.find(i => i.level === 'error')?.error?.message,
        );
        if (onEntity) return onEntity;
        const pending = await request(backend.server)
          .get('/api/catalog/entities/unprocessed/pending')
          .set('Authorization', auth);
        const entry = (pending.body.entities ?? []).find(
          (e: Failed) =>
            e.unprocessed_entity.kind === 'SLO' &&
            e.unprocessed_entity.metadata.name === 'checkout-availability',
        ) as Failed | undefined;
        return collides(entry?.errors?.map(e => e.message).join('\n'));
      });
      expect(message).toMatch(
        /metadata\.name: 'checkout-availability' collides with a SLO of the same name in file:.*\/(checkout|imposter)\/openslo\.yaml, which registered it first/,
      );
    } finally {
      await backend.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("catalog module: SLOs naming another team's component", () => {
  const sloFor = (name: string, service: string) => ({
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: { name },
    spec: {
      service,
      indicatorRef: 'checkout-availability-ratio',
      timeWindow: [{ duration: '30d', isRolling: true }],
      budgetingMethod: 'Occurrences',
      objectives: [{ targetPercent: 99.9 }],
      alertPolicies: [{ alertPolicyRef: 'checkout-availability-fast-burn' }],
    },
  });

  it('attaches an SLO to a component of its own location or repository, and says on the rest why not', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openslo-owner-'));
    writeRepository(path.join(dir, 'checkout'), validDocuments);
    // Registered on its own, from a folder of checkout's repository.
    writeRepository(path.join(dir, 'checkout', 'slos'), [
      sloFor('checkout-latency-by-owner', 'checkout'),
    ]);
    // Another repository that names checkout's team as its owner: an owner
    // written in a repository proves nothing.
    writeRepository(
      path.join(dir, 'mallory'),
      [sloFor('checkout-hijack', 'checkout')],
      'group:default/team',
    );
    const backend = await startCatalog(
      ['checkout', 'checkout/slos', 'mallory'].map(r => path.join(dir, r)),
    );
    try {
      const hasSlos = await catalogReady(async () => {
        const res = await request(backend.server)
          .get('/api/catalog/entities/by-name/component/default/checkout')
          .set('Authorization', auth);
        const targets: string[] = (res.body.relations ?? [])
          .filter((r: { type: string }) => r.type === 'hasSlo')
          .map((r: { targetRef: string }) => r.targetRef);
        // Each SLO is related on its own processing pass.
        return targets.includes('slo:default/checkout-latency-by-owner') &&
          targets.includes('slo:default/checkout-availability')
          ? targets
          : undefined;
      });
      const hijack = await catalogReady(async () => {
        const res = await request(backend.server)
          .get('/api/catalog/entities/by-name/slo/default/checkout-hijack')
          .set('Authorization', auth);
        const why: string | undefined =
          res.body?.metadata?.annotations?.[ANNOTATION_SLO_NOT_ATTACHED];
        return why?.includes('outside its repository') ? res.body : undefined;
      });
      expect(hijack.metadata.annotations[ANNOTATION_SLO_NOT_ATTACHED]).toMatch(
        /^spec\.service: component:default\/checkout \(owned by group:default\/team\) was registered from file:.*\/checkout\/catalog-info\.yaml, and this SLO from file:.*\/mallory\/catalog-info\.yaml, outside its repository; an SLO attaches only to a component registered with it or from the repository that holds it$/,
      );
      expect(hijack.relations).toEqual([]);
      expect(hasSlos).not.toContain('slo:default/checkout-hijack');
      expect(hasSlos).toEqual(
        expect.arrayContaining([
          'slo:default/checkout-availability',
          'slo:default/checkout-latency-by-owner',
        ]),
      );
    } finally {
      await backend.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
