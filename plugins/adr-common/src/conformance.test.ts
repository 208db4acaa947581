import { isAdrFile } from './collectAdrs';
import { parseAdr } from './parseAdr';
import { setAdrStatus } from './setAdrStatus';

/*
 * Decision records as MADR 2, 3 and 4 and Nygard's format describe them,
 * written here from each format's text: MADR makes every metadata field
 * optional (status, date, decision-makers, consulted, informed) and its
 * minimal template keeps only the title, "Context and Problem Statement",
 * "Considered Options" and "Decision Outcome"; MADR 3 names the people
 * `deciders` and ends with "Validation"; MADR 4 names them
 * `decision-makers` and confirms the outcome under "Confirmation"; MADR 2
 * keeps its metadata as list items under the title; Nygard's records have
 * Status, Context, Decision and Consequences sections.
 */
const minimalMadr = `# Use gRPC between the order services

## Context and Problem Statement

The order services call each other synchronously. Which protocol?

## Considered Options

* gRPC
* REST with JSON

## Decision Outcome

Chosen option: "gRPC", because the contracts are typed.
`;

const documents: Array<[string, string, string, Record<string, unknown>]> = [
  [
    'MADR 4 with every field',
    '0001-grpc.md',
    `---\nstatus: accepted\ndate: 2026-11-02\ndecision-makers: [Ana Ruiz, Tom Berg]\nconsulted: Lee Park\ninformed: [sre]\n---\n\n${minimalMadr}`,
    {
      format: 'madr4',
      status: 'accepted',
      date: '2026-11-02',
      decisionMakers: ['Ana Ruiz', 'Tom Berg'],
      consulted: ['Lee Park'],
      informed: ['sre'],
    },
  ],
  [
    'MADR 4 with a status and nothing else',
    '0002-grpc.md',
    `---\nstatus: proposed\n---\n\n${minimalMadr}`,
    { format: 'madr4', status: 'proposed', decisionMakers: [] },
  ],
  [
    'MADR 4 with a date only, and a Confirmation',
    '0003-grpc.md',
    `---\ndate: 2026-11-03\n---\n\n${minimalMadr}\n### Confirmation\n\nA contract test per service.\n`,
    { format: 'madr4', status: 'none', statusText: '', date: '2026-11-03' },
  ],
  [
    'MADR 4 with no front matter at all (the minimal template)',
    '0004-grpc.md',
    minimalMadr,
    {
      format: 'madr4',
      status: 'none',
      title: 'Use gRPC between the order services',
      number: 4,
      date: undefined,
    },
  ],
  [
    'MADR 3 naming its deciders',
    '0005-grpc.md',
    `---\nstatus: accepted\ndeciders: Ana Ruiz, Tom Berg\n---\n\n${minimalMadr}`,
    { format: 'madr3', decisionMakers: ['Ana Ruiz', 'Tom Berg'] },
  ],
  [
    'MADR 3 with no people, recognised by its Validation section',
    '0006-grpc.md',
    `---\ndate: 2022-04-01\n---\n\n${minimalMadr}\n## Validation\n\nReviewed in a month.\n`,
    { format: 'madr3', status: 'none', date: '2022-04-01' },
  ],
  [
    'MADR 2 with its list items',
    '0007-grpc.md',
    '# Use gRPC\n\n* Status: accepted\n* Deciders: Ana Ruiz, Tom Berg\n* Date: 2020-06-01\n\n## Context and Problem Statement\n\nWhich protocol?\n',
    {
      format: 'madr2',
      status: 'accepted',
      date: '2020-06-01',
      decisionMakers: ['Ana Ruiz', 'Tom Berg'],
    },
  ],
  [
    'MADR 2 without a status item',
    '0008-grpc.md',
    '# Use gRPC\n\n* Deciders: Ana Ruiz\n\n## Context and Problem Statement\n\nWhich protocol?\n',
    { format: 'madr2', status: 'none', decisionMakers: ['Ana Ruiz'] },
  ],
  [
    'MADR 2 with no metadata, recognised by its split consequences',
    '0012-grpc.md',
    `${minimalMadr}\n### Positive Consequences\n\n* Typed contracts\n`,
    { format: 'madr2', status: 'none' },
  ],
  [
    'Nygard with a status',
    '0009-grpc.md',
    '# 9. Use gRPC\n\nDate: 2018-03-04\n\n## Status\n\nAccepted\n\n## Context\n\nWhich protocol?\n\n## Decision\n\ngRPC.\n\n## Consequences\n\nTyped contracts.\n',
    {
      format: 'nygard',
      status: 'accepted',
      title: 'Use gRPC',
      date: '2018-03-04',
    },
  ],
  [
    'Nygard without a Status section',
    '0010-grpc.md',
    '# 10. Use gRPC\n\n## Context\n\nWhich protocol?\n\n## Decision\n\ngRPC.\n\n## Consequences\n\nTyped contracts.\n',
    { format: 'nygard', status: 'none', title: 'Use gRPC' },
  ],
  [
    'Nygard superseded by a link to the next record',
    '0011-grpc.md',
    '# 11. Use gRPC\n\n## Status\n\nSuperseded by [12. Use Connect](0012-use-connect.md)\n\n## Context\n\nx\n\n## Decision\n\ny\n\n## Consequences\n\nz\n',
    { format: 'nygard', status: 'superseded', supersededBy: 12 },
  ],
];

describe('decision records as their formats describe them', () => {
  it.each(documents)('accepts %s', (_what, file, markdown, expected) => {
    const result = parseAdr(file, markdown);
    expect(result).toMatchObject({ ok: true, adr: expected });
  });

  it.each(documents.filter(([, , , e]) => e.status === 'none'))(
    'reviews %s: the status is added where its format keeps it, and read back',
    (_what, file, markdown, expected) => {
      const updated = setAdrStatus(
        markdown,
        expected.format as never,
        'accepted',
      );
      const reread = parseAdr(file, updated);
      expect(reread).toMatchObject({
        ok: true,
        adr: { status: 'accepted', format: expected.format },
      });
      // Nothing else changes: every line of the record is still there.
      for (const line of markdown.split('\n').filter(Boolean)) {
        expect(updated).toContain(line);
      }
    },
  );

  it.each([
    ['index.md', false],
    ['README.md', false],
    ['template.md', false],
    ['adr-template.md', false],
    ['adr-template-minimal.md', false],
    ['adr-template-bare-minimal.md', false],
    ['0000-use-markdown-architectural-decision-records.md', true],
    ['0004-grpc.md', true],
    ['notes/0004-grpc.md', false],
    ['0004-grpc.txt', false],
  ])('treats %s as a record: %s', (file, expected) => {
    expect(isAdrFile(file)).toBe(expected);
  });
});
