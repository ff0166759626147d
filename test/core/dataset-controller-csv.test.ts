import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { KpmElement } from '../../src/core/base-element.js';
import { isCsvResponse } from '../../src/core/dataset-controller.js';
import type { DatasetResult } from '../../src/core/dataset-state.js';
import { defineElement } from '../../src/core/define.js';
import { decodeText, sniffEncoding } from '../../src/core/decode-text.js';
import { fetchText } from '../../src/core/fetch-json.js';
import type { KpmDesaDataset } from '../../src/schema/index.js';
import { loadExample } from '../helpers/dataset.js';

// A widget that reads CSV by counting its lines into the example's village name.
const seen: string[] = [];
class KpmCsvProbe extends KpmElement {
  static csvImporter = (text: string, host: HTMLElement): DatasetResult => {
    seen.push(text);
    const example = (host as KpmCsvProbe).example as KpmDesaDataset;
    return { ok: true, data: { ...example, desa: { ...example.desa, nama: `csv:${text.trim().split('\n').length}` } }, issues: [] };
  };
  example: unknown;
  override renderReady(data: KpmDesaDataset) {
    return litHtml`<h2 class="nama">${data.desa.nama}</h2>`;
  }
}
defineElement('kpm-csv-probe', KpmCsvProbe);

async function mount(tag: 'kpm-csv-probe' | 'kpm-test-widget', src: string) {
  const el = document.createElement(tag) as KpmCsvProbe;
  el.example = await loadExample();
  el.setAttribute('lang', 'en');
  el.src = src;
  const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
  wrap.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('.nama, [part=error]'), 'did not settle', { timeout: 5000 });
  return el;
}
const text = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel)?.textContent?.trim();

describe('core/fetchText', () => {
  it('returns the body and the declared media type without parameters', async () => {
    const r = await fetchText(`/__test__/text?type=${encodeURIComponent('text/csv; charset=utf-8')}&body=a;b`);
    expect(r).to.deep.equal({ ok: true, text: 'a;b', contentType: 'text/csv' });
  });
  it('reads the encodings Excel writes: windows-1252 ("CSV"), UTF-16 with a BOM ("Unicode Text"), UTF-8 with a BOM', async () => {
    const cp1252 = await fetchText('/__test__/file?path=budget/windows-1252.csv');
    expect(cp1252.ok && cp1252.text.split('\r\n')[1]).to.equal('2025;perubahan;4.1.1;;Hasil Usaha Desa – Kafé ‘Sukamaju’;;pades;Rp\u00a012.000.000;15.000.000;;;;7.500.000;30/06/2025');
    const utf16 = await fetchText('/__test__/file?path=budget/utf-16le.csv');
    expect(utf16.ok && utf16.text.split('\r\n')[1]).to.equal('2025\tperubahan\t4.1.1\t\tHasil Usaha Desa – Kafé ‘Sukamaju’\t\tpades\tRp\u00a012.000.000\t15.000.000\t\t\t\t7.500.000\t30/06/2025');
    expect(utf16.ok && utf16.text.startsWith('tahun\t')).to.equal(true);
    const utf8 = await fetchText('/examples/templates/apbdes-template.csv');
    expect(utf8.ok && utf8.text.startsWith('tahun;versi;')).to.equal(true);
  });
  it('tells the encodings apart by the bytes: a BOM first, then whether it is valid UTF-8', () => {
    const bytes = (...b: number[]) => new Uint8Array(b);
    expect(sniffEncoding(bytes(0xff, 0xfe, 0x41, 0x00))).to.equal('utf-16le');
    expect(sniffEncoding(bytes(0xfe, 0xff, 0x00, 0x41))).to.equal('utf-16be');
    expect(sniffEncoding(bytes(0x43, 0x61, 0x66, 0xc3, 0xa9))).to.equal('utf-8'); // Café
    expect(sniffEncoding(bytes(0x43, 0x61, 0x66, 0xe9))).to.equal('windows-1252'); // Caf\xe9
    expect(decodeText(bytes(0x52, 0x70, 0xa0, 0x31, 0x96, 0x32))).to.equal('Rp\u00a01\u20132');
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x61))).to.equal('a');
  });
  it('keeps the JSON limits: a body over maxBytes fails as too large', async () => {
    const r = await fetchText('/__test__/big?bytes=5000', { maxBytes: 1000 });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error).to.deep.include({ kind: 'too_large', maxBytes: 1000 });
  });
});

describe('core/dataset-controller: CSV sources', () => {
  it('isCsvResponse trusts text/csv and JSON types, and the .csv path otherwise', () => {
    expect(isCsvResponse('/x/data', 'text/csv')).to.equal(true);
    expect(isCsvResponse('/x/data.csv', 'application/json')).to.equal(false);
    expect(isCsvResponse('/x/data.CSV?v=2', 'text/plain')).to.equal(true);
    expect(isCsvResponse('https://h/x/data.csv#top', 'application/octet-stream')).to.equal(true);
    expect(isCsvResponse('/x/data.json', 'text/plain')).to.equal(false);
    expect(isCsvResponse('/x/data', '')).to.equal(false);
  });
  it('hands a text/csv response to the widget’s importer', async () => {
    seen.length = 0;
    const el = await mount('kpm-csv-probe', `/__test__/text?type=text/csv&body=${encodeURIComponent('a;b\n1;2\n3;4\n')}`);
    expect(text(el, '.nama')).to.equal('csv:3');
    expect(seen).to.deep.equal(['a;b\n1;2\n3;4\n']);
  });
  it('hands a .csv file to the importer whatever the server calls it', async () => {
    const el = await mount('kpm-csv-probe', '/test/fixtures/budget/bad-rows.csv');
    expect(text(el, '.nama')).to.equal('csv:6');
  });
  it('still reads JSON on a widget that has an importer', async () => {
    const el = await mount('kpm-csv-probe', '/test/fixtures/desa-sukamaju-2025.json');
    expect(text(el, '.nama')).to.equal('Sukamaju');
  });
  it('a widget without an importer says it does not read CSV and where to convert it (no retry button)', async () => {
    await import('../helpers/test-widget.js');
    const el = await mount('kpm-test-widget', '/test/fixtures/budget/bad-rows.csv');
    expect(text(el, '[part=error] p')).to.equal(
      'This widget reads a JSON dataset, not a CSV (only the budget chart reads a CSV). Turn the CSV into JSON on the builder page.',
    );
    expect(el.shadowRoot!.querySelector('.retry')).to.equal(null);
  });
  it('a web page at the data address (a soft 404) is named as one, whatever the path says', async () => {
    const page = encodeURIComponent('<!DOCTYPE html>\n<html><body>Halaman tidak ditemukan</body></html>');
    for (const [tag, path] of [['kpm-csv-probe', `/__test__/text?type=text/csv&body=${page}`], ['kpm-test-widget', `/__test__/text?type=text/html&body=${page}`]] as const) {
      const el = await mount(tag, path);
      expect(text(el, '[part=error] p'), tag).to.equal(
        'The address in the src attribute returns a web page, not a data file. Check the address (and that the file was uploaded).',
      );
    }
  });
  it('reads JSON served at a .csv address as JSON', async () => {
    seen.length = 0;
    const el = await mount('kpm-csv-probe', '/__test__/file?path=desa-sukamaju-2025.json&type=text/csv');
    expect(text(el, '.nama')).to.equal('Sukamaju');
    expect(seen).to.deep.equal([]);
  });
});
