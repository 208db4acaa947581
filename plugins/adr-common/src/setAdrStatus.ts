import { AdrFormat } from './Adr';

const FRONT_MATTER_STATUS = /^(---\r?\n[\s\S]*?^status:[ \t]*)(.*)$/m;
const MADR2_STATUS = /^([*-]\s+Status:[ \t]*)(.+)$/im;
const NYGARD_STATUS = /(^##\s+Status\s*\r?\n(?:\s*\r?\n)*)([^\r\n]+)/im;

/**
 * Rewrites the status of an ADR in place, keeping everything else as it was.
 * Returns undefined when the file has no status to rewrite.
 */
export function setAdrStatus(
  markdown: string,
  format: AdrFormat,
  status: string,
): string | undefined {
  const { pattern, value } = {
    madr2: { pattern: MADR2_STATUS, value: status },
    madr3: { pattern: FRONT_MATTER_STATUS, value: JSON.stringify(status) },
    madr4: { pattern: FRONT_MATTER_STATUS, value: JSON.stringify(status) },
    nygard: {
      pattern: NYGARD_STATUS,
      value: status.charAt(0).toLocaleUpperCase('en-US') + status.slice(1),
    },
  }[format];
  if (!pattern.test(markdown)) return undefined;
  return markdown.replace(pattern, (_, prefix: string) => `${prefix}${value}`);
}
