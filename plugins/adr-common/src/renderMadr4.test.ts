import { parseAdr } from './parseAdr';
import { adrFileName, renderMadr4 } from './renderMadr4';

describe('renderMadr4', () => {
  const adr = {
    title: 'Use Redis Streams: for "events"',
    status: 'proposed' as const,
    date: '2026-11-22',
    decisionMakers: ['Grace Osei', 'Ines: identity'],
    context: 'Other services need our events.',
    options: ['Redis Streams', 'RabbitMQ'],
    chosen: 'Redis Streams',
    because: 'we already run Redis.',
    consequences: 'Good, because one broker less.',
    supersedes: 3,
  };

  it('writes a record that the parser reads back field for field', () => {
    const markdown = renderMadr4(adr);
    const parsed = parseAdr(adrFileName(7, adr.title), markdown);
    expect(parsed).toMatchObject({
      ok: true,
      adr: {
        number: 7,
        title: 'Use Redis Streams: for "events"',
        status: 'proposed',
        date: '2026-11-22',
        decisionMakers: ['Grace Osei', 'Ines: identity'],
        format: 'madr4',
      },
    });
    expect(markdown).toContain('Supersedes ADR-0003.');
    expect(markdown).toContain('* RabbitMQ\n');
    expect(markdown).toContain(
      'Chosen option: "Redis Streams", because we already run Redis.',
    );
  });

  it.each([
    [1, 'Use PostgreSQL', '0001-use-postgresql.md'],
    [12, 'Ünïcode & ../../etc', '0012-unicode-etc.md'],
    [3, '!!!', '0003-decision.md'],
  ])('names ADR %i "%s" %s', (number, title, file) => {
    expect(adrFileName(number, title)).toBe(file);
  });
});
