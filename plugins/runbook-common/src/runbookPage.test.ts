import { Entity } from '@backstage/catalog-model';
import {
  alertPoliciesWithoutSection,
  headingAnchor,
  runbookPagePath,
  splitRunbook,
} from '.';

const entity = (runbook?: string): Entity => ({
  apiVersion: 'v1',
  kind: 'Component',
  metadata: {
    name: 'x',
    annotations: runbook ? { 'golden-path/runbook': runbook } : {},
  },
});

describe('runbookPagePath', () => {
  it.each([
    [undefined, 'runbook'],
    ['docs/runbook.md', 'runbook'],
    ['docs/ops/on-call.md', 'ops/on-call'],
    ['docs/ops/index.md', 'ops'],
  ])('maps %s to the page %s', (annotation, page) => {
    expect(runbookPagePath(entity(annotation))).toBe(page);
  });
});

describe('headingAnchor', () => {
  it.each([
    [
      'platform-user-availability-fast-burn',
      'platform-user-availability-fast-burn',
    ],
    ['Known failure modes', 'known-failure-modes'],
    ['Rollback (fast!)', 'rollback-fast'],
    ['Café — ops', 'cafe-ops'],
  ])('gives %s the anchor %s', (heading, anchor) => {
    expect(headingAnchor(heading)).toBe(anchor);
  });
});

describe('splitRunbook', () => {
  it('splits into ## and ### sections, with the parent of each alert', () => {
    const markdown = [
      '# Runbook: orders',
      '## Alerts',
      '### orders-latency-fast-burn',
      '- **Meaning:** slow requests.',
      '```',
      '## not a heading',
      '```',
      '## Rollback',
      'Redeploy.',
    ].join('\n');
    expect(splitRunbook(markdown)).toEqual([
      {
        anchor: 'alerts',
        title: 'Alerts',
        level: 2,
        parent: undefined,
        text: '',
      },
      {
        anchor: 'orders-latency-fast-burn',
        title: 'orders-latency-fast-burn',
        level: 3,
        parent: 'Alerts',
        text: '- **Meaning:** slow requests.\n```\n## not a heading\n```',
      },
      {
        anchor: 'rollback',
        title: 'Rollback',
        level: 2,
        parent: undefined,
        text: 'Redeploy.',
      },
    ]);
  });

  it('counts an alert policy covered by the section its alert links to', () => {
    const anchors = splitRunbook(
      [
        '## Alerts',
        '### Orders latency fast burn',
        '### orders-availability ###',
        '```',
        '### orders-errors',
        '```',
      ].join('\n'),
    ).map(section => section.anchor);
    expect(
      alertPoliciesWithoutSection(anchors, [
        'orders-latency-fast-burn',
        'orders-availability',
        'orders-errors',
        'orders-saturation',
      ]),
    ).toEqual(['orders-errors', 'orders-saturation']);
  });
});
