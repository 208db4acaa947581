import { Entity } from '@backstage/catalog-model';
import type {
  EntityFitness,
  FitnessResultView,
} from '@internal/plugin-fitness-common';

/** The base URL the tests' discovery API gives the fitness backend. */
export const FITNESS_BASE = 'http://localhost:7007/api/fitness';

export const gateway: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'gateway',
    namespace: 'default',
    annotations: {
      'backstage.io/source-location':
        'url:https://github.com/acme/gateway/tree/main/',
    },
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/platform',
  },
};

const result = (
  functionId: string,
  title: string,
  status: FitnessResultView['status'],
  overrides: Partial<FitnessResultView> = {},
): FitnessResultView => ({
  functionId,
  title,
  category: 'architecture',
  level: 'bronze',
  weight: 1,
  status,
  summary: `${title}: ${status}`,
  evidence: [],
  docsPath: `docs/fitness/${functionId}.md`,
  ...overrides,
});

export const layerFailure = result(
  'layer-contracts',
  'Layer contracts are kept',
  'fail',
  {
    weight: 5,
    summary: 'Contracts (the default clean contracts): 0 kept, 1 broken.',
    evidence: [
      {
        path: 'src/gateway/domain/route.py',
        line: 6,
        message:
          'Service layers: gateway.domain is not allowed to import gateway.infrastructure: gateway.domain.route -> gateway.infrastructure.client (l.6)',
        violation: {
          contract: 'Service layers',
          importer: 'gateway.domain',
          imported: 'gateway.infrastructure',
        },
      },
    ],
  },
);

export const fitness: EntityFitness = {
  entityRef: 'component:default/gateway',
  title: 'gateway',
  ownerRef: 'group:default/platform',
  scannedAt: '2026-11-20T10:00:00.000Z',
  checkedAt: '2026-11-22T10:00:00.000Z',
  contentHash: 'abc',
  score: 62.5,
  previousScore: 70,
  categories: { architecture: 50, operability: 100 },
  results: [
    layerFailure,
    result('import-cycles', 'No import cycles', 'pass', { level: 'silver' }),
    result('dockerfile', 'A Dockerfile that runs as a non-root user', 'warn', {
      category: 'operability',
    }),
    result('ci-workflow', 'CI runs the tests and the layer contracts', 'fail', {
      category: 'operability',
      level: 'silver',
      weight: 2,
      waiver: {
        id: '5f1c6a43-97a4-4b43-9b60-0f2f0b7f9d11',
        entityRef: 'component:default/gateway',
        functionId: 'ci-workflow',
        reason: 'CI moves to the platform pipeline.',
        adrRef: 'docs/adr/0004-platform-pipeline.md',
        expiresAt: '2099-01-01T00:00:00.000Z',
        state: 'approved',
        source: 'portal',
        createdBy: 'user:default/grace',
        createdAt: '2026-11-01T00:00:00.000Z',
      },
    }),
    result('slos-defined', 'Service level objectives are defined', 'error', {
      category: 'operability',
      summary: 'slos-defined failed: catalog unreachable',
    }),
  ],
  warnings: [],
  waivers: [],
  rescanQueued: false,
};
fitness.waivers = [fitness.results[3].waiver!];
