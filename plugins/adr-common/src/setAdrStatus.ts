import { AdrFormat } from './Adr';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FRONT_MATTER_STATUS = /^status:[ \t]*(.*)$/m;
const MADR2_STATUS = /^([*-][ \t]+Status:[ \t]*)(.+)$/im;
// Horizontal whitespace only: with \s, which also matches line breaks, the
// blank-line group could split a run of newlines in 2^n ways.
const NYGARD_STATUS =
  /(^##[ \t]+Status[ \t]*\r?\n(?:[ \t]*\r?\n)*)([^\r\n]+)/im;

/** Replaces the value of the front matter's `status:`; never a `status:` line of the body. */
function setFrontMatterStatus(
  markdown: string,
  value: string,
): string | undefined {
  const frontMatter = FRONT_MATTER.exec(markdown);
  if (!frontMatter) return undefined;
  const status = FRONT_MATTER_STATUS.exec(frontMatter[1]);
  if (!status) return undefined;
  const at =
    frontMatter[0].indexOf(frontMatter[1]) +
    status.index +
    status[0].length -
    status[1].length;
  return `${markdown.slice(0, at)}${value}${markdown.slice(
    at + status[1].length,
  )}`;
}

/**
 * Rewrites the status of an ADR in place, keeping everything else as it was.
 * Returns undefined when the file has no status to rewrite.
 */
export function setAdrStatus(
  markdown: string,
  format: AdrFormat,
  status: string,
): string | undefined {
  if (format === 'madr3' || format === 'madr4') {
    return setFrontMatterStatus(markdown, JSON.stringify(status));
  }
  const { pattern, value } = {
    madr2: { pattern: MADR2_STATUS, value: status },
    nygard: {
      pattern: NYGARD_STATUS,
      value: status.charAt(0).toLocaleUpperCase('en-US') + status.slice(1),
    },
  }[format];
  if (!pattern.test(markdown)) return undefined;
  return markdown.replace(pattern, (_, prefix: string) => `${prefix}${value}`);
}
