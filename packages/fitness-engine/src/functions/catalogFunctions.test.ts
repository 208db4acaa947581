import { functionContext } from '../testUtils/functionContext';
import {
  adrsRecordedFunction,
  ownerIsGroupFunction,
  runbookCoversAlertsFunction,
  slosDefinedFunction,
  systemIsSetFunction,
  techdocsFunction,
} from './catalogFunctions';
import { CatalogFacts } from './FitnessFunction';

const facts = (overrides: Partial<CatalogFacts> = {}): CatalogFacts => ({
  entityRef: 'component:default/shop',
  owner: { ref: 'group:default/team-a', isExistingGroup: true },
  system: 'system:default/retail',
  techdocsRef: 'dir:.',
  adrs: {
    location: 'docs/adr',
    records: [
      { file: '0001-a.md', number: 1, date: '2024-01-01', status: 'accepted' },
      { file: '0002-b.md', number: 2, date: '2026-06-01', status: 'proposed' },
    ],
    unreadable: [],
  },
  slos: [
    {
      name: 'shop-availability',
      alertPolicies: ['shop-fast-burn', 'shop-slow-burn'],
    },
  ],
  runbook: {
    path: 'docs/runbook.md',
    anchors: ['alerts', 'shop-fast-burn', 'shop-slow-burn'],
  },
  ...overrides,
});

async function statusOf(
  fn: typeof ownerIsGroupFunction,
  catalog: CatalogFacts,
  files: Record<string, string> = { 'mkdocs.yml': 'site_name: shop\n' },
) {
  const context = await functionContext(files, { catalog });
  if (!fn.appliesTo(context)) return 'not-applicable';
  const outcome = await fn.evaluate(context);
  return `${outcome.status}: ${outcome.summary}`;
}

describe('the catalog-backed functions', () => {
  it('do not apply without the catalog (the CLI)', async () => {
    const context = await functionContext({});
    for (const fn of [
      ownerIsGroupFunction,
      systemIsSetFunction,
      techdocsFunction,
      adrsRecordedFunction(),
      runbookCoversAlertsFunction,
      slosDefinedFunction,
    ]) {
      expect(fn.appliesTo(context)).toBe(false);
    }
  });

  it('owner-is-group', async () => {
    expect(await statusOf(ownerIsGroupFunction, facts())).toBe(
      'pass: Owned by group:default/team-a.',
    );
    expect(
      await statusOf(
        ownerIsGroupFunction,
        facts({ owner: { ref: 'group:default/gone', isExistingGroup: false } }),
      ),
    ).toBe('fail: The owner group:default/gone is not in the catalog.');
    expect(
      await statusOf(
        ownerIsGroupFunction,
        facts({ owner: { ref: 'user:default/ada', isExistingGroup: false } }),
      ),
    ).toBe('fail: The owner user:default/ada is not a group.');
  });

  it('system-is-set: passes with a system, and leaves an entity without one unscored', async () => {
    expect(await statusOf(systemIsSetFunction, facts())).toBe(
      'pass: Part of system:default/retail.',
    );
    expect(
      await statusOf(systemIsSetFunction, facts({ system: undefined })),
    ).toBe(
      'not-applicable: spec.system is not set; it is optional, and a system would list the service with the rest of its capability.',
    );
  });

  it('techdocs', async () => {
    expect(await statusOf(techdocsFunction, facts())).toBe(
      'pass: TechDocs builds from mkdocs.yml.',
    );
    expect(await statusOf(techdocsFunction, facts(), {})).toBe(
      'fail: backstage.io/techdocs-ref is dir:., but there is no mkdocs.yml.',
    );
    expect(
      await statusOf(techdocsFunction, facts({ techdocsRef: undefined })),
    ).toBe('fail: No backstage.io/techdocs-ref annotation.');
  });

  it('adrs-recorded: at least one, the newest within the age limit', async () => {
    // now is 2026-11-22: the newest ADR (2026-06-01) is 174 days old
    expect(await statusOf(adrsRecordedFunction(), facts())).toBe(
      'pass: 2 ADRs; the newest is from 2026-06-01.',
    );
    expect(await statusOf(adrsRecordedFunction(90), facts())).toBe(
      'warn: 2 ADRs; the newest (2026-06-01) is 174 days old, over 90.',
    );
    const broken = facts({
      adrs: {
        location: 'docs/adr',
        records: [],
        unreadable: [
          {
            file: '0001-x.md',
            reason:
              '0001-x.md is not a readable ADR: its front matter is malformed',
          },
        ],
      },
    });
    expect(await statusOf(adrsRecordedFunction(), broken)).toBe(
      'fail: No ADRs in docs/adr.',
    );
    // The reason reaches the evidence, not only the file's name.
    const context = await functionContext({}, { catalog: broken });
    expect((await adrsRecordedFunction().evaluate(context)).evidence).toEqual([
      {
        path: 'docs/adr/0001-x.md',
        message:
          '0001-x.md is not a readable ADR: its front matter is malformed',
      },
    ]);
    expect(
      await statusOf(adrsRecordedFunction(), facts({ adrs: undefined })),
    ).toBe('fail: No backstage.io/adr-location annotation.');
  });

  it('runbook-covers-alerts', async () => {
    expect(await statusOf(runbookCoversAlertsFunction, facts())).toBe(
      'pass: Every alert policy (2) has its runbook section.',
    );
    expect(
      await statusOf(
        runbookCoversAlertsFunction,
        facts({
          runbook: { path: 'docs/runbook.md', anchors: ['shop-fast-burn'] },
        }),
      ),
    ).toBe('fail: 1 alert policy without a runbook section.');
    expect(
      await statusOf(runbookCoversAlertsFunction, facts({ slos: [] })),
    ).toBe('not-applicable');
  });

  it('slos-defined', async () => {
    expect(await statusOf(slosDefinedFunction, facts())).toBe(
      'pass: 1 SLO: shop-availability.',
    );
    expect(await statusOf(slosDefinedFunction, facts({ slos: [] }))).toBe(
      'fail: No OpenSLO SLO names this component as its service.',
    );
  });
});
