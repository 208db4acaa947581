import { Adr, AdrParseFailure } from './Adr';
import { parseAdr } from './parseAdr';

/** The entity annotation naming its ADR folder, relative to catalog-info.yaml. */
export const ANNOTATION_ADR_LOCATION = 'backstage.io/adr-location';

// Files kept beside ADRs that are not decisions themselves: MADR's templates
// (adr-template.md, adr-template-minimal.md, adr-template-bare.md, …), an
// index and a readme.
const NOT_DECISIONS = /^(readme|index|(adr-)?template(-[\w-]+)?)\.md$/i;

/** Whether a file in an ADR folder is meant to be a decision record. */
export function isAdrFile(file: string) {
  return (
    /\.md$/i.test(file) && !file.includes('/') && !NOT_DECISIONS.test(file)
  );
}

/**
 * Parses a folder's ADRs, sorted by number, and fills in each record's
 * `supersedes` from the `superseded by` of the others.
 */
export function collectAdrs(files: Array<{ file: string; markdown: string }>): {
  adrs: Adr[];
  failures: AdrParseFailure[];
} {
  const adrs: Adr[] = [];
  const failures: AdrParseFailure[] = [];
  for (const { file, markdown } of files) {
    const result = parseAdr(file, markdown);
    if (result.ok) adrs.push(result.adr);
    else failures.push(result.failure);
  }
  for (const adr of adrs) {
    if (adr.supersededBy === undefined || adr.number === undefined) continue;
    const successor = adrs.find(a => a.number === adr.supersededBy);
    if (successor && !successor.supersedes.includes(adr.number)) {
      successor.supersedes.push(adr.number);
    }
  }
  adrs.forEach(a => a.supersedes.sort((x, y) => x - y));
  adrs.sort(
    (a, b) =>
      (a.number ?? Infinity) - (b.number ?? Infinity) ||
      a.file.localeCompare(b.file),
  );
  return { adrs, failures };
}

/** How an ADR is named in lists and links: `ADR-0002`, or `ADR` without a number. */
export function adrLabel(number?: number): string {
  return number === undefined
    ? 'ADR'
    : `ADR-${String(number).padStart(4, '0')}`;
}
