import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Our own pages, cards and tabs. Upstream components that fail a rule are
// listed, with the reason, in docs/accessibility.md.
// The sidebar's Notifications item (@backstage/plugin-notifications) keeps
// its aria-label "Notifications" when it shows the unread count beside it.
const UPSTREAM_EVERYWHERE = ['nav a[href="/notifications"]'];

const PAGES: Array<[string, string, string[]?]> = [
  ['home', '/'],
  ['fitness', '/fitness'],
  ['decisions', '/decisions'],
  ['SLO board', '/slos'],
  [
    'entity overview (fitness, runbook, SLO, on-call, golden-path cards)',
    '/catalog/default/component/platform-user',
  ],
  ['entity Fitness tab', '/catalog/default/component/platform-user/fitness'],
  [
    'entity Decisions tab',
    '/catalog/default/component/platform-user/decisions',
  ],
  ['entity SLOs tab', '/catalog/default/component/platform-user/slos'],
];

test.describe('accessibility', () => {
  for (const [name, path, upstream = []] of PAGES) {
    test(`${name} has no serious or critical axe violations`, async ({
      page,
    }) => {
      await page.goto('/');
      await page
        .getByRole('button', { name: 'Sign in as Alice Moreau' })
        .click();
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      let axe = new AxeBuilder({ page }).withTags([
        'wcag2a',
        'wcag2aa',
        'wcag21a',
        'wcag21aa',
      ]);
      for (const selector of [...UPSTREAM_EVERYWHERE, ...upstream]) {
        axe = axe.exclude(selector);
      }
      const results = await axe.analyze();
      const serious = results.violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical')
        .map(v => ({
          rule: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes
            .slice(0, 5)
            .map(n => `${n.target.join(' ')}: ${n.html.slice(0, 160)}`),
        }));
      expect(serious).toEqual([]);
    });
  }
});
