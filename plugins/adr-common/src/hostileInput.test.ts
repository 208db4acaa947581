import { parseAdr } from './parseAdr';
import { setAdrStatus } from './setAdrStatus';

/*
 * Regex bombs in ADRs from a hostile repository. Each pattern these reach
 * is linear, so each test takes milliseconds; the patterns they replaced
 * took from seconds to hours on the same input, which jest's default
 * time-out (5 s) reports as a failure.
 */
describe('ADRs written to stall the indexer', () => {
  it('marks superseded a Nygard record whose "## Status" is followed by many blank lines', () => {
    // The first heading ends with a CR alone: the section reader takes it,
    // the status pattern does not, and tries the last one, 30 newlines deep.
    const markdown = `# 1. Use REST\n\n## Status\rProposed\n\n## Context\n\nx\n\n## Status${'\n'.repeat(
      30,
    )}`;
    const parsed = parseAdr('0001-use-rest.md', markdown);
    expect(parsed.ok && parsed.adr.format).toBe('nygard');
    // The first "## Status" is not a heading line; the last one is empty, and
    // the status goes under it.
    const updated = setAdrStatus(markdown, 'nygard', 'superseded by ADR-0002');
    expect(updated.startsWith('# 1. Use REST\n\n## Status\rProposed\n')).toBe(
      true,
    );
    expect(
      updated.endsWith(
        `## Status\n\nSuperseded by ADR-0002\n${'\n'.repeat(29)}`,
      ),
    ).toBe(true);
  });

  it('reads a title with 200,000 spaces inside it', () => {
    const gap = ' '.repeat(200_000);
    const parsed = parseAdr(
      '0001-x.md',
      `---\nstatus: proposed\n---\n\n# Use REST${gap}now #\n`,
    );
    expect(parsed.ok && parsed.adr.title).toBe(`Use REST${gap}now`);
  });

  it('reads "superseded by" followed by 300 KB of "a1-"', () => {
    const parsed = parseAdr(
      '0001-x.md',
      `---\nstatus: superseded by ${'a1-'.repeat(100_000)}\n---\n\n# X\n`,
    );
    expect(parsed.ok && parsed.adr.status).toBe('superseded');
  });

  it('finds the superseding record in a link to its file', () => {
    const parsed = parseAdr(
      '0001-x.md',
      '---\nstatus: "superseded by [the new one](0007-use-grpc.md)"\n---\n\n# X\n',
    );
    expect(parsed.ok && parsed.adr.supersededBy).toBe(7);
  });

  it('rewrites the front matter status, not a status line of the body, after 100,000 "---" lines', () => {
    const markdown = `---\ntitle: T\n---\n${'---\n'.repeat(
      100_000,
    )}status: not front matter\n`;
    const updated = setAdrStatus(markdown, 'madr4', 'accepted');
    expect(
      updated.startsWith('---\nstatus: "accepted"\ntitle: T\n---\n---\n'),
    ).toBe(true);
    expect(updated.endsWith('---\nstatus: not front matter\n')).toBe(true);
    expect(
      setAdrStatus(
        '---\nstatus: "proposed"\r\n---\n\n# T\n',
        'madr4',
        'accepted',
      ),
    ).toBe('---\nstatus: "accepted"\r\n---\n\n# T\n');
  });
});
