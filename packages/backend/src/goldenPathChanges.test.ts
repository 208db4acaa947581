import fs, {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigReader } from '@backstage/config';
import { parseAdr } from '@internal/plugin-adr-common';
import { LocalGitRepositories } from '@internal/plugin-golden-path-node';
import {
  checkGeneratedService,
  formatFailures,
} from '@internal/template-harness';
import git from 'isomorphic-git';
import request from 'supertest';
import {
  adrValues,
  head,
  startWithOrders,
} from './__testUtils__/ordersService';
import {
  repoRoot,
  runTemplate,
  waitForEntity,
} from './__testUtils__/scaffolderBackend';
import { Server, signIn } from './__testUtils__/testBackend';

let repos = '';
let orders = '';
const repositories = () =>
  LocalGitRepositories.fromConfig(
    new ConfigReader({ goldenPath: { localRepositories: repos } }),
  );

describe('templates that change an existing component, through the real scaffolder', () => {
  let server: Server;
  let alice: string;

  beforeAll(async () => {
    ({ server, alice, repos, orders } = await startWithOrders());
  }, 120_000);

  describe('architecture-decision-record', () => {
    it('numbers two records added at the same moment 3 and 4, each a branch merged by its author', async () => {
      const [a, b] = await Promise.all([
        runTemplate(
          server,
          alice,
          'architecture-decision-record',
          adrValues('Use Redis Streams'),
        ),
        runTemplate(
          server,
          alice,
          'architecture-decision-record',
          adrValues('Use RabbitMQ'),
        ),
      ]);

      expect([a.status, b.status]).toEqual(['completed', 'completed']);
      expect(
        [a.output, b.output].map(o => o.text?.[0]?.content).join(),
      ).toMatch(/ADR [45]/);
      // The service was generated with records 0001 to 0003.
      const added = readdirSync(join(orders, 'docs/adr')).filter(f =>
        /^000[45]/.test(f),
      );
      expect(added.sort()).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^0004-use-/),
          expect.stringMatching(/^0005-use-/),
        ]),
      );
      for (const file of added) {
        const parsed = parseAdr(
          file,
          readFileSync(join(orders, 'docs/adr', file), 'utf8'),
        );
        expect(parsed).toMatchObject({
          ok: true,
          adr: {
            status: 'proposed',
            format: 'madr4',
            decisionMakers: ['Grace Osei'],
          },
        });
      }
      const merge = await head(orders);
      expect(merge.commit.parent).toHaveLength(2);
      expect(merge.commit.author).toMatchObject({
        name: 'alice',
        email: 'alice@users.noreply.portal',
      });
    }, 60_000);

    it('marks the record it supersedes, for a reviewer', async () => {
      const res = await runTemplate(
        server,
        await signIn(server, 'grace'),
        'architecture-decision-record',
        adrValues('Replace the layering', {
          supersedes: 2,
          status: 'accepted',
        }),
      );

      expect(res.status).toBe('completed');
      const old = readdirSync(join(orders, 'docs/adr')).find(f =>
        f.startsWith('0002-'),
      )!;
      expect(
        parseAdr(old, readFileSync(join(orders, 'docs/adr', old), 'utf8')),
      ).toMatchObject({
        ok: true,
        adr: { status: 'superseded', supersededBy: 6 },
      });
      expect(
        existsSync(join(orders, 'docs/adr/0006-replace-the-layering.md')),
      ).toBe(true);
    }, 60_000);

    it.each([
      [
        "an example in the portal's own checkout, to its owners",
        'component:default/platform-user',
        'ines',
        /read-only here.*portal's own checkout/,
      ],
      [
        'a component that does not exist',
        'component:default/nowhere',
        'alice',
        /There is no component:default\/nowhere/,
      ],
    ])(
      'refuses %s, and writes nothing',
      async (_what, component, user, message) => {
        const before = await head(orders);
        const res = await runTemplate(
          server,
          await signIn(server, user),
          'architecture-decision-record',
          {
            ...adrValues('Refused'),
            component,
          },
        );
        expect(res.status).toBe('failed');
        expect(res.log).toMatch(message);
        expect((await head(orders)).oid).toBe(before.oid);
        expect(
          readFileSync(
            join(
              repoRoot,
              'examples/services/platform-user/docs/adr',
              readdirSync(
                join(repoRoot, 'examples/services/platform-user/docs/adr'),
              ).sort()[0],
            ),
            'utf8',
          ),
        ).not.toMatch(/Refused/);
      },
      60_000,
    );

    it('refuses a component without an ADR folder', async () => {
      const source = mkdtempSync(join(tmpdir(), 'no-adrs-'));
      fs.writeFileSync(
        join(source, 'catalog-info.yaml'),
        'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: no-adrs\nspec:\n  type: service\n  lifecycle: experimental\n  owner: group:default/platform\n',
      );
      await repositories().create({
        name: 'no-adrs',
        sourceDir: source,
        author: { name: 'Test', email: 'test@example.com' },
        message: 'init',
      });
      const registered = await request(server)
        .post('/api/catalog/locations')
        .set('Authorization', alice)
        .send({
          type: 'file',
          target: join(repos, 'no-adrs/catalog-info.yaml'),
        });
      expect(registered.status).toBe(201);
      await waitForEntity(server, alice, 'component:default/no-adrs');

      const res = await runTemplate(
        server,
        alice,
        'architecture-decision-record',
        {
          ...adrValues('Nowhere to go'),
          component: 'component:default/no-adrs',
        },
      );

      expect(res.status).toBe('failed');
      expect(res.log).toMatch(
        /has no ADR folder: set the backstage.io\/adr-location annotation/,
      );
      expect(readdirSync(join(repos, 'no-adrs'))).toEqual([
        '.git',
        'catalog-info.yaml',
      ]);
    }, 60_000);

    it('refuses a form without a title before any task starts', async () => {
      const { title: _title, ...values } = adrValues('x');
      const res = await request(server)
        .post('/api/scaffolder/v2/tasks')
        .set('Authorization', alice)
        .send({
          templateRef: 'template:default/architecture-decision-record',
          values,
        });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toMatch(/title/);
    });
  });

  describe('runbook', () => {
    it("adds the sections the runbook lacks, one per alert policy, and keeps the team's words", async () => {
      await repositories().change({
        name: 'orders',
        branch: 'team-edit',
        author: { name: 'Team', email: 'team@example.com' },
        message: 'Our own runbook',
        edit: async () => ({
          'docs/runbook.md':
            '# Runbook: orders\n\n## Overview\n\nWritten by the team.\n\n## Alerts\n\n### orders-availability-fast-burn\n\nOur own triage.\n',
        }),
      });

      const res = await runTemplate(server, alice, 'runbook', {
        component: 'component:default/orders',
        dashboards: ['https://grafana.example.com/d/orders'],
      });

      expect(res.status).toBe('completed');
      const runbook = readFileSync(join(orders, 'docs/runbook.md'), 'utf8');
      expect(runbook).toContain('Written by the team.');
      expect(runbook).toContain(
        '### orders-availability-fast-burn\n\nOur own triage.',
      );
      for (const heading of [
        '### orders-availability-slow-burn',
        '### orders-latency-p95-fast-burn',
        '### orders-latency-p95-slow-burn',
        '## Dashboards',
        '## Escalation',
        '## Rollback',
        '## Known failure modes',
      ]) {
        expect(runbook).toContain(`${heading}\n`);
      }
      expect(runbook.indexOf('### orders-latency-p95-slow-burn')).toBeLessThan(
        runbook.indexOf('## Dashboards'),
      );
      expect(runbook).toContain('https://grafana.example.com/d/orders');
    }, 60_000);
  });

  describe('design-document', () => {
    it("adds the document to the docs and their nav, with the catalog's SLO targets, and the docs still build strictly", async () => {
      const res = await runTemplate(server, alice, 'design-document', {
        component: 'component:default/orders',
        feature: 'Payments API',
        summary: 'Take payments for orders.',
      });

      expect(res.status).toBe('completed');
      const design = readFileSync(
        join(orders, 'docs/design/payments-api.md'),
        'utf8',
      );
      expect(design).toContain('> **Component:** component:default/orders');
      expect(design).toMatch(
        /\| .+ \| 99\.9 % \| orders-availability-fast-burn, orders-availability-slow-burn \|/,
      );
      expect(design).toContain('| orders | Takes orders. | this component |');
      expect(readFileSync(join(orders, 'mkdocs.yml'), 'utf8')).toContain(
        '- "Design: Payments API": design/payments-api.md',
      );
      const failures = await checkGeneratedService(orders);
      expect(
        formatFailures(
          'design-document {feature: Payments API}',
          failures.filter(f => ['mkdocs', 'runbook', 'yaml'].includes(f.check)),
        ),
      ).toBe('');
    }, 60_000);

    it('refuses to overwrite a design document that exists, and changes nothing', async () => {
      const before = await head(orders);
      const res = await runTemplate(server, alice, 'design-document', {
        component: 'component:default/orders',
        feature: 'Payments API',
        summary: 'Again.',
      });
      expect(res.status).toBe('failed');
      expect(res.log).toMatch(
        /already has docs\/design\/payments-api.md; nothing was changed/,
      );
      expect((await head(orders)).oid).toBe(before.oid);
      expect(await git.listBranches({ fs, dir: orders })).toEqual(['main']);
    }, 60_000);
  });
});
