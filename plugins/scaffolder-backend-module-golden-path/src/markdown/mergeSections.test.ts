import { mergeSections } from './mergeSections';

describe('mergeSections', () => {
  const existing = [
    '# Runbook: orders',
    '',
    '## Overview',
    '',
    'Our own words.',
    '',
    '## Alerts',
    '',
    '### orders-availability-fast-burn',
    '',
    '- **Meaning:** written by the team.',
    '',
    '## Rollback',
    '',
    'Our rollback.',
    '',
  ].join('\n');

  it('adds missing alert sections under Alerts and missing top sections at the end, keeping what is there', () => {
    const proposed = [
      '# Runbook: orders',
      '## Overview',
      'Generated overview.',
      '## Alerts',
      '### orders-availability-fast-burn',
      'Generated.',
      '### orders-latency-p95-slow-burn',
      '- **Meaning:** generated.',
      '## Escalation',
      'Page the owner.',
      '```sh',
      '# not a heading',
      '```',
    ].join('\n');

    expect(mergeSections(existing, proposed)).toBe(
      [
        '# Runbook: orders',
        '',
        '## Overview',
        '',
        'Our own words.',
        '',
        '## Alerts',
        '',
        '### orders-availability-fast-burn',
        '',
        '- **Meaning:** written by the team.',
        '',
        '### orders-latency-p95-slow-burn',
        '- **Meaning:** generated.',
        '',
        '## Rollback',
        '',
        'Our rollback.',
        '',
        '## Escalation',
        'Page the owner.',
        '```sh',
        '# not a heading',
        '```',
        '',
      ].join('\n'),
    );
  });

  it('changes nothing when every section is there', () => {
    expect(mergeSections(existing, existing)).toBe(existing);
  });
});
