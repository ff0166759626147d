import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/partner-map/index.js';
import type { KpmPartnerMap } from '../../../src/widgets/partner-map/index.js';
import { fitMapFrame, shapePositions } from '../../../src/model/map-projection.js';
import { parseBoundaries } from '../../../src/model/map-boundaries.js';
import { hostileExample, injectedElements, loadExample, mutateExample, XSS } from '../../helpers/dataset.js';

const norm = (t: string | null | undefined) => (t ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const root = (el: Element) => el.shadowRoot!;
const $ = (el: Element, sel: string) => root(el).querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...root(el).querySelectorAll<HTMLElement>(sel)];
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;

async function widget(attrs: Record<string, string> = {}, data?: unknown, width = 700): Promise<KpmPartnerMap> {
  const el = document.createElement('kpm-partner-map') as KpmPartnerMap;
  el.setAttribute('lang', 'id');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (!attrs.src) el.data = data ?? (await loadExample());
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  wrap.append(el);
  await waitUntil(() => $(el, 'figure, [part=empty], [part=error]'), 'partner map did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function settle(el: KpmPartnerMap) {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

describe('<kpm-partner-map>', () => {
  it('titles the village and summarises partners, active partnerships and the largest funder', async () => {
    const el = await widget({ view: 'list' });
    expect(norm($(el, '[part=title]')!.textContent)).to.equal('Mitra Desa Sukamaju');
    expect(norm($(el, '[part=summary]')!.textContent)).to.equal(
      '9 mitra dalam 6 kemitraan (3 aktif); pendana terbesar: Clean Water Partners International (Rp 420.000.000).',
    );
    await expect(el).shadowDom.to.be.accessible();
  });

  it('lists each partnership with partners and roles, period, value, sectors, themes, document, kegiatan and APBDes record', async () => {
    const el = await widget({ view: 'list' });
    const cards = $$(el, '[part=card]');
    expect(cards.length).to.equal(6);
    const wash = norm(cards[0].textContent);
    expect(wash).to.contain('Air bersih, sanitasi dan penguatan kelembagaan warga');
    expect(wash).to.contain('Aktif · 1 Maret 2025 – 28 Februari 2026');
    expect(wash).to.contain('PT Agro Contoh Sejahtera Swasta / CSR — Pendana');
    expect(wash).to.contain('Yayasan Tirta Lestari (YTL) LSM lokal — Pelaksana');
    expect(wash).to.contain('Rp 25.000.000');
    expect(wash).to.contain('Pelaksanaan Pembangunan Desa dan Pembinaan Kemasyarakatan Desa');
    expect(wash).to.contain('air bersih, sanitasi, penguatan kelembagaan');
    expect(wash).to.contain('Perjanjian kerja sama, nomor PKS/01/SKM/III/2025, 24 Februari 2025');
    expect(wash).to.contain('APBDes 2025 (Murni), kode rekening 4.3.4');
    expect(wash).to.contain('Pelatihan di Balai Desa, Krajan, Sukamaju');
    const sid = norm(cards[3].textContent);
    expect(sid).to.contain('Universitas Contoh Nusantara (LPPM) (UCN) Perguruan tinggi — Pendamping dan Pelaksana');
    const link = cards[4].querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://sukamaju.example.org/dokumen/pks-spam-antar-desa-2025.pdf');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
  });
});
