import { AdrFormat } from './Adr';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FRONT_MATTER_STATUS = /^status:[ \t]*(.*)$/m;
const MADR2_STATUS = /^([*-][ \t]+Status:[ \t]*)(.+)$/im;
// Horizontal whitespace only: with \s, which also matches line breaks, the
// blank-line group could split a run of newlines in 2^n ways.
const NYGARD_STATUS =
  /(^##[ \t]+Status[ \t]*\r?\n(?:[ \t]*\r?\n)*)([^\r\n#][^\r\n]*)/im;
const NYGARD_HEADING = /^##[ \t]+Status[ \t]*\r?\n/im;

/**
 * Replaces the value of the front matter's `status:` (never a `status:` line
 * of the body), or adds one: first in the front matter, or in a new front
 * matter for a record that has none.
 */
function setFrontMatterStatus(markdown: string, value: string): string {
  const frontMatter = FRONT_MATTER.exec(markdown);
  if (!frontMatter) return `---\nstatus: ${value}\n---\n\n${markdown}`;
  const start = frontMatter[0].indexOf(frontMatter[1]);
  const status = FRONT_MATTER_STATUS.exec(frontMatter[1]);
  if (!status) {
    return `${markdown.slice(0, start)}status: ${value}\n${markdown.slice(
      start,
    )}`;
  }
  const at = start + status.index + status[0].length - status[1].length;
  return `${markdown.slice(0, at)}${value}${markdown.slice(
    at + status[1].length,
  )}`;
}

/** The index just after the line of the first `# Title` heading, or 0. */
function afterTitle(markdown: string): number {
  const title = /^#[ \t]+\S[^\r\n]*(\r?\n|$)/m.exec(markdown);
  return title ? title.index + title[0].length : 0;
}

/**
 * Rewrites the status of an ADR in place, keeping everything else as it was,
 * or adds one where the record states none (MADR makes it optional): a
 * `* Status:` item for MADR 2, a `## Status` section before `## Context` for
 * Nygard.
 */
export function setAdrStatus(
  markdown: string,
  format: AdrFormat,
  status: string,
): string {
  if (format === 'madr3' || format === 'madr4') {
    return setFrontMatterStatus(markdown, JSON.stringify(status));
  }
  if (format === 'madr2') {
    if (MADR2_STATUS.test(markdown)) {
      return markdown.replace(
        MADR2_STATUS,
        (_, prefix: string) => `${prefix}${status}`,
      );
    }
    const item = /^[*-][ \t]+(Deciders|Date):/im.exec(markdown);
    const at = item ? item.index : afterTitle(markdown);
    const gap = item ? '' : '\n';
    return `${markdown.slice(0, at)}${gap}* Status: ${status}\n${markdown.slice(
      at,
    )}`;
  }
  const value = status.charAt(0).toLocaleUpperCase('en-US') + status.slice(1);
  if (NYGARD_STATUS.test(markdown)) {
    return markdown.replace(
      NYGARD_STATUS,
      (_, prefix: string) => `${prefix}${value}`,
    );
  }
  const empty = NYGARD_HEADING.exec(markdown);
  if (empty) {
    const at = empty.index + empty[0].length;
    return `${markdown.slice(0, at)}\n${value}\n${markdown.slice(at)}`;
  }
  const context = /^##[ \t]+Context[ \t]*$/im.exec(markdown);
  const at = context ? context.index : markdown.length;
  return `${markdown.slice(0, at)}## Status\n\n${value}\n\n${markdown.slice(
    at,
  )}`;
}
