import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { signInToken } from './helpers';

const payload = [
  'payload-visible <script>window.__pwned = 1</script>',
  '',
  '<img src="x" onerror="window.__pwned = 2">',
  '',
  '[click me](javascript:window.__pwned=3)',
].join('\n');

// A repository with hostile Markdown, planted where the portal hosts
// repositories and registered through the API like any other.
function plantRepository(name: string) {
  const dir = join(process.env.PORTAL_E2E_DATA_DIR!, 'repos', name);
  mkdirSync(join(dir, 'docs/adr'), { recursive: true });
  writeFileSync(
    join(dir, 'catalog-info.yaml'),
    `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${name}
  annotations:
    backstage.io/techdocs-ref: dir:.
    backstage.io/adr-location: docs/adr
spec:
  type: service
  lifecycle: experimental
  owner: group:default/platform
`,
  );
  writeFileSync(
    join(dir, 'mkdocs.yml'),
    `site_name: ${name}\nnav:\n  - Home: index.md\n`,
  );
  writeFileSync(join(dir, 'docs/index.md'), `# Hostile docs\n\n${payload}\n`);
  writeFileSync(
    join(dir, 'docs/adr/0001-hostile.md'),
    `---\nstatus: proposed\n---\n\n# Hostile decision\n\n${payload}\n`,
  );
  return join(dir, 'catalog-info.yaml');
}

test('hostile Markdown in an ADR and in docs renders as text and runs nothing', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', dialog => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });

  const token = await signInToken(page.request, 'alice');
  const registered = await page.request.post('/api/catalog/locations', {
    headers: { Authorization: `Bearer ${token}` },
    data: { type: 'file', target: plantRepository('xss-probe') },
  });
  expect(registered.status()).toBe(201);
  const { location } = await registered.json();
  try {
    await checkHostileContent();
  } finally {
    // Unregistered again (by an architect: only they unregister locations),
    // so the later tests see only the examples and what they create
    // themselves.
    const architect = await signInToken(page.request, 'grace');
    const removed = await page.request.delete(
      `/api/catalog/locations/${location.id}`,
      { headers: { Authorization: `Bearer ${architect}` } },
    );
    expect(removed.status()).toBe(204);
  }

  async function checkHostileContent() {
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in as Alice Moreau' }).click();
    await expect(async () => {
      await page.goto('/catalog/default/component/xss-probe/decisions');
      await expect(page.getByText(/payload-visible/).first()).toBeVisible({
        timeout: 5_000,
      });
    }).toPass({ timeout: 60_000 });
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(await page.locator('main [onerror]').count()).toBe(0);

    await page.goto('/docs/default/component/xss-probe/');
    await expect(page.getByText(/payload-visible/).first()).toBeVisible({
      timeout: 60_000,
    });
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  }
});
