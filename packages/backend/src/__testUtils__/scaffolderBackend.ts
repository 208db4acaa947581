import { join, resolve } from 'node:path';
import { JsonObject } from '@backstage/types';
import { startTestBackend } from '@backstage/backend-test-utils';
import authPlugin from '@backstage/plugin-auth-backend';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogScaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import permissionPlugin from '@backstage/plugin-permission-backend';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import { eventually } from '@internal/backend-test-kit';
import exampleUsersProvider from '@internal/plugin-auth-backend-module-example-users-provider';
import catalogLocalRepos from '@internal/plugin-catalog-backend-module-local-repos';
import catalogOpenslo from '@internal/plugin-catalog-backend-module-openslo';
import portalPolicy from '@internal/plugin-permission-backend-module-portal-policy';
import scaffolderGoldenPath from '@internal/plugin-scaffolder-backend-module-golden-path';
import request from 'supertest';
import { realAuthServices, Server, signIn, testConfig } from './testBackend';

export const repoRoot = resolve(__dirname, '../../../..');

/**
 * A backend with the real scaffolder, catalog (with our modules) and
 * permission plugins, the golden-path actions publishing under `repos`, and
 * the given templates registered. Resolves once `user` can see them all.
 */
export async function startScaffolderBackend(options: {
  repos: string;
  templates: string[];
  user: string;
  extraLocations?: { type: string; target: string }[];
  workingDirectory?: string;
  /** More backend features (e.g. the SLO backend) and the settings they read. */
  features?: Parameters<typeof startTestBackend>[0]['features'];
  extraConfig?: JsonObject;
}) {
  const { server } = await startTestBackend({
    features: [
      authPlugin,
      exampleUsersProvider,
      catalogPlugin,
      catalogScaffolderEntityModel,
      catalogLocalRepos,
      catalogOpenslo,
      scaffolderPlugin,
      scaffolderGoldenPath,
      permissionPlugin,
      portalPolicy,
      ...realAuthServices,
      testConfig({
        goldenPath: { localRepositories: options.repos },
        extraLocations: [
          ...options.templates.map(name => ({
            type: 'file',
            target: join(repoRoot, 'templates', name, 'template.yaml'),
            rules: [{ allow: ['Template'] }],
          })),
          ...(options.extraLocations ?? []),
        ],
        fileLocationRoots: [repoRoot, options.repos],
        workingDirectory: options.workingDirectory,
        extra: options.extraConfig,
      }),
      ...(options.features ?? []),
    ],
  });
  let token = '';
  await eventually('the user and the templates', async () => {
    try {
      token = await signIn(server, options.user);
    } catch {
      return false;
    }
    for (const name of options.templates) {
      const res = await request(server)
        .get(`/api/catalog/entities/by-name/template/default/${name}`)
        .set('Authorization', token);
      if (res.status !== 200) return false;
    }
    return true;
  });
  return { server, token };
}

/** Runs a template as the holder of `token` and waits for the task to end. */
export async function runTemplate(
  server: Server,
  token: string,
  template: string,
  values: Record<string, unknown>,
) {
  const created = await request(server)
    .post('/api/scaffolder/v2/tasks')
    .set('Authorization', token)
    .send({ templateRef: `template:default/${template}`, values });
  if (created.status !== 201) {
    return {
      status: `refused ${created.status}`,
      log: JSON.stringify(created.body),
      output: {} as Record<string, any>,
    };
  }
  let task: { status: string } = { status: 'open' };
  await eventually(
    'the task to finish',
    async () => {
      const res = await request(server)
        .get(`/api/scaffolder/v2/tasks/${created.body.id}`)
        .set('Authorization', token);
      task = res.body;
      return ['completed', 'failed'].includes(task.status);
    },
    60_000,
  );
  const events = await request(server)
    .get(`/api/scaffolder/v2/tasks/${created.body.id}/events`)
    .set('Authorization', token);
  const completion = (events.body as { type: string; body: any }[]).find(
    e => e.type === 'completion',
  );
  return {
    status: task.status,
    log: JSON.stringify(events.body),
    output: (completion?.body?.output ?? {}) as Record<string, any>,
  };
}

/** Waits until the catalog shows `entityRef` to the holder of `token`. */
export async function waitForEntity(
  server: Server,
  token: string,
  entityRef: string,
  predicate: (entity: any) => boolean = () => true,
) {
  const [kind, rest] = entityRef.split(':');
  const [namespace, name] = rest.split('/');
  await eventually(
    `${entityRef} in the catalog`,
    async () => {
      const res = await request(server)
        .get(`/api/catalog/entities/by-name/${kind}/${namespace}/${name}`)
        .set('Authorization', token);
      return res.status === 200 && predicate(res.body);
    },
    30_000,
  );
}
