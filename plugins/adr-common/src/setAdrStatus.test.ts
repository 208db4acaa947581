import { parseAdr } from './parseAdr';
import { setAdrStatus } from './setAdrStatus';

const cases: Array<[string, string]> = [
  [
    'madr4',
    '---\nstatus: "proposed"\ndate: 2025-01-01\ndecision-makers: [A]\n---\n\n# T\n\nBody status: proposed\n',
  ],
  ['madr3', '---\nstatus: proposed\ndeciders: A\n---\n# T\n'],
  ['madr2', '# T\n\n* Status: proposed\n* Deciders: A\n'],
  [
    'nygard',
    '# 2. T\n\nDate: 2020-01-01\n\n## Status\n\nProposed\n\n## Context\n\nx\n',
  ],
];

describe('setAdrStatus', () => {
  it.each(cases)(
    'rewrites only the status of a %s record',
    (format, markdown) => {
      const before = parseAdr('0002-t.md', markdown);
      expect(before.ok && before.adr.format).toBe(format);
      const after = setAdrStatus(markdown, format as any, 'accepted')!;
      const parsed = parseAdr('0002-t.md', after);
      expect(parsed.ok && parsed.adr.status).toBe('accepted');
      expect(
        after.split('\n').filter((l, i) => l !== markdown.split('\n')[i]),
      ).toHaveLength(1);
    },
  );

  it('keeps "proposed" elsewhere in the body', () => {
    const [, markdown] = cases[0];
    expect(setAdrStatus(markdown, 'madr4', 'rejected')).toContain(
      'Body status: proposed',
    );
  });

  it.each([
    ['madr4', '# T\n', '---\nstatus: "accepted"\n---\n\n# T\n'],
    [
      'madr4',
      '---\ndate: 2026-01-02\n---\n# T\n',
      '---\nstatus: "accepted"\ndate: 2026-01-02\n---\n# T\n',
    ],
    [
      'madr2',
      '# T\n\n* Date: 2020-01-01\n',
      '# T\n\n* Status: accepted\n* Date: 2020-01-01\n',
    ],
    ['madr2', '# T\n\nText.\n', '# T\n\n* Status: accepted\n\nText.\n'],
    [
      'nygard',
      '# 1. T\n\n## Context\n\nx\n',
      '# 1. T\n\n## Status\n\nAccepted\n\n## Context\n\nx\n',
    ],
    [
      'nygard',
      '# 1. T\n\n## Status\n\n## Context\n',
      '# 1. T\n\n## Status\n\nAccepted\n\n## Context\n',
    ],
  ] as const)(
    'adds a status to a %s record that states none: %j',
    (format, before, after) => {
      expect(setAdrStatus(before, format, 'accepted')).toBe(after);
    },
  );
});
