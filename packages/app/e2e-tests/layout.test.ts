import { expect, Page, test } from '@playwright/test';
import { shot } from './helpers';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

// Each page, and a text it shows once its content has loaded.
const PAGES: Array<[string, string, string]> = [
  ['fitness', '/fitness', 'platform-api'],
  ['slos', '/slos', 'platform-api availability'],
  ['decisions', '/decisions', 'Rate-limit per client'],
  ['catalog', '/catalog', 'platform-notification'],
  ['entity-overview', '/catalog/default/component/platform-user', 'On call'],
  [
    'entity-fitness',
    '/catalog/default/component/platform-user/fitness',
    'tests-per-layer',
  ],
  [
    'entity-decisions',
    '/catalog/default/component/platform-user/decisions',
    'Record architecture decisions',
  ],
  [
    'entity-slos',
    '/catalog/default/component/platform-user/slos',
    'platform-user availability',
  ],
];

/**
 * The words (runs of letters and digits) of headers, cells and buttons that
 * the browser laid out on more than one line: each word is measured as a DOM
 * Range, whose client rectangles sit on different lines when it was broken.
 * A line may still end after a hyphen or a slash between two words. Buttons
 * and menu items must not cut their labels off either.
 */
function brokenWords(page: Page) {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const element of document.querySelectorAll('th, td, button')) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index!);
          range.setEnd(node, match.index! + match[0].length);
          const lines = new Set(
            [...range.getClientRects()]
              .filter(r => r.width > 0)
              .map(r => Math.round(r.top)),
          );
          if (lines.size > 1) {
            broken.push(`${element.tagName.toLowerCase()}: "${match[0]}"`);
          }
        }
      }
    }
    // A label cut off at its box's edge reads as a broken word too.
    for (const element of document.querySelectorAll(
      'button, [role="menuitem"]',
    )) {
      for (const box of [element, ...element.querySelectorAll('*')]) {
        // Labels hidden on purpose for screen readers are clipped to 1 px.
        if (box.clientWidth <= 1) continue;
        if (box.scrollWidth > box.clientWidth + 1 && box.textContent) {
          broken.push(`cut off: "${box.textContent.trim()}"`);
          break;
        }
      }
    }
    return broken;
  });
}

test.describe('tables read well', () => {
  // The first page of a fresh portal waits for the catalog and the indexes.
  test.setTimeout(480_000);
  for (const size of SIZES) {
    for (const [name, path, loaded] of PAGES) {
      test(`${name} at ${size.width}×${size.height} breaks no word in a header, cell or button`, async ({
        page,
      }) => {
        await page.setViewportSize(size);
        await page.goto('/');
        await page
          .getByRole('button', { name: 'Sign in as Alice Moreau' })
          .click();
        await page.goto(path);
        await expect(page.getByText(loaded).first()).toBeVisible({
          timeout: 420_000,
        });
        await page.waitForLoadState('networkidle');
        expect(await brokenWords(page)).toEqual([]);
        await shot(page, `layout-${name}-${size.width}`);
      });
    }
  }
});
