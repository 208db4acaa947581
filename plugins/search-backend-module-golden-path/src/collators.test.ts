import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DefaultSourceTreeService } from '@internal/plugin-source-tree-node';
import { parseAllDocuments } from 'yaml';
import { AdrCollatorFactory } from './AdrCollatorFactory';
import { RunbookCollatorFactory } from './RunbookCollatorFactory';

const root = resolve(__dirname, '../../..');

function example(name: string): Entity {
  const path = join(root, 'examples/services', name, 'catalog-info.yaml');
  const component = parseAllDocuments(readFileSync(path, 'utf8'))
    .map(d => d.toJS())
    .find(e => e.kind === 'Component');
  component.metadata.namespace = 'default';
  component.metadata.annotations[
    'backstage.io/managed-by-location'
  ] = `file:${path}`;
  component.relations = [
    { type: 'ownedBy', targetRef: 'group:default/identity' },
    { type: 'partOf', targetRef: 'system:default/platform-enterprise-python' },
  ];
  return component;
}

async function collect(stream: Readable) {
  const docs: any[] = [];
  for await (const doc of stream) docs.push(doc);
  return docs;
}

const sources = () => ({
  catalog: catalogServiceMock({ entities: [example('platform-user')] }),
  auth: mockServices.auth(),
  logger: mockServices.logger.mock(),
  sourceTree: DefaultSourceTreeService.create({
    fileRoots: [join(root, 'examples')],
    urlReader: { readTree: jest.fn(), readUrl: jest.fn(), search: jest.fn() },
    logger: mockServices.logger.mock(),
  }),
});

describe('AdrCollatorFactory', () => {
  it('indexes each ADR with its status, owner and entity, guarded by entity read', async () => {
    const docs = await collect(
      await new AdrCollatorFactory(sources()).getCollator(),
    );
    expect(docs.map(d => [d.title, d.status])).toEqual([
      ['ADR-0001 Record architecture decisions', 'accepted'],
      ['ADR-0002 Publish user events through RabbitMQ', 'superseded'],
      ['ADR-0003 Publish user events through Redis Streams', 'accepted'],
      ['ADR-0004 Log JSON with structlog', 'accepted'],
    ]);
    expect(docs[2]).toMatchObject({
      location: '/catalog/default/component/platform-user/decisions',
      owner: 'group:default/identity',
      system: 'system:default/platform-enterprise-python',
      authorization: { resourceRef: 'component:default/platform-user' },
    });
    expect(docs[2].text).toMatch(/consumer groups/);
  });
});

describe('RunbookCollatorFactory', () => {
  it('indexes each runbook section at its anchor', async () => {
    const docs = await collect(
      await new RunbookCollatorFactory(sources()).getCollator(),
    );
    const alert = docs.find(
      d => d.section === 'platform-user-availability-fast-burn',
    );
    expect(alert).toMatchObject({
      title: 'platform-user runbook: platform-user-availability-fast-burn',
      location:
        '/docs/default/component/platform-user/runbook/#platform-user-availability-fast-burn',
      authorization: { resourceRef: 'component:default/platform-user' },
    });
    expect(alert.text).toMatch(/Alerts/);
    expect(alert.text).toMatch(/error budget/);
    expect(docs.map(d => d.section)).toContain('Known failure modes');
  });
});
