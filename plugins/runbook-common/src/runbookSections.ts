import { isFence, markdownHeading } from './markdownHeading';

/** The anchor mkdocs (python-markdown's toc) gives a heading. */
export function headingAnchor(heading: string): string {
  return heading
    .normalize('NFKD')
    .replace(/[\u0080-\uffff]/g, '')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLocaleLowerCase('en-US')
    .replace(/[-\s]+/g, '-');
}

/** One `##` or `###` section of a runbook's Markdown. */
export type RunbookSection = {
  anchor: string;
  title: string;
  level: 2 | 3;
  /** The `##` section a `###` one sits in, e.g. "Alerts". */
  parent?: string;
  text: string;
};

/** A `##` or `###` heading. */
function sectionHeading(
  line: string,
): { level: 2 | 3; title: string } | undefined {
  const heading = markdownHeading(line);
  return heading && (heading.level === 2 || heading.level === 3)
    ? { level: heading.level, title: heading.text }
    : undefined;
}

/** Splits a runbook's Markdown into its sections, skipping fenced code. */
export function splitRunbook(markdown: string): RunbookSection[] {
  const sections: RunbookSection[] = [];
  let current: RunbookSection | undefined;
  let parent: string | undefined;
  let fenced = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (isFence(line)) fenced = !fenced;
    const heading = fenced ? undefined : sectionHeading(line);
    if (heading) {
      const { level, title } = heading;
      if (level === 2) parent = title;
      current = {
        anchor: headingAnchor(title),
        title,
        level,
        parent: level === 3 ? parent : undefined,
        text: '',
      };
      sections.push(current);
    } else if (current) {
      current.text += `${line}\n`;
    }
  }
  return sections.map(s => ({ ...s, text: s.text.trim() }));
}

/**
 * The alert policies the runbook has no section for. A policy is covered by
 * the section its alert links to: the one whose anchor is the policy name's
 * (so `### Orders latency` covers `orders-latency`).
 */
export function alertPoliciesWithoutSection(
  sectionAnchors: Iterable<string>,
  policies: string[],
): string[] {
  const anchors = new Set(sectionAnchors);
  return policies.filter(policy => !anchors.has(headingAnchor(policy)));
}
