import { runbookHeadings } from './runbookHeadings';

describe('runbookHeadings', () => {
  it('lists the h2 and h3 headings with the anchors mkdocs gave them', () => {
    const html = `<html><body><nav><h2 id="nav">Nav</h2></nav><article>
      <h1 id="runbook">Runbook</h1>
      <h2 id="alerts">Alerts<a class="headerlink" href="#alerts">¶</a></h2>
      <h3 id="orders-availability-fast-burn">orders-availability-fast-burn<a href="#x">¶</a></h3>
      <h2 id="rollback">Rollback</h2>
    </article></body></html>`;
    expect(runbookHeadings(html)).toEqual([
      { id: 'alerts', title: 'Alerts', level: 2 },
      {
        id: 'orders-availability-fast-burn',
        title: 'orders-availability-fast-burn',
        level: 3,
      },
      { id: 'rollback', title: 'Rollback', level: 2 },
    ]);
  });
});
