import { Readable } from 'node:stream';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DefaultSourceTreeService } from '@internal/plugin-source-tree-node';
import { EXAMPLES, exampleComponent } from './__testUtils__/exampleComponent';
import { AdrCollatorFactory } from './AdrCollatorFactory';
import { RunbookCollatorFactory } from './RunbookCollatorFactory';

async function collect(stream: Readable) {
  const docs: any[] = [];
  for await (const doc of stream) docs.push(doc);
  return docs;
}

const sources = () => ({
  catalog: catalogServiceMock({
    entities: [exampleComponent('platform-user')],
  }),
  auth: mockServices.auth(),
  logger: mockServices.logger.mock(),
  sourceTree: DefaultSourceTreeService.create({
    fileRoots: [EXAMPLES],
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
