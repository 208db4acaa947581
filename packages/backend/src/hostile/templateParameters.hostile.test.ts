import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventually } from '@internal/backend-test-kit';
import request from 'supertest';
import { parseAllDocuments } from 'yaml';
import {
  HostileBackend,
  refusal,
  startHostileBackend,
} from '../__testUtils__/hostileBackend';
import { runTemplate } from '../__testUtils__/scaffolderBackend';

const valid = {
  name: 'payments',
  description: 'Takes payments.',
  owner: 'group:default/platform',
  architecture: 'clean',
  messaging: 'none',
  aggregate: 'Payment',
};

describe('hostile template parameters, through POST /api/scaffolder/v2/tasks', () => {
  let portal: HostileBackend;
  beforeAll(async () => {
    portal = await startHostileBackend();
    await eventually('the golden path', async () => {
      const res = await request(portal.server)
        .get(
          '/api/catalog/entities/by-name/template/default/python-layered-service',
        )
        .set('Authorization', portal.alice);
      return res.status === 200;
    });
  }, 120_000);

  const create = (values: Record<string, unknown>) =>
    portal.attack(async () => {
      const res = await request(portal.server)
        .post('/api/scaffolder/v2/tasks')
        .set('Authorization', portal.alice)
        .send({
          templateRef: 'template:default/python-layered-service',
          values: { ...valid, ...values },
        });
      return {
        status: res.status,
        errors: (res.body?.errors ?? []).map(
          (e: { property: string; message: string }) =>
            `${e.property} ${e.message}`,
        ),
      };
    });

  it.each([
    [
      'a name that is a path',
      { name: '../../outside/x' },
      /^\{"status":400,"errors":\["instance\.name does not match pattern \\"\^\[a-z\]\[a-z0-9\]\*\(-\[a-z0-9\]\+\)\*\$\\""\]\}$/,
    ],
    [
      'a name of 300 characters',
      { name: 'a'.repeat(300) },
      /^\{"status":400,"errors":\["instance\.name does not meet maximum length of 56"\]\}$/,
    ],
    [
      'a description of 1 MB',
      { description: 'x'.repeat(1_000_000) },
      /^\{"status":400,"errors":\["instance\.description does not meet maximum length of 200"\]\}$/,
    ],
    [
      'a style off the list',
      { architecture: '../../../etc' },
      /^\{"status":400,"errors":\["instance\.architecture is not one of enum values: clean,hexagonal-cqrs"\]\}$/,
    ],
    [
      'an aggregate that would be Python code',
      { aggregate: 'Order):\n    import os; os.system("id") #' },
      /^\{"status":400,"errors":\["instance\.aggregate does not match pattern \\"\^\[A-Z\]\[A-Za-z0-9\]\{1,39\}\$\\""\]\}$/,
    ],
  ])('refuses %s before the task starts', async (_, values, message) => {
    expect(refusal(await create(values))).toMatch(message);
  });

  it('takes template syntax in a description as text, not as a template', async () => {
    const description =
      '${{ secrets.token }} {{ 7 * 7 }} {% include "/etc/passwd" %}';
    let run: Awaited<ReturnType<typeof runTemplate>> | undefined;
    const outcome = await portal.attack(async () => {
      run = await runTemplate(
        portal.server,
        portal.alice,
        'python-layered-service',
        { ...valid, name: 'literal', description },
      );
      return run.status;
    });
    expect(outcome).toEqual({ status: 'fulfilled', value: 'completed' });
    const catalogInfo = readFileSync(
      join(portal.repos, 'literal', 'catalog-info.yaml'),
      'utf8',
    );
    const component = parseAllDocuments(catalogInfo)[0].toJS();
    expect(component.metadata.description).toBe(description);
  }, 120_000);
});
