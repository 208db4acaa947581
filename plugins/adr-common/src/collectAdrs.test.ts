import { collectAdrs, isAdrFile } from './collectAdrs';

const adr = (status: string, title: string) =>
  `---\nstatus: "${status}"\n---\n# ${title}\n`;

describe('collectAdrs', () => {
  it('sorts by number and links superseded records both ways', () => {
    const { adrs, failures } = collectAdrs([
      { file: '0003-streams.md', markdown: adr('accepted', 'Streams') },
      {
        file: '0001-queue.md',
        markdown: adr('superseded by ADR-0003', 'Queue'),
      },
      { file: '0002-broken.md', markdown: 'no status here' },
    ]);
    expect(adrs.map(a => [a.number, a.status, a.supersedes])).toEqual([
      [1, 'superseded', []],
      [3, 'accepted', [1]],
    ]);
    expect(failures.map(f => f.file)).toEqual(['0002-broken.md']);
  });

  it.each([
    ['0001-use-x.md', true],
    ['README.md', false],
    ['template.md', false],
    ['diagram.png', false],
    ['nested/0002-y.md', false],
  ])('takes %s for a decision: %s', (file, expected) => {
    expect(isAdrFile(file)).toBe(expected);
  });
});
