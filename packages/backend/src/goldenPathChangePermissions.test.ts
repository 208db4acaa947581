import fs, { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAdr } from '@internal/plugin-adr-common';
import git from 'isomorphic-git';
import {
  adrValues,
  head,
  startWithOrders,
} from './__testUtils__/ordersService';
import { runTemplate } from './__testUtils__/scaffolderBackend';
import { Server, signIn } from './__testUtils__/testBackend';

describe('who may change a component, through the real scaffolder', () => {
  let server: Server;
  let alice: string;
  let orders: string;

  beforeAll(async () => {
    ({ server, alice, orders } = await startWithOrders());
  }, 120_000);

  describe("another team's service", () => {
    // Ines is in the identity team; orders belongs to platform.
    const attempts: Array<[string, Record<string, unknown>]> = [
      ['architecture-decision-record', adrValues('Take over orders')],
      [
        'runbook',
        {
          component: 'component:default/orders',
          dashboards: ['https://attacker.example/d'],
        },
      ],
      [
        'design-document',
        {
          component: 'component:default/orders',
          feature: 'Backdoor',
          summary: 'Written by another team.',
        },
      ],
    ];

    it.each(attempts)(
      'refuses %s by a member of another team, and writes nothing',
      async (template, values) => {
        const ines = await signIn(server, 'ines');
        const before = await head(orders);
        const res = await runTemplate(server, ines, template, values);
        expect(res.status).toBe('failed');
        expect(res.log).toMatch(
          /ines may not change component:default\/orders: only its owners/,
        );
        expect((await head(orders)).oid).toBe(before.oid);
        expect(await git.listBranches({ fs, dir: orders })).toEqual(['main']);
      },
      60_000,
    );

    it('refuses a runbook by an architect who does not own the service', async () => {
      const before = await head(orders);
      const res = await runTemplate(
        server,
        await signIn(server, 'grace'),
        'runbook',
        attempts[1][1],
      );
      expect(res.status).toBe('failed');
      expect(res.log).toMatch(/grace may not change component:default\/orders/);
      expect((await head(orders)).oid).toBe(before.oid);
    }, 60_000);

    it('lets an architect propose an ADR on any service', async () => {
      const res = await runTemplate(
        server,
        await signIn(server, 'grace'),
        'architecture-decision-record',
        adrValues('Proposed by the architects'),
      );
      expect(res.status).toBe('completed');
      const path = readdirSync(join(orders, 'docs/adr')).find(f =>
        f.endsWith('-proposed-by-the-architects.md'),
      )!;
      expect(
        parseAdr(path, readFileSync(join(orders, 'docs/adr', path), 'utf8')),
      ).toMatchObject({ ok: true, adr: { status: 'proposed' } });
    }, 60_000);

    it.each([
      ['records an ADR as accepted', { status: 'accepted' }],
      ['marks another ADR superseded', { supersedes: 1 }],
    ])(
      'refuses an owner who %s without the review',
      async (_, extra) => {
        const before = await head(orders);
        const res = await runTemplate(
          server,
          alice,
          'architecture-decision-record',
          adrValues('Skip the review', extra),
        );
        expect(res.status).toBe('failed');
        expect(res.log).toMatch(
          /Only the ADR reviewers may record a decision as accepted or mark one superseded/,
        );
        expect((await head(orders)).oid).toBe(before.oid);
      },
      60_000,
    );
  });
});
