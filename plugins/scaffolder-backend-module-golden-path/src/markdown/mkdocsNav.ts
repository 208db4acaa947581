import { isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';

/** A page for mkdocs.yml's nav; `section` puts it inside that section (e.g. "Decisions"). */
export type NavPage = { title?: string; path: string; section?: string };

function sectionOf(nav: YAMLSeq, name: string): YAMLSeq | undefined {
  for (const item of nav.items) {
    if (isMap(item)) {
      const value = item.get(name);
      if (isSeq(value)) return value;
    }
  }
  return undefined;
}

/**
 * mkdocs.yml with `pages` added to its nav unless it lists them already;
 * undefined when nothing changes. A file without a nav lists every page
 * already, and a page whose section is missing goes at the nav's end.
 */
export function withNav(mkdocs: string, pages: NavPage[]): string | undefined {
  const doc = parseDocument(mkdocs);
  const nav = doc.get('nav');
  if (!isSeq(nav)) return undefined;
  const listed = JSON.stringify(nav.toJSON());
  const missing = pages.filter(p => !listed.includes(JSON.stringify(p.path)));
  if (missing.length === 0) return undefined;
  for (const page of missing) {
    const into = (page.section && sectionOf(nav, page.section)) || nav;
    into.add(
      doc.createNode(page.title ? { [page.title]: page.path } : page.path),
    );
  }
  return doc.toString();
}
