import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { renderDataTable } from '../../src/core/data-table.js';
import { XSS } from '../helpers/dataset.js';

/** Renders into a fresh container on the page (no frame wait: this file needs none). */
function mount(t: TemplateResult): HTMLDivElement {
  const el = document.createElement('div');
  document.body.append(el);
  render(t, el);
  return el;
}

describe('core/data-table', () => {
  it('renders caption, column headers, row headers, numeric cells and a footer', async () => {
    const el = mount(renderDataTable({
      caption: 'Belanja',
      columns: [{ header: 'Uraian' }, { header: 'Anggaran', numeric: true }],
      rows: [['Bidang 1', 'Rp 1'], ['Bidang 2', 'Rp 2']],
      footer: ['Jumlah', 'Rp 3'],
    }));
    const table = el.querySelector('table')!;
    expect(table.caption!.textContent).to.equal('Belanja');
    expect([...table.querySelectorAll('thead th')].map((t) => [t.textContent, t.getAttribute('scope'), t.className])).to.deep.equal([
      ['Uraian', 'col', ''],
      ['Anggaran', 'col', 'num'],
    ]);
    const body = [...table.tBodies[0].rows].map((r) => [...r.cells].map((c) => `${c.tagName}:${c.textContent}`));
    expect(body).to.deep.equal([['TH:Bidang 1', 'TD:Rp 1'], ['TH:Bidang 2', 'TD:Rp 2']]);
    expect(table.tBodies[0].rows[0].cells[1].className).to.equal('num');
    expect(table.tFoot!.textContent).to.equal('JumlahRp 3');
    await expect(el).to.be.accessible();
  });

  it('draws only `limit` rows of a longer table, with the note and a button that asks for more', async () => {
    const asked: string[] = [];
    const model = { caption: 'T', columns: [{ header: 'A' }], rows: [['1'], ['2'], ['3']] };
    const el = mount(renderDataTable(model, { limit: 2, note: 'Menampilkan 2 dari 3 baris', more: 'Tampilkan 1 baris lagi', onMore: (e) => asked.push(e.type) }));
    expect([...el.querySelectorAll('tbody th')].map((t) => t.textContent)).to.deep.equal(['1', '2']);
    const more = el.querySelector('.table-more')!;
    expect(more.previousElementSibling!.tagName).to.equal('TABLE');
    expect(more.querySelector('span')!.textContent).to.equal('Menampilkan 2 dari 3 baris');
    more.querySelector('button')!.click();
    expect(asked).to.deep.equal(['click']);
    await expect(el).to.be.accessible();
    // A table that fits draws every row and no note.
    const whole = mount(renderDataTable(model, { limit: 3, note: 'x', more: 'y', onMore: () => {} }));
    expect(whole.querySelectorAll('tbody tr').length).to.equal(3);
    expect(whole.querySelector('.table-more')).to.equal(null);
  });

  it('binds cells as text', async () => {
    const el = mount(renderDataTable({ caption: XSS, columns: [{ header: XSS }], rows: [[XSS]] }));
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('tbody th')!.textContent).to.equal(XSS);
  });
});
