import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { shot, signInToken } from './helpers';

type Settings = {
  channels: Array<{
    id: string;
    origins: Array<{
      id: string;
      topics?: Array<{ id: string; enabled: boolean }>;
    }>;
  }>;
};

/** Whether the user's saved settings let SLO alert notifications through. */
async function alertTopicEnabled(request: APIRequestContext, token: string) {
  const res = await request.get('/api/notifications/settings', {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(res.status()).toBe(200);
  const settings: Settings = await res.json();
  return settings.channels
    .find(channel => channel.id === 'Web')
    ?.origins.find(origin => origin.id === 'plugin:slo')
    ?.topics?.find(topic => topic.id === 'slo-alert-firing')?.enabled;
}

async function openAlertTopic(page: Page) {
  await page.goto('/settings/notifications');
  await page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'SLOs', exact: true }) })
    .getByRole('button', { name: 'expand row' })
    .click();
  return page
    .getByRole('row', { name: /An SLO's burn-rate alert started firing/ })
    .getByRole('switch');
}

test('an owner turns the SLO alert notifications off in Settings → Notifications, and on again', async ({
  page,
}) => {
  // Bob is in the platform team, which owns platform-api; its availability
  // SLO burns in the Prometheus fixture, so its fast-burn alert has told him.
  const bob = await signInToken(page.request, 'bob');
  const headers = { Authorization: `Bearer ${bob}` };
  await expect
    .poll(
      async () =>
        (
          await page.request.post(
            '/api/slo/slos/default/platform-api-availability/evaluate',
            { headers },
          )
        ).status(),
      { timeout: 90_000 },
    )
    .toBe(200);
  const received = await page.request.get('/api/notifications', { headers });
  expect(
    (
      (await received.json()).notifications as Array<{
        payload: { topic?: string; title: string };
      }>
    )
      .filter(n => n.payload.topic === 'slo-alert-firing')
      .map(n => n.payload.title),
  ).toContainEqual(
    expect.stringContaining('platform-api-availability-fast-burn'),
  );

  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in as Bob Lindqvist' }).click();
  let toggle = await openAlertTopic(page);
  await expect(toggle).toBeChecked();
  // The switch is controlled: it flips once the server has saved the change.
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).not.toBeChecked();
  await expect.poll(() => alertTopicEnabled(page.request, bob)).toBe(false);
  await shot(page, 'notification-settings-off');

  // Kept across a reload, and turned on again.
  toggle = await openAlertTopic(page);
  await expect(toggle).not.toBeChecked();
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await expect.poll(() => alertTopicEnabled(page.request, bob)).toBe(true);
});
