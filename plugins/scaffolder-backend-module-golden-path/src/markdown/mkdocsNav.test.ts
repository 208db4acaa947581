import { withNav } from './mkdocsNav';

const mkdocs = `site_name: orders
# the team's comment stays
nav:
  - Overview: index.md
  - Decisions:
      - adr/0001-record-architecture-decisions.md
`;

describe('withNav', () => {
  it('adds a page at the end, and a record inside its section, keeping comments', () => {
    expect(
      withNav(mkdocs, [
        { title: 'Design: Payments API', path: 'design/payments-api.md' },
        { path: 'adr/0002-use-redis.md', section: 'Decisions' },
      ]),
    ).toBe(`site_name: orders
# the team's comment stays
nav:
  - Overview: index.md
  - Decisions:
      - adr/0001-record-architecture-decisions.md
      - adr/0002-use-redis.md
  - "Design: Payments API": design/payments-api.md
`);
  });

  it('changes nothing when the page is listed, or when there is no nav', () => {
    expect(withNav(mkdocs, [{ path: 'index.md' }])).toBeUndefined();
    expect(withNav('site_name: x\n', [{ path: 'a.md' }])).toBeUndefined();
  });
});
