import { parseAdr } from './parseAdr';

const madr4 = `---
status: "superseded by ADR-0005"
date: 2025-03-14
decision-makers: [Alice Moreau, Grace Osei]
consulted: Carol Nakamura, Dan Okafor
informed: [sre]
---

# Use PostgreSQL for order storage

## Context and Problem Statement

Orders need transactions.
`;

const madr3 = `---
status: accepted
date: 2023-01-20
deciders: Erin Walsh
---
# Modular monolith for billing

Body.
`;

const madr2 = `# Use Redis Streams for events

* Status: proposed
* Deciders: Alice Moreau, Bob Lindqvist
* Date: 2020-05-02

Technical Story: events between services

## Context and Problem Statement
`;

const nygard = `# 3. Replace the message bus

Date: 2016-02-12

## Status

Accepted

Supersedes [1. Record architecture decisions](0001-record-architecture-decisions.md)

## Context

The old one broke.
`;

const nygardSuperseded = `# 1. Record architecture decisions

Date: 2016-02-10

## Status

Superseded by [3. Replace the message bus](0003-replace-the-message-bus.md)

## Context
`;

describe('parseAdr', () => {
  it('reads MADR 4 with decision-makers, consulted, informed and "superseded by ADR-0005"', () => {
    const result = parseAdr('docs/adr/0002-use-postgresql.md', madr4);
    expect(result).toEqual({
      ok: true,
      adr: expect.objectContaining({
        file: 'docs/adr/0002-use-postgresql.md',
        number: 2,
        title: 'Use PostgreSQL for order storage',
        date: '2025-03-14',
        status: 'superseded',
        supersededBy: 5,
        statusText: 'superseded by ADR-0005',
        decisionMakers: ['Alice Moreau', 'Grace Osei'],
        consulted: ['Carol Nakamura', 'Dan Okafor'],
        informed: ['sre'],
        format: 'madr4',
      }),
    });
    expect(result.ok && result.adr.body).toMatch(/^\n# Use PostgreSQL/);
  });

  it('reads MADR 3 front matter with deciders', () => {
    expect(parseAdr('0007-billing-monolith.md', madr3)).toEqual({
      ok: true,
      adr: expect.objectContaining({
        number: 7,
        title: 'Modular monolith for billing',
        date: '2023-01-20',
        status: 'accepted',
        decisionMakers: ['Erin Walsh'],
        format: 'madr3',
      }),
    });
  });

  it('reads MADR 2 list items', () => {
    expect(parseAdr('0004-redis-streams.md', madr2)).toEqual({
      ok: true,
      adr: expect.objectContaining({
        number: 4,
        title: 'Use Redis Streams for events',
        date: '2020-05-02',
        status: 'proposed',
        decisionMakers: ['Alice Moreau', 'Bob Lindqvist'],
        format: 'madr2',
      }),
    });
  });

  it('reads Nygard records with their supersedes links', () => {
    expect(parseAdr('0003-replace-the-message-bus.md', nygard)).toEqual({
      ok: true,
      adr: expect.objectContaining({
        number: 3,
        title: 'Replace the message bus',
        date: '2016-02-12',
        status: 'accepted',
        supersedes: [1],
        format: 'nygard',
      }),
    });
    expect(
      parseAdr('0001-record-architecture-decisions.md', nygardSuperseded),
    ).toEqual({
      ok: true,
      adr: expect.objectContaining({ status: 'superseded', supersededBy: 3 }),
    });
  });

  it.each([
    ['Rejected', 'rejected'],
    ['deprecated: we moved on', 'deprecated'],
    ['Superseded by 12', 'superseded'],
    ['in discussion', 'unknown'],
  ])('reads the status "%s" as %s', (text, status) => {
    const result = parseAdr('0001-x.md', `---\nstatus: "${text}"\n---\n# X\n`);
    expect(result.ok && result.adr.status).toBe(status);
  });

  it('takes no number from a file not named NNNN-title.md', () => {
    const result = parseAdr('decision.md', madr3);
    expect(result.ok && result.adr.number).toBeUndefined();
  });

  it.each([
    [
      'broken YAML',
      '---\nstatus: [accepted\n---\n# T\n',
      /front matter is malformed/,
    ],
    ['a list as front matter', '---\n- a\n- b\n---\n# T\n', /not a mapping/],
    [
      'no title',
      '---\nstatus: accepted\n---\nno heading here\n',
      /no "# Title" heading/,
    ],
    [
      'plain notes',
      '# Meeting notes\n\nWe talked.\n',
      /neither MADR .* nor Nygard/,
    ],
    [
      'one MADR section only',
      '# Notes\n\n## Considered Options\n\n* a\n',
      /neither MADR/,
    ],
    [
      'a Python tag',
      '---\nstatus: !!python/name:os.system accepted\n---\n# T\n',
      /malformed|unresolved tag/i,
    ],
  ])('reports %s as a failure with the file name', (_, text, reason) => {
    const result = parseAdr('0009-bad.md', text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.failure.file).toBe('0009-bad.md');
    expect(!result.ok && result.failure.warning).toMatch(reason);
  });
});
