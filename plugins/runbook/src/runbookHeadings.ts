/** One heading of a built runbook page, with the anchor mkdocs gave it. */
export type RunbookHeading = { id: string; title: string; level: 2 | 3 };

/** The h2 and h3 headings of a built runbook page, in order. */
export function runbookHeadings(html: string): RunbookHeading[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const article = doc.querySelector('article') ?? doc.body;
  return Array.from(article.querySelectorAll('h2[id], h3[id]')).map(
    heading => ({
      id: heading.id,
      title: (heading.textContent ?? '').replace(/¶$/, '').trim(),
      level: heading.tagName === 'H2' ? 2 : 3,
    }),
  );
}
