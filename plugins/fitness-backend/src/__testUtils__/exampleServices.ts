import { Entity } from '@backstage/catalog-model';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

const EXAMPLES = resolve(__dirname, '../../../../examples/services');

/** The example services this suite scans: clean, layer violations, a cycle. */
export const SERVICES = ['platform-user', 'platform-api', 'catalog-service'];

const documents = (path: string) =>
  parseAllDocuments(readFileSync(path, 'utf8')).map(d => d.toJS() as Entity);

const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});

/**
 * Copies the example services to a temporary folder (so that a test may
 * change them) and gives the catalog entities that point at the copies:
 * each Component with its SLOs related as the catalog relates them, the
 * SLOs, two owner groups and the system of the platform services.
 */
export function exampleServices(): { root: string; entities: Entity[] } {
  const root = mkdtempSync(join(tmpdir(), 'fitness-repos-'));
  const entities: Entity[] = [
    group('identity'),
    group('platform'),
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: 'platform-enterprise-python', namespace: 'default' },
      spec: { owner: 'group:default/platform', domain: 'platform' },
    },
  ];
  for (const service of SERVICES) {
    cpSync(join(EXAMPLES, service), join(root, service), { recursive: true });
    const component = documents(join(root, service, 'catalog-info.yaml')).find(
      e => e.kind === 'Component',
    )!;
    const slos = documents(join(root, service, 'openslo.yaml')).filter(
      e => e.kind === 'SLO',
    );
    entities.push({
      ...component,
      metadata: {
        ...component.metadata,
        namespace: 'default',
        annotations: {
          ...component.metadata.annotations,
          'backstage.io/managed-by-location': `file:${join(
            root,
            service,
            'catalog-info.yaml',
          )}`,
        },
      },
      relations: slos.map(slo => ({
        type: 'hasSlo',
        targetRef: `slo:default/${slo.metadata.name}`,
      })),
    });
    for (const slo of slos) {
      entities.push({
        ...slo,
        metadata: { ...slo.metadata, namespace: 'default' },
      });
    }
  }
  return { root, entities };
}
