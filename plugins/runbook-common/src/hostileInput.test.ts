import { splitRunbook } from '.';

/*
 * A runbook written to stall the search collator and the fitness backend:
 * the heading pattern this reaches is linear; the one it replaced was cubic
 * on a long line of spaces (minutes here), which jest's default time-out
 * (5 s) reports as a failure.
 */
describe('a runbook written to stall its readers', () => {
  it('reads a heading with 200,000 spaces inside it and a closing #', () => {
    const gap = ' '.repeat(200_000);
    const sections = splitRunbook(
      `# Runbook\n\n## Alerts${gap}and more ##\n\n### svc-fast-burn ###\n\nCheck.\n`,
    );
    expect(sections.map(s => [s.level, s.title])).toEqual([
      [2, `Alerts${gap}and more`],
      [3, 'svc-fast-burn'],
    ]);
  });
});
