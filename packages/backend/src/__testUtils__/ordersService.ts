import fs, { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RELATION_HAS_SLO } from '@internal/plugin-slo-common';
import git from 'isomorphic-git';
import {
  repoRoot,
  runTemplate,
  startScaffolderBackend,
  waitForEntity,
} from './scaffolderBackend';

/** The values of the ADR template for the orders service. */
export const adrValues = (
  title: string,
  extra: Record<string, unknown> = {},
) => ({
  component: 'component:default/orders',
  title,
  context: 'Other services need our events.',
  options: ['Redis Streams', 'RabbitMQ'],
  chosen: 'Redis Streams',
  because: 'we already run Redis.',
  consequences: 'Good, because one broker less.',
  decisionMakers: ['Grace Osei'],
  ...extra,
});

/** The newest commit of a repository's checked-out branch. */
export const head = async (dir: string) =>
  (await git.log({ fs, dir, depth: 1 }))[0];

/**
 * A scaffolder backend with the templates that change a component, and
 * `orders`, a layered service of group platform created by Alice through
 * the golden path, its SLOs related in the catalog; the example
 * platform-user (owned by identity) is registered too.
 */
export async function startWithOrders() {
  const repos = join(
    mkdtempSync(join(tmpdir(), 'golden-path-changes-')),
    'repos',
  );
  const { server, token: alice } = await startScaffolderBackend({
    repos,
    templates: [
      'python-layered-service',
      'architecture-decision-record',
      'runbook',
      'design-document',
    ],
    user: 'alice',
    extraLocations: [
      {
        type: 'file',
        target: join(
          repoRoot,
          'examples/services/platform-user/catalog-info.yaml',
        ),
      },
    ],
  });
  const created = await runTemplate(server, alice, 'python-layered-service', {
    name: 'orders',
    description: 'Takes orders.',
    owner: 'group:default/platform',
    architecture: 'clean',
    aggregate: 'Order',
  });
  if (created.status !== 'completed') {
    throw new Error(`creating orders failed: ${created.log}`);
  }
  await waitForEntity(
    server,
    alice,
    'component:default/orders',
    entity =>
      entity.relations.filter(
        (r: { type: string }) => r.type === RELATION_HAS_SLO,
      ).length === 2,
  );
  await waitForEntity(server, alice, 'component:default/platform-user');
  return { server, alice, repos, orders: join(repos, 'orders') };
}
