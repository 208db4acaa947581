import { isFence, markdownHeading } from '@internal/plugin-runbook-common';

type Section = { level: number; heading: string; lines: string[] };

/** Without its trailing newlines (a loop: `\n+$` is quadratic on many newlines). */
function trimNewlines(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '\n') end--;
  return text.slice(0, end);
}

function sections(markdown: string): {
  preamble: string[];
  sections: Section[];
} {
  const preamble: string[] = [];
  const found: Section[] = [];
  let inFence = false;
  for (const line of trimNewlines(markdown).split('\n')) {
    if (isFence(line)) inFence = !inFence;
    const match = inFence ? undefined : markdownHeading(line);
    if (match) {
      found.push({ level: match.level, heading: match.text, lines: [line] });
    } else if (found.length) {
      found[found.length - 1].lines.push(line);
    } else {
      preamble.push(line);
    }
  }
  return { preamble, sections: found };
}

// Where the section `parent` ends: at the next heading of its level or above.
function endOf(all: Section[], parent: Section) {
  const start = all.indexOf(parent);
  const next = all.findIndex((s, i) => i > start && s.level <= parent.level);
  return next === -1 ? all.length : next;
}

/**
 * Extends `existing` with the sections of `proposed` whose headings it lacks,
 * keeping everything it already says. A new section goes at the end of the
 * existing section that is its parent (the same heading one level up), or at
 * the end of the document when there is none.
 */
export function mergeSections(existing: string, proposed: string): string {
  const target = sections(existing);
  const headings = new Set(target.sections.map(s => s.heading));
  let parent: Section | undefined;
  for (const section of sections(proposed).sections) {
    if (headings.has(section.heading)) {
      if (section.level <= 2) {
        parent = target.sections.find(s => s.heading === section.heading);
      }
      continue;
    }
    const copy = { ...section, lines: [...section.lines] };
    const at =
      parent && section.level > parent.level
        ? endOf(target.sections, parent)
        : target.sections.length;
    target.sections.splice(at, 0, copy);
    headings.add(section.heading);
    if (section.level <= 2) parent = copy;
  }
  const blocks = target.sections.map(s => trimNewlines(s.lines.join('\n')));
  const preamble = trimNewlines(target.preamble.join('\n'));
  return `${[preamble, ...blocks].filter(Boolean).join('\n\n')}\n`;
}
