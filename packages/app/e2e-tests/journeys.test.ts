import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { RUN, shot, signInToken } from './helpers';

const run = promisify(execFile);

/** Each journey's wall-clock time, printed for the note. */
function timed(name: string) {
  const started = Date.now();
  return () =>
    process.stdout.write(
      `journey ${name}${RUN ? ` (${RUN})` : ''}: ${(
        (Date.now() - started) /
        1000
      ).toFixed(1)} s\n`,
    );
}

async function signIn(page: Page, displayName: string) {
  await page.goto('/');
  await page.getByRole('button', { name: `Sign in as ${displayName}` }).click();
  await expect(
    page.getByRole('heading', { name: `Welcome, ${displayName}` }),
  ).toBeVisible();
}

/** Runs a template through the scaffolder's API and waits for it to end. */
async function runTemplate(
  request: APIRequestContext,
  token: string,
  template: string,
  values: Record<string, unknown>,
) {
  const headers = { Authorization: `Bearer ${token}` };
  const created = await request.post('/api/scaffolder/v2/tasks', {
    headers,
    data: { templateRef: `template:default/${template}`, values },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  await expect
    .poll(
      async () =>
        (
          await (
            await request.get(`/api/scaffolder/v2/tasks/${id}`, { headers })
          ).json()
        ).status,
      { timeout: 90_000 },
    )
    .toBe('completed');
}

const card = (page: Page, title: string) =>
  page.locator('.MuiCard-root').filter({
    has: page.getByText(title, { exact: true }),
  });

test('engineer: creates a service, finds it under My services, reads its docs and decisions, clones it and runs its tests', async ({
  page,
}) => {
  const done = timed('engineer');
  const name = `payments-${Date.now().toString(36)}`;
  await signIn(page, 'Alice Moreau');
  const myServices = page.getByRole('table', { name: 'My services' });
  await expect(
    myServices.getByRole('link', { name: 'platform-api (API gateway)' }),
  ).toBeVisible({ timeout: 90_000 });
  await shot(page, 'journey-engineer-1-home');

  await page
    .getByRole('list', { name: 'Golden paths' })
    .getByRole('link', { name: 'Python layered service' })
    .click();
  await page.getByLabel('Description').fill('Takes card payments.');
  // A name the catalog already has is refused by the form, before any task.
  await page.getByLabel('Name').fill('platform-user');
  const owner = page.getByRole('textbox', { name: 'Owner' });
  await owner.click();
  await owner.fill('platform');
  await page
    .getByRole('option', { name: /platform/i })
    .first()
    .click();
  const system = page.getByRole('textbox', { name: 'System' });
  await system.click();
  await system.fill('Platform');
  await page
    .getByRole('option', { name: /Platform Enterprise Python/ })
    .click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(
    page
      .getByText(
        'The catalog already has component:default/platform-user; pick another name.',
      )
      .first(),
  ).toBeVisible();
  await shot(page, 'journey-engineer-2-name-taken');
  // Names the generated code could not carry are refused as they are typed, in words.
  await page.getByLabel('Name').fill('9lives');
  await expect(
    page.getByText(/"9lives" starts with a digit/).first(),
  ).toBeVisible();
  await page.getByLabel('Name').fill('class');
  await expect(
    page.getByText(/"class", a Python keyword/).first(),
  ).toBeVisible();
  await shot(page, 'journey-engineer-2-name-refused');
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Next' }).click();
  const aggregate = page.getByLabel('Example aggregate');
  await aggregate.fill('Class');
  await expect(
    page.getByText(/"class", a Python keyword/).first(),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(aggregate).toBeVisible();
  await aggregate.fill('Category');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Availability target (%)')).toBeVisible();
  await page.getByRole('button', { name: 'Review' }).click();
  const clicked = Date.now();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(
    page.getByRole('link', { name: 'Open the service in the catalog' }),
  ).toBeVisible({ timeout: 90_000 });
  // The task ends once the catalog shows the entity (golden-path:publish waits for it).
  process.stdout.write(
    `create → registered entity${RUN ? ` (${RUN})` : ''}: ${(
      (Date.now() - clicked) /
      1000
    ).toFixed(1)} s\n`,
  );
  await expect(
    page.getByRole('link', { name: "Read the service's docs" }),
  ).toHaveAttribute('href', `/docs/default/component/${name}`);
  const clone = (await page
    .getByText(/^git clone /)
    .first()
    .textContent())!;
  await shot(page, 'journey-engineer-3-created');

  // Home: the new service is listed; a first scan is asked for from here.
  await page.getByRole('link', { name: 'Home' }).first().click();
  const row = myServices.getByRole('row').filter({
    has: page.getByRole('link', { name, exact: true }),
  });
  await expect(row).toBeVisible();
  const rescan = row.getByRole('button', { name: 'Rescan now' });
  if (await rescan.isVisible()) await rescan.click();
  // Scanned within half a minute of its creation, and again once the catalog
  // holds its SLOs.
  await expect(async () => {
    await page.reload();
    await expect(row.getByText('Gold')).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 120_000 });
  await expect(row.getByText('100 / 100')).toBeVisible();
  // The organisation's ADR index picks the new repository up within a minute.
  await expect(async () => {
    await page.reload();
    await expect(
      row.getByText(
        'ADR-0003 Publish domain events through a transactional outbox',
      ),
    ).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 120_000 });
  await shot(page, 'journey-engineer-4-my-services');

  await row.getByRole('link', { name, exact: true }).click();
  await expect(page.getByText('Takes card payments.').first()).toBeVisible();
  // The Golden path card: the template and version it came from.
  await expect(page.getByText('Generated from')).toBeVisible();
  await expect(page.getByText(/version 0\.5\.0/)).toBeVisible();
  await expect(page.getByText('Up to date')).toBeVisible();
  // Its API entity, with the OpenAPI document read from openapi.yaml beside
  // catalog-info.yaml ($text on a file location).
  await expect(
    page.getByRole('link', { name: `${name}-api`, exact: true }),
  ).toBeVisible();
  await expect(
    page.getByText("which can't be found in the catalog"),
  ).toHaveCount(0);
  await shot(page, 'journey-engineer-5-entity');
  await page.getByText('TechDocs', { exact: true }).first().click();
  await expect(
    page
      .getByText('the domain and application layers depend on the standard', {
        exact: false,
      })
      .first(),
  ).toBeVisible({ timeout: 60_000 });
  await shot(page, 'journey-engineer-6-docs');

  await page.goto(`/catalog/default/component/${name}/decisions`);
  const decisions = page.getByRole('list', { name: 'Decisions' });
  await expect(
    decisions.getByText('ADR-0001 Record architecture decisions'),
  ).toBeVisible({ timeout: 60_000 });
  await expect(
    decisions.getByText('ADR-0002 Use clean layering'),
  ).toBeVisible();
  await expect(
    decisions.getByText(
      'ADR-0003 Publish domain events through a transactional outbox',
    ),
  ).toBeVisible();
  await shot(page, 'journey-engineer-7-decisions');

  const work = await mkdtemp(join(tmpdir(), 'journey-clone-'));
  const [, source] = clone.trim().split(/\s+/).slice(1);
  await run('git', ['clone', '--quiet', source, join(work, name)]);
  const tests = await run(
    '/usr/bin/python3',
    ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'tests/unit'],
    { cwd: join(work, name) },
  );
  expect(tests.stdout).toMatch(/\d+ passed/);
  expect(tests.stdout).not.toMatch(/failed|error/);
  process.stdout.write(
    `engineer's pytest: ${tests.stdout.trim().split('\n').at(-1)}\n`,
  );
  done();
});

test('architect: waives the worst layer violation citing an ADR, sees the level change at once, and accepts a proposed decision', async ({
  page,
}) => {
  const done = timed('architect');
  const alice = await signInToken(page.request, 'alice');
  const grace = await signInToken(page.request, 'grace');
  // A service of the portal's own hosting with a proposed decision to accept.
  const service = `ledger-${Date.now().toString(36)}`;
  await runTemplate(page.request, alice, 'python-layered-service', {
    name: service,
    description: 'Keeps the ledger.',
    owner: 'group:default/platform',
    system: 'system:default/platform-enterprise-python',
    architecture: 'clean',
    aggregate: 'Entry',
  });
  await runTemplate(page.request, alice, 'architecture-decision-record', {
    component: `component:default/${service}`,
    title: 'Keep the ledger append-only',
    context: 'Auditors need every change.',
    options: ['Append-only entries', 'Updates in place'],
    chosen: 'Append-only entries',
    because: 'corrections stay visible.',
    consequences: 'Good, because the audit trail is the data.',
    decisionMakers: ['Grace Osei'],
  });
  await expect
    .poll(
      async () => {
        const res = await page.request.get('/api/fitness/list?limit=100', {
          headers: { Authorization: `Bearer ${grace}` },
        });
        return res.ok() ? (await res.json()).totalItems : 0;
      },
      { timeout: 120_000 },
    )
    .toBeGreaterThanOrEqual(7);

  await signIn(page, 'Grace Osei');
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Fitness' })
    .click();
  const services = page.getByRole('table', { name: 'Services by fitness' });
  const worst = services.getByRole('row').nth(1);
  // A service another test registered and removed again leaves the list
  // within half a minute.
  await expect(async () => {
    await page.reload();
    await expect(worst).toContainText('platform-api', { timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
  await expect(worst).toContainText('No level');
  await shot(page, 'journey-architect-1-fitness');

  await worst
    .getByRole('link', { name: /platform-api/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/catalog\/default\/component\/platform-api/);
  await page
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name: 'Fitness' })
    .click();
  const layers = page
    .getByRole('table', { name: 'Fitness functions' })
    .getByRole('row')
    .filter({ hasText: 'Layer contracts are kept' });
  await expect(
    layers.getByText('src/platform_api/domain/route.py:6'),
  ).toBeVisible();
  await expect(
    layers.getByText(
      /platform_api\.domain\.route -> platform_api\.infrastructure\.upstream_client \(l\.6\)/,
    ),
  ).toBeVisible();
  await expect(page.getByText('No level', { exact: true })).toBeVisible();
  await shot(page, 'journey-architect-2-violation');

  await page.getByRole('button', { name: 'Add a waiver' }).click();
  const dialog = page.getByRole('dialog', { name: 'Waive a fitness function' });
  await dialog.getByLabel('Function').click();
  await page.getByRole('option', { name: /Layer contracts are kept/ }).click();
  await dialog
    .getByLabel('Reason')
    .fill('The gateway split next quarter replaces this code.');
  await dialog
    .getByLabel('ADR')
    .fill('docs/adr/0004-let-routes-call-the-upstream-client.md');
  await shot(page, 'journey-architect-3-waiver');
  await dialog.getByRole('button', { name: 'Waive' }).click();
  await expect(dialog).toBeHidden();
  // Re-scored at once, without a rescan.
  await expect(page.getByText('Bronze', { exact: true })).toBeVisible();
  await expect(page.getByText('No level', { exact: true })).toHaveCount(0);
  await expect(
    layers.getByText('docs/adr/0004-let-routes-call-the-upstream-client.md'),
  ).toBeVisible();
  await shot(page, 'journey-architect-4-rescored');

  await page.goto('/decisions');
  const proposal = page.getByRole('row', {
    name: /Keep the ledger append-only/,
  });
  await expect(async () => {
    await page.reload();
    await expect(proposal).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 120_000 });
  await shot(page, 'journey-architect-5-review-queue');
  await proposal.getByRole('button', { name: 'Accept' }).click();
  await expect(
    page.getByText(
      /Keep the ledger append-only: accepted \(commit [0-9a-f]{7}\)/,
    ),
  ).toBeVisible();
  // The service's own Decisions tab reads its repository: accepted at once.
  await page.goto(`/catalog/default/component/${service}/decisions`);
  await expect(
    page
      .getByRole('list', { name: 'Decisions' })
      .getByRole('listitem')
      .filter({ hasText: 'ADR-0004 Keep the ledger append-only' }),
  ).toContainText('accepted', { timeout: 30_000 });
  await shot(page, 'journey-architect-6-accepted');
  done();
});

test('on-call: sees the burning SLO on the home page and follows its alert to the runbook section', async ({
  page,
}) => {
  const done = timed('on-call');
  const ivan = await signInToken(page.request, 'ivan');
  await expect
    .poll(
      async () =>
        (
          await page.request.post(
            '/api/slo/slos/default/platform-api-availability/evaluate',
            { headers: { Authorization: `Bearer ${ivan}` } },
          )
        ).status(),
      { timeout: 90_000 },
    )
    .toBe(200);

  await signIn(page, 'Ivan Petrov');
  const burning = page.getByRole('list', { name: 'SLOs burning their budget' });
  const slo = burning.getByRole('link', { name: 'platform-api availability' });
  await expect(slo).toBeVisible();
  await expect(burning.getByText('exhausted').first()).toBeVisible();
  await shot(page, 'journey-on-call-1-home');

  await slo.click();
  await expect(page).toHaveURL(/\/catalog\/default\/component\/platform-api$/);
  const onCall = card(page, 'On call');
  const alert = onCall.getByRole('link', {
    name: 'platform-api-availability-fast-burn',
  });
  await expect(alert).toBeVisible();
  await onCall.scrollIntoViewIfNeeded();
  await shot(page, 'journey-on-call-2-on-call-card');

  await alert.click();
  const section = page.getByRole('heading', {
    name: 'platform-api-availability-fast-burn',
  });
  await expect(section).toBeInViewport({ timeout: 60_000 });
  await shot(page, 'journey-on-call-3-runbook');
  done();
});
