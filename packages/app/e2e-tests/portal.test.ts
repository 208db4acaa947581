import { expect, test } from '@playwright/test';
import { shot } from './helpers';

test('an engineer signs in, browses the catalog and opens the create page', async ({
  page,
}) => {
  await page.goto('/');

  await expect(
    page.getByText("Sign in as one of the example organisation's users"),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Sign in as Vic Visitor (no team)' }),
  ).toBeVisible();
  await shot(page, '01-sign-in');
  await page.getByRole('button', { name: 'Sign in as Alice Moreau' }).click();

  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await expect(
    nav.getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();

  // The catalog starts on what Alice's team owns; the example services
  // appear as soon as the catalog has processed examples/.
  await nav.getByRole('link', { name: 'Catalog', exact: true }).click();
  await expect(page).toHaveURL(/\/catalog/);
  await expect(async () => {
    await page.reload();
    await expect(
      page.getByRole('link', { name: 'platform-api (API gateway)' }),
    ).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
  await expect(
    page.getByRole('link', { name: 'platform-auth', exact: true }),
  ).toHaveCount(0);
  await page.getByText('All', { exact: true }).click();
  for (const service of ['platform-auth', 'platform-user', 'catalog-service']) {
    await expect(
      page.getByRole('link', { name: service, exact: true }),
    ).toBeVisible();
  }
  await expect(
    page.getByRole('link', { name: 'billing (modular monolith)' }),
  ).toBeVisible();
  await shot(page, '02-catalog');

  await page.getByRole('link', { name: 'platform-api (API gateway)' }).click();
  await expect(page).toHaveURL(/\/catalog\/default\/component\/platform-api/);
  await expect(
    page.getByText('The API gateway.', { exact: false }).first(),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Platform team' }).first(),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Platform Enterprise Python' }).first(),
  ).toBeVisible();
  // Its API, with the OpenAPI document inline in catalog-info.yaml.
  await expect(async () => {
    await page.reload();
    await expect(
      page.getByRole('link', { name: 'Platform public API' }).first(),
    ).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await expect(
    page.getByText("which can't be found in the catalog"),
  ).toHaveCount(0);
  await shot(page, '03-entity-page');

  await page.goto('/create');
  await expect(page.getByText('Python layered service').first()).toBeVisible();
  await shot(page, '04-create');
});

test('signing out forgets the picked user', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in as Grace Osei' }).click();
  await page.goto('/settings');
  await expect(page.getByText('Grace Osei').first()).toBeVisible();
  await page.getByTestId('user-settings-menu').click();
  await page.getByRole('menuitem', { name: 'Sign Out' }).click();
  await expect(
    page.getByRole('button', { name: 'Sign in as Alice Moreau' }),
  ).toBeVisible();
});

test('a user in no team gets a home page that says what to do', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('button', { name: 'Sign in as Vic Visitor (no team)' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Welcome, Vic Visitor (no team)' }),
  ).toBeVisible();
  // My services and Needs attention both explain why they are empty.
  await expect(page.getByText('You are not in a team yet')).toHaveCount(2);
  await expect(
    page.getByText('Ask your platform team to add you to a group').first(),
  ).toBeVisible();
  // Reading stays open: the golden paths and the organisation's pages.
  await expect(
    page
      .getByRole('list', { name: 'Golden paths' })
      .getByRole('link', { name: 'Python layered service' }),
  ).toBeVisible();
  await shot(page, '10-home-no-team');
  await page
    .getByRole('link', { name: 'decisions', exact: true })
    .first()
    .click();
  await expect(page).toHaveURL(/\/decisions$/);
});

test("an on-call engineer lands on a runbook's alert section", async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in as Ivan Petrov' }).click();
  await page.goto(
    '/docs/default/component/platform-user/runbook/#platform-user-availability-fast-burn',
  );
  const section = page.getByRole('heading', {
    name: 'platform-user-availability-fast-burn',
  });
  await expect(section).toBeVisible({ timeout: 60_000 });
  await expect(section).toBeInViewport();
  await shot(page, '09-runbook-section');
});

test("an architect reads a service's decisions and follows a supersedes link", async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in as Grace Osei' }).click();
  await page.goto('/catalog/default/component/platform-user/decisions');
  const list = page.getByRole('list', { name: 'Decisions' });
  await expect(
    list.getByText('ADR-0002 Publish user events through RabbitMQ'),
  ).toBeVisible({ timeout: 60_000 });
  await list.getByText('ADR-0002 Publish user events through RabbitMQ').click();
  await expect(page.getByText('Superseded by')).toBeVisible();
  await page.getByRole('button', { name: 'ADR-0003', exact: true }).click();
  await expect(
    page.getByRole('heading', {
      name: 'Publish user events through Redis Streams',
    }),
  ).toBeVisible();
  await shot(page, '10-decisions');
});

test('records that state no status, as MADR allows, are listed on the Decisions tab and in /decisions', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in as Grace Osei' }).click();
  await page.goto('/catalog/default/component/platform-worker/decisions');
  const list = page.getByRole('list', { name: 'Decisions' });
  const retries = list.getByRole('listitem').filter({
    hasText: 'ADR-0003 Retry failed jobs with exponential backoff',
  });
  await expect(retries).toBeVisible({ timeout: 60_000 });
  await expect(retries.getByText('no status')).toBeVisible();
  await expect(
    list
      .getByRole('listitem')
      .filter({
        hasText: 'ADR-0004 Schedule the nightly reports in the worker',
      })
      .getByText('no status'),
  ).toBeVisible();
  await shot(page, '10b-decisions-no-status');

  const table = page.getByRole('table');
  // The organisation's index is built shortly after the start.
  await expect(async () => {
    await page.goto('/decisions');
    await page.getByRole('tab', { name: 'All decisions' }).click();
    await page.getByLabel('Status').click();
    await page.getByRole('option', { name: 'no status' }).click();
    await expect(
      table.getByText('ADR-0003 Retry failed jobs with exponential backoff'),
    ).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
  await expect(
    table.getByText('ADR-0004 Schedule the nightly reports in the worker'),
  ).toBeVisible();
  await expect(table.getByText('Use RS256')).toHaveCount(0);
  await expect(page.getByRole('listbox')).toBeHidden();
  await shot(page, '10c-organisation-decisions-no-status');
});

test('an architect reviews the proposed decisions of the organisation', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in as Grace Osei' }).click();
  await page.goto('/decisions');
  // The index is refreshed by a scheduled task shortly after start-up.
  await expect(async () => {
    await page.reload();
    await expect(
      page.getByText('ADR-0003 Rate-limit per client in Redis'),
    ).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
  await expect(
    page.getByText('ADR-0003 Split payments into its own service'),
  ).toBeVisible();
  await expect(page.getByText('ADR-0003 Use Redis Streams')).toHaveCount(0);
  await shot(page, '11-decisions-review-queue');

  // The examples live in the portal's own checkout, so the portal says it
  // cannot change them rather than pretending to.
  await page
    .getByRole('row', { name: /Rate-limit per client in Redis/ })
    .getByRole('button', { name: 'Accept' })
    .click();
  await expect(page.getByText(/is read-only in the portal/)).toBeVisible();

  await page.getByRole('tab', { name: 'All decisions' }).click();
  await page.getByRole('combobox', { name: 'Owner' }).click();
  await page.getByRole('option', { name: 'Identity team' }).click();
  await expect(
    page.getByText('ADR-0002 Sign access tokens with RS256'),
  ).toBeVisible();
  await expect(
    page.getByText('ADR-0003 Rate-limit per client in Redis'),
  ).toHaveCount(0);
  await shot(page, '12-decisions-by-owner');

  await page.getByRole('tab', { name: 'Supersedes graph' }).click();
  await expect(
    page.getByText(
      'platform-user ADR-0003: Publish user events through Redis Streams',
    ),
  ).toBeVisible();
  await expect(
    page.getByText(
      'platform-user ADR-0002: Publish user events through RabbitMQ',
    ),
  ).toBeVisible();
  await shot(page, '15-supersedes-graph');
});

test("the Runbook card lists a service's alert sections", async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in as Ivan Petrov' }).click();
  await page.goto('/catalog/default/component/platform-auth');
  const card = page.getByRole('list', { name: 'Runbook sections' });
  await expect(
    card.getByRole('link', { name: 'platform-auth-latency-fast-burn' }),
  ).toBeVisible({
    timeout: 60_000,
  });
  await shot(page, '13-runbook-card');
  await card
    .getByRole('link', { name: 'platform-auth-latency-fast-burn' })
    .click();
  await expect(page).toHaveURL(
    /\/docs\/default\/component\/platform-auth\/runbook\/#platform-auth-latency-fast-burn/,
  );
  await expect(
    page.getByRole('heading', { name: 'platform-auth-latency-fast-burn' }),
  ).toBeInViewport({ timeout: 30_000 });
});

test('searching an alert name leads to its runbook section', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in as Ivan Petrov' }).click();
  // The search index is built by a scheduled task shortly after start-up.
  await expect(async () => {
    await page.goto('/search?query=platform-user-availability-slow-burn');
    await expect(
      page
        .getByText(
          'platform-user runbook: platform-user-availability-slow-burn',
        )
        .first(),
    ).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
  await page.getByText('Runbooks', { exact: true }).click();
  await expect(
    page.getByText('ADR-0003 Publish user events through Redis Streams'),
  ).toHaveCount(0);
  await shot(page, '14-search-runbook');
  await page
    .getByText('platform-user runbook: platform-user-availability-slow-burn')
    .first()
    .click();
  await expect(page).toHaveURL(
    /\/runbook\/#platform-user-availability-slow-burn/,
  );
  await expect(
    page.getByRole('heading', { name: 'platform-user-availability-slow-burn' }),
  ).toBeInViewport({ timeout: 30_000 });
});
