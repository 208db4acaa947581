import { APIRequestContext, expect, test } from '@playwright/test';
import { shot, signInToken } from './helpers';

/** Calls the evaluate-now endpoint once the catalog has ingested the SLO. */
async function evaluateNow(
  request: APIRequestContext,
  token: string,
  slo: string,
) {
  let status = 0;
  await expect
    .poll(
      async () => {
        const res = await request.post(
          `/api/slo/slos/default/${slo}/evaluate`,
          {
            headers: { Authorization: `Bearer ${token}` },
          },
        );
        status = res.status();
        return status;
      },
      { timeout: 90_000 },
    )
    .toBe(200);
}

test('an on-call engineer sees the burning SLO, its alert and the runbook section', async ({
  page,
}) => {
  const token = await signInToken(page.request, 'ivan');
  for (const slo of [
    'platform-api-availability',
    'platform-api-latency-p95',
    'platform-api-latency-p99',
    'platform-auth-availability',
    'platform-auth-latency-p95',
  ]) {
    await evaluateNow(page.request, token, slo);
  }

  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in as Ivan Petrov' }).click();
  await page.goto('/catalog/default/component/platform-api');

  const card = (title: string) =>
    page.locator('.MuiCard-root').filter({
      has: page.getByText(title, { exact: true }),
    });
  const onCall = card('On call');
  await expect(onCall.getByText('platform-api availability')).toBeVisible();
  await expect(onCall.getByText('burning').first()).toBeVisible();
  const alert = onCall.getByRole('link', {
    name: 'platform-api-availability-fast-burn',
  });
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute(
    'href',
    /\/docs\/default\/component\/platform-api\/runbook\/#platform-api-availability-fast-burn$/,
  );
  await expect(onCall.getByText('burning 20× over 1 h')).toBeVisible();
  await expect(
    onCall.getByRole('link', { name: 'platform@example.com' }),
  ).toBeVisible();
  await onCall.scrollIntoViewIfNeeded();
  await shot(page, '20-on-call-card');
  await onCall.screenshot({ path: 'e2e-screenshots/20-on-call-card-only.png' });

  const slos = card('SLOs');
  await expect(slos.getByText('99.9 %').first()).toBeVisible();
  await shot(page, '21-entity-slo-card');

  await alert.click();
  const section = page.getByRole('heading', {
    name: 'platform-api-availability-fast-burn',
  });
  await expect(section).toBeVisible({ timeout: 60_000 });
  await expect(section).toBeInViewport();
  await shot(page, '22-runbook-from-alert');
});

test('the organisation board lists every SLO, the burning one first', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in as Ivan Petrov' }).click();
  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await expect(nav.getByRole('link', { name: 'Decisions' })).toBeVisible();
  await nav.getByRole('link', { name: 'SLOs' }).click();
  await expect(page).toHaveURL(/\/slos$/);
  const rows = page.getByRole('row');
  await expect(rows.nth(1)).toContainText('platform-api availability', {
    timeout: 60_000,
  });
  // The example platform-api has failed 2 % of its requests all month: its
  // budget is overspent, and its fast-burn alert fires.
  await expect(rows.nth(1)).toContainText('exhausted');
  await expect(page.getByText('platform-auth availability')).toBeVisible();
  await shot(page, '23-slo-board');

  await page.goto('/catalog/default/component/platform-api/slos');
  await expect(
    page.getByText('platform-api-availability-fast-burn').first(),
  ).toBeVisible({ timeout: 60_000 });
  await shot(page, '24-entity-slos-tab');
});
