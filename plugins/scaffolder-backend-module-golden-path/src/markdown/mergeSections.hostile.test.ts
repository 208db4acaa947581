import { mergeSections } from './mergeSections';

/*
 * A repository's existing runbook written to stall the runbook template:
 * the patterns this reaches are linear; those they replaced were cubic
 * (headings) and quadratic (trailing newlines) on the same input, which
 * jest's default time-out (5 s) reports as a failure.
 */
describe('mergeSections on a hostile runbook', () => {
  it('extends a runbook with a heading of 200,000 spaces and 200,000 blank lines', () => {
    const existing = `# Runbook\n\n## Alerts${' '.repeat(
      200_000,
    )}x\n${'\n'.repeat(200_000)}a\n`;
    const merged = mergeSections(
      existing,
      '# Runbook\n\n## Rollback\n\nUndo.\n',
    );
    expect(merged.endsWith('\n\n## Rollback\n\nUndo.\n')).toBe(true);
    expect(
      merged.startsWith(`# Runbook\n\n## Alerts${' '.repeat(200_000)}x`),
    ).toBe(true);
  });
});
