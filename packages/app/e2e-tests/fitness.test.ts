import { APIRequestContext, expect, test } from '@playwright/test';
import { shot, signInToken } from './helpers';

/** Waits until the fitness backend has scanned the example services; returns how many components it holds. */
async function scanned(token: string, request: APIRequestContext) {
  let total = 0;
  await expect
    .poll(
      async () => {
        const res = await request.get('/api/fitness/list?limit=100', {
          headers: { Authorization: `Bearer ${token}` },
        });
        const body = res.ok() ? await res.json() : { items: [], totalItems: 0 };
        total = body.totalItems;
        return (
          body.items.some(
            (i: { entityRef: string }) =>
              i.entityRef === 'component:default/platform-api',
          ) && total >= 7
        );
      },
      { timeout: 120_000 },
    )
    .toBe(true);
  return total;
}

test('an architect finds a layer violation at file:line on the Fitness tab, and sorts /fitness by score', async ({
  page,
}) => {
  const token = await signInToken(page.request, 'grace');
  const total = await scanned(token, page.request);

  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in as Grace Osei' }).click();

  await page.goto('/catalog/default/component/platform-api');
  const card = page.locator('.MuiCard-root').filter({
    has: page.getByText('Architecture fitness', { exact: true }),
  });
  await expect(
    card.getByRole('link', { name: 'Layer contracts are kept' }),
  ).toBeVisible();
  await shot(page, 'fitness-entity-card');

  await card.getByRole('link', { name: 'All functions and evidence' }).click();
  const functions = page.getByRole('table', { name: 'Fitness functions' });
  const layers = functions
    .getByRole('row')
    .filter({ hasText: 'Layer contracts are kept' });
  await expect(layers.getByText('fail', { exact: true })).toBeVisible();
  await expect(
    layers.getByText('src/platform_api/domain/route.py:6'),
  ).toBeVisible();
  await expect(
    layers.getByText(
      /platform_api\.domain\.route -> platform_api\.infrastructure\.upstream_client \(l\.6\)/,
    ),
  ).toBeVisible();
  await expect(
    page.getByRole('img', {
      name: /Violating imports: .*domain imports infrastructure \(1\)/,
    }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Add a waiver' }),
  ).toBeVisible();
  await shot(page, 'fitness-entity-tab');

  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Fitness' })
    .click();
  await expect(page).toHaveURL(/\/fitness$/);
  const services = page.getByRole('table', { name: 'Services by fitness' });
  await expect(services.getByRole('row')).toHaveCount(total + 1);
  const scores = async () =>
    (
      await services
        .getByRole('row')
        .locator('td:nth-child(2)')
        .allTextContents()
    ).map(text => (text.startsWith('–') ? -1 : Number(text.split(' ')[0])));
  const ascending = await scores();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

  await services.getByRole('button', { name: 'Score' }).click();
  await expect
    .poll(async () => {
      const descending = await scores();
      return (
        descending.length === total && descending[0] >= descending[total - 1]
      );
    })
    .toBe(true);
  const descending = await scores();
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  await expect(
    page.getByRole('table', { name: 'Fitness by owner' }),
  ).toBeVisible();
  await shot(page, 'fitness-organisation-page');

  // The catalog's own table: the fitness columns and the level filter.
  await expect
    .poll(
      async () => {
        await page.goto('/catalog?filters[kind]=component&filters[user]=all');
        const row = page.getByRole('row').filter({
          has: page.getByRole('link', { name: 'platform-api (API gateway)' }),
        });
        await row.waitFor();
        return (await row.textContent()) ?? '';
      },
      { timeout: 90_000, intervals: [2_000] },
    )
    .toMatch(/No level/);
  await expect(
    page.getByRole('columnheader', { name: 'Fitness' }),
  ).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Level' })).toBeVisible();
  await expect(page.getByText('Fitness level', { exact: true })).toBeVisible();
  await shot(page, 'fitness-catalog-columns');
});
