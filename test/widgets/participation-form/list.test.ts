import { expect } from '@open-wc/testing';
import { hostileExample, injectedElements, loadExample, mutateExample, XSS } from '../../helpers/dataset.js';
import { $, mount, norm, root } from './helpers.js';

const cards = (el: Element) => [...root(el).querySelectorAll('.card')];
const summary = (el: Element) => norm($(el, '[part=summary]')!.textContent);

async function choose(el: HTMLElement & { updateComplete: Promise<boolean> }, id: string, value: string) {
  const sel = $<HTMLSelectElement>(el, `#${id}`)!;
  sel.value = value;
  sel.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<kpm-participation-form view="list">', () => {
  it('lists every published usulan with a summary by status', async () => {
    const data = await loadExample();
    const el = await mount({ view: 'list' }, data);
    expect(norm($(el, 'h2')!.textContent)).to.equal('Usulan dan aspirasi warga Desa Sukamaju');
    expect(cards(el).length).to.equal(data.usulan.length);
    expect(summary(el)).to.equal('12 usulan: 1 diterima, 1 diverifikasi, 2 dibahas, 2 masuk RKPDes, 2 masuk APBDes, 2 dilaksanakan, 1 ditunda, dan 1 ditolak.');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('filters by year, status, jenis and dusun, and announces the count', async () => {
    const el = await mount({ view: 'list' }, await loadExample());
    await choose(el, 'tahun', '2025');
    expect(summary(el)).to.equal('7 usulan tahun 2025: 1 diterima, 2 dibahas, 2 masuk RKPDes, 1 masuk APBDes, dan 1 ditolak.');
    expect(cards(el).length).to.equal(7);
    expect(norm($(el, '[part=live]')!.textContent)).to.equal('Menampilkan 7 usulan.');
    await choose(el, 'status', 'masuk_rkpdes');
    expect(cards(el).map((c) => norm(c.querySelector('h3')!.textContent)).length).to.equal(2);
    await choose(el, 'dusunId', 'dsn-ngasem');
    expect(cards(el).length).to.equal(1);
    expect(norm(cards(el)[0]!.textContent)).to.contain('Ngasem');
    await choose(el, 'jenis', 'pengaduan');
    expect(cards(el).length).to.equal(0);
    expect(summary(el)).to.equal('Tidak ada usulan yang cocok dengan saringan.');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows the status history, the response and the kegiatan it became', async () => {
    const el = await mount({ view: 'list' }, await loadExample());
    const card = cards(el).find((c) => c.textContent!.includes('Pengerasan jalan Sidomulyo'))!;
    const history = [...card.querySelectorAll('.history li')].map((li) => norm(li.textContent));
    expect(history).to.deep.equal(['8 Juni 2024: Diterima', '26 September 2024: Masuk RKPDes', '27 Desember 2024: Masuk APBDes', '14 April 2025: Dilaksanakan']);
    expect(norm(card.textContent)).to.contain('Menjadi kegiatan: Pengerasan jalan desa (rabat beton) Dusun Sidomulyo');
    expect(norm(card.textContent)).to.contain('Pengusul: RT 03 Dusun Sidomulyo');
  });

  it('never shows a private contact, a name without consent, or withheld content', async () => {
    const data = await mutateExample((d) => {
      d.usulan[1].pengusul = { jenis: 'perorangan', nama: 'Rahasia Namanya', tampilkanNama: false };
      d.usulan[1].kontakPribadi = { telepon: '081299990000', email: 'rahasia@contoh.id' };
      d.usulan[2].persetujuan.publikasiIsi = false;
    });
    const el = await mount({ view: 'list' }, data);
    const text = norm(root(el).textContent);
    for (const secret of ['Rahasia Namanya', '081299990000', 'rahasia@contoh.id', data.usulan[2].judul, data.usulan[2].deskripsi]) {
      expect(text).not.to.contain(secret);
    }
    expect(text).to.contain('Isi tidak dipublikasikan atas permintaan pengusul.');
    expect(text).to.contain('Pengusul tidak ditampilkan');
  });

  it('"Lihat tabel" shows the same rows as a table, and CSV downloads them', async () => {
    const el = await mount({ view: 'list' }, await loadExample());
    await choose(el, 'tahun', '2024');
    const toggle = $<HTMLButtonElement>(el, 'button[aria-controls=table]')!;
    expect(norm(toggle.textContent)).to.equal('Lihat tabel');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const rows = [...root(el).querySelectorAll('#table tbody tr')].map((tr) => [...tr.children].map((c) => norm(c.textContent)));
    expect(rows.length).to.equal(4);
    expect(rows.find((r) => r[0]!.startsWith('Pengerasan jalan Sidomulyo'))!.slice(1)).to.deep.equal([
      'Usulan kegiatan', 'Dilaksanakan', '2024', 'Sidomulyo', 'RT 03 Dusun Sidomulyo', 'Pengerasan jalan desa (rabat beton) Dusun Sidomulyo',
    ]);
    await expect(el).shadowDom.to.be.accessible();
    const click = HTMLAnchorElement.prototype.click;
    let saved: { name: string; text: string } | null = null;
    let done: Promise<void> = Promise.resolve();
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const a = this;
      done = fetch(a.href).then((r) => r.text()).then((text) => { saved = { name: a.download, text }; });
    };
    try {
      $<HTMLButtonElement>(el, '.actions button:last-of-type')!.click();
      await done;
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved!.name).to.equal('usulan-warga-2024.csv');
    const lines = saved!.text.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).to.equal('Judul;Jenis;Status;Tahun;Dusun;Pengusul;Kegiatan');
    expect(lines.length).to.equal(5);
  });

  it('says so when no usulan is published, and speaks English', async () => {
    const empty = await mount({ view: 'list' }, await mutateExample((d) => { d.usulan = []; }));
    expect(norm($(empty, '[part=empty]')!.textContent)).to.equal('Belum ada usulan yang dipublikasikan.');
    await expect(empty).shadowDom.to.be.accessible();
    const en = await mount({ view: 'list', lang: 'en' }, await loadExample());
    expect(summary(en)).to.equal('12 submissions: 1 received, 1 verified, 2 under discussion, 2 in the annual plan, 2 in the budget, 2 implemented, 1 postponed and 1 declined.');
    expect(norm($(en, 'h2')!.textContent)).to.equal('Proposals and aspirations from Sukamaju Village');
  });

  it('handles 1500 usulan: 50 cards at a time, counts over all of them', async () => {
    const data = await mutateExample((d) => {
      const template = d.usulan[1];
      d.usulan = Array.from({ length: 1500 }, (_, i) => ({
        ...structuredClone(template),
        id: `usl-syn-${i}`,
        judul: `Usulan sintetis nomor ${i} dengan judul yang cukup panjang untuk dibaca di layar kecil`,
        status: i % 3 === 0 ? 'diterima' : 'dibahas',
        tahunUsulan: 2024 + (i % 2),
        riwayatStatus: [],
      }));
    });
    const el = await mount({ view: 'list' }, data);
    expect(summary(el)).to.equal('1500 usulan: 500 diterima dan 1000 dibahas.');
    expect(cards(el).length).to.equal(50);
    const more = $<HTMLButtonElement>(el, 'button.more')!;
    expect(norm(more.textContent)).to.equal('Tampilkan 50 lagi (masih 1450)');
    more.click();
    await el.updateComplete;
    expect(cards(el).length).to.equal(100);
    expect(root(el).activeElement).to.equal(cards(el)[50]!.querySelector('h3'));
    await choose(el, 'tahun', '2025');
    expect(summary(el)).to.equal('750 usulan tahun 2025: 250 diterima dan 500 dibahas.');
    expect(cards(el).length).to.equal(50);
  });

  it('renders hostile text as text', async () => {
    const el = await mount({ view: 'list' }, await hostileExample());
    expect(injectedElements(el)).to.deep.equal([]);
    expect(norm(root(el).textContent)).to.contain(XSS);
  });
});
