import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { KpmElement } from '../../src/core/base-element.js';
import { isCsvResponse } from '../../src/core/dataset-controller.js';
import type { DatasetResult } from '../../src/core/dataset-state.js';
import { defineElement } from '../../src/core/define.js';
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
  it('a widget without an importer reports a CSV as malformed JSON, not a blank', async () => {
    await import('../helpers/test-widget.js');
    const el = await mount('kpm-test-widget', '/test/fixtures/budget/bad-rows.csv');
    expect(Boolean(el.shadowRoot!.querySelector('[part=error]'))).to.equal(true);
  });
});
