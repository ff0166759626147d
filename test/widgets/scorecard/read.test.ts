import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { groupScorecard } from '../../../src/model/scorecard-groups.js';
import { formatNumber } from '../../../src/core/format.js';
import { hostileExample, injectedElements, loadExample, mutateExample, XSS } from '../../helpers/dataset.js';
import { TIGA } from '../../fixtures/scorecard/frameworks.js';
import { $, $$, focused, norm, root, scorecard } from './helpers.js';
import { openAllDetails } from '../../helpers/details.js';

const rowScores = (el: Element, group = '') =>
  $$(el, `${group} .criterion .score`).map((e) => norm(e.textContent));

describe('<kpm-scorecard> read mode', () => {
  it('shows the example KPM by default: 8 criteria, 7/8 assessed, average 2,71, the unassessed one as such', async () => {
    const data = await loadExample();
    const el = await scorecard({}, data);
    const model = groupScorecard(data, 'kpm-sukamaju');
    expect(norm($(el, 'h2').textContent)).to.equal('Kartu skor: Kelompok Pemberdayaan Masyarakat (KPM) Desa Sukamaju');
    expect(rowScores(el)).to.deep.equal([
      '4 – Mandiri', '2 – Berkembang', '3 – Maju', '3 – Maju', '2 – Berkembang', '3 – Maju', '2 – Berkembang', 'Belum dinilai',
    ]);
    const headline = norm($(el, '.headline').textContent);
    expect(headline).to.contain(formatNumber(model.skor!.rataRata!, 'id', 2));
    expect(headline).to.equal('2,71 / 4 Rata-rata 7/8 dinilai');
    const last = $$(el, '.criterion')[7];
    expect(last.classList.contains('unassessed')).to.equal(true);
    expect(Boolean(last.querySelector('.bar .fill'))).to.equal(false);
    expect($$(el, '.criterion .bar .fill')).to.have.length(7);
    expect($$(el, '.radar .dot')).to.have.length(7);
    expect($$(el, '.radar .gap')).to.have.length(1);
    expect(norm($(el, '[part=summary]').textContent)).to.equal(
      'Rata-rata 2,71 dari 4 pada 7 dari 8 kriteria yang dinilai. Paling lemah: Kemandirian, Kompeten, dan Berkelanjutan. Rata-rata +0,96 dibanding penilaian 20 Juli 2024.',
    );
  });

  it('says who assessed and how: a self-assessment is labelled as one, a facilitator’s is not', async () => {
    const el = await scorecard();
    const method = $(el, '[part=method]');
    expect(method.classList.contains('self')).to.equal(true);
    expect(norm(method.textContent)).to.equal(
      'Metode: Penilaian mandiri · oleh Tim KPM bersama Pendamping Lokal Desa (pendamping) · tanggal 15 Juli 2025 ' +
        'Penilaian mandiri: kelompok menilai dirinya sendiri, bukan audit dari luar.',
    );
    const melati = await scorecard({ group: 'kelompok-perempuan-melati' });
    const m2 = $(melati, '[part=method]');
    expect(m2.classList.contains('self')).to.equal(false);
    expect(norm(m2.textContent)).to.contain('Metode: Oleh pendamping · oleh Fasilitator Yayasan Tirta Lestari (pendamping) · tanggal 6 September 2025');
  });

  it('shows the change per criterion against the previous assessment and the weakest with their rekomendasi', async () => {
    const el = await scorecard();
    const changes = $$(el, '.criterion').map((li) => norm(li.querySelector('[part=change]')?.textContent));
    expect(changes).to.deep.equal([
      '▲ berubah +1', '▲ berubah +1', '▲ berubah +1', '▲ berubah +1', '▲ berubah +1', '▲ berubah +1', '= tetap', '',
    ]);
    // The previous score shows even where the latest left the criterion unassessed.
    expect($$(el, '.bar .prev')).to.have.length(8);
    expect($$(el, '.radar .before')).to.have.length(1);
    expect($$(el, '[part=weakest] li').map((li) => norm(li.textContent))).to.deep.equal([
      'Kemandirian (2 – Berkembang): Bangun iuran anggota dan cari dana mitra di luar APBDes',
      'Kompeten (2 – Berkembang): Ikuti pelatihan penganggaran dan pemantauan APBDes',
      'Berkelanjutan (2 – Berkembang): Siapkan kader muda untuk regenerasi pengurus',
    ]);
  });

  it('flags a score ≥ 3 without evidence, in words, and counts evidence and indicators', async () => {
    const el = await scorecard({ group: 'kelompok-perempuan-melati' });
    const flags = $$(el, '[part=flag]');
    expect(flags.map((f) => norm(f.textContent))).to.deep.equal(['⚠ Skor 3 tanpa bukti']);
    expect(flags[0].closest('li')!.dataset.kode).to.equal('partisipatif');
    const berkelanjutan = $(el, 'li[data-kode=berkelanjutan] .meta');
    expect(norm(berkelanjutan.textContent)).to.equal('2 bukti 2/3 indikator terpenuhi');
    expect(norm($(el, '[part=summary]').textContent)).to.contain('1 skor tinggi belum didukung bukti.');
  });

  it('never counts unanswered indicators as unmet: no "0/N" where nobody checked them, in both languages', async () => {
    // The built-in framework with no `indikator` answers (half not assessed), one criterion
    // answered in part and one in full.
    const data = await mutateExample((d) => {
      delete d.kerangkaPenilaian;
      d.penilaianKpm = [{
        id: 'p', kelompokId: 'kpm-sukamaju', kerangkaId: 'kpm-8-kriteria', tanggal: '2025-03-01', metode: 'penilaian_mandiri',
        kriteria: [
          { kode: 'legalitas', skor: 2, bukti: [] },
          { kode: 'kemandirian', skor: 2, indikator: [{ id: 'kem-dana', terpenuhi: true }], bukti: [] },
          { kode: 'representatif', skor: 2, indikator: [
            { id: 'rep-dusun', terpenuhi: false }, { id: 'rep-perempuan', terpenuhi: true }, { id: 'rep-rentan', terpenuhi: false },
          ], bukti: [] },
          { kode: 'partisipatif', skor: 2, bukti: [] },
          { kode: 'kompeten', skor: null, bukti: [] },
          { kode: 'transparan', skor: null, bukti: [] },
          { kode: 'berkelanjutan', skor: null, bukti: [] },
          { kode: 'kreatif_inovatif', skor: null, bukti: [] },
        ],
      }];
    });
    const meta = (el: Element) => $$(el, '.criterion .meta').map((m) => norm(m.textContent));
    const id = await scorecard({}, data);
    expect(meta(id)).to.deep.equal([
      '0 bukti indikator belum diperiksa',
      '0 bukti 1/3 indikator terpenuhi, 2 belum diperiksa',
      '0 bukti 1/3 indikator terpenuhi',
      '0 bukti indikator belum diperiksa',
      '0 bukti indikator belum diperiksa',
      '0 bukti indikator belum diperiksa',
      '0 bukti indikator belum diperiksa',
      '0 bukti indikator belum diperiksa',
    ]);
    expect(norm(root(id).textContent)).not.to.match(/\b0\/\d indikator/);
    $(id, 'button[aria-controls=table]').click();
    await id.updateComplete;
    // Columns: criterion, score, level, indicators, evidence (no previous assessment).
    expect($$(id, '#table tbody tr').map((tr) => norm(tr.children[3].textContent))).to.deep.equal([
      '–', '1/3 (2 belum diperiksa)', '1/3', '–', '–', '–', '–', '–',
    ]);
    expect(id.csvRows().slice(1).map((r) => r[9])).to.deep.equal(['', '1/3 (2 belum diperiksa)', '1/3', '', '', '', '', '']);
    const en = await scorecard({ lang: 'en' }, data);
    expect(meta(en)).to.deep.equal([
      '0 evidence items indicators not checked',
      '0 evidence items 1/3 indicators met, 2 not checked',
      '0 evidence items 1/3 indicators met',
      ...Array(5).fill('0 evidence items indicators not checked'),
    ]);
    expect(norm(root(en).textContent)).not.to.match(/\b0\/\d indicators met/);
  });

  it('flags "high score without evidence" by the framework\'s scale: 5 of 100 is not high, 80 of 100 is', async () => {
    const data = await mutateExample((d) => {
      d.kerangkaPenilaian = [{
        id: 'dua', nama: 'Dua kriteria', skala: { min: 0, maks: 100 },
        kriteria: ['a', 'b', 'c'].map((kode) => ({ kode, nama: { id: `Kriteria ${kode}`, en: `Criterion ${kode}` } })),
      }];
      d.penilaianKpm = [{
        id: 'p2', kelompokId: 'kpm-sukamaju', kerangkaId: 'dua', tanggal: '2025-06-01', metode: 'pendamping',
        kriteria: [{ kode: 'a', skor: 5, bukti: [] }, { kode: 'b', skor: 2, bukti: [] }, { kode: 'c', skor: 80, bukti: [] }],
      }];
    });
    const id = await scorecard({}, data);
    expect($$(id, '[part=flag]').map((f) => [f.closest('li')!.dataset.kode, norm(f.textContent)])).to.deep.equal([['c', '⚠ Skor 80 tanpa bukti']]);
    expect(norm($(id, '[part=summary]').textContent)).to.contain('1 skor tinggi belum didukung bukti.');
    const en = await scorecard({ lang: 'en' }, data);
    expect($$(en, '[part=flag]').map((f) => norm(f.textContent))).to.deep.equal(['⚠ Score 80 without evidence']);
    expect(norm($(en, '[part=summary]').textContent)).to.contain('1 high score has no supporting evidence yet.');
  });

  it('opens a criterion to its indicator checklist and evidence with safe links', async () => {
    const data = await mutateExample((d) => {
      d.penilaianKpm[0].kriteria[0].bukti.push({ jenis: 'foto', judul: 'Tanpa tautan', tanggal: '2025-02-01' });
    });
    const el = await scorecard({}, data);
    const li = $(el, 'li[data-kode=legalitas]');
    li.querySelector('summary')!.click();
    await el.updateComplete;
    expect(li.querySelector('details')!.open).to.equal(true);
    const checks = [...li.querySelectorAll('[part=indicators] li')].map((x) => norm(x.textContent));
    expect(checks[0]).to.equal('✓ SK Kepala Desa atau terdaftar di DPMD (terpenuhi) — terpenuhi');
    const links = [...li.querySelectorAll<HTMLAnchorElement>('[part=evidence] a')];
    expect(links.map((a) => [a.href, a.rel, norm(a.textContent)])).to.deep.equal([
      ['https://example.org/sk-kpm.pdf', 'noopener noreferrer', 'SK Kepala Desa No. 141/07/SK/2024'],
    ]);
    expect(norm(li.querySelectorAll('[part=evidence] li')[1].textContent)).to.equal('Foto: Tanpa tautan (1 Februari 2025)');
    const kem = $(el, 'li[data-kode=kemandirian]');
    await openAllDetails(el);
    expect(norm(kem.querySelector('.detail')!.textContent)).to.contain('Belum ada bukti.');
    expect(norm(kem.querySelector('.detail')!.textContent)).to.contain('Rekomendasi: Bangun iuran anggota');
  });

  it('fills in the closed criteria when idle: their text is in the page for find-in-page, the rows stay closed', async () => {
    const el = await scorecard({});
    const li = $(el, 'li[data-kode=legalitas]');
    await waitUntil(() => li.querySelector('[part=indicators]'), 'the closed criterion was never filled in', { timeout: 5000 });
    expect(li.querySelector('details')!.open).to.equal(false);
    expect(norm(li.querySelector('.detail')!.textContent)).to.contain('SK Kepala Desa atau terdaftar di DPMD');
    // Every criterion, each still closed.
    const details = [...el.shadowRoot!.querySelectorAll('li[part=criterion] details')];
    expect(details.length).to.equal(8);
    expect(details.filter((d) => (d as HTMLDetailsElement).open || !d.querySelector('.detail')!.childElementCount)).to.deep.equal([]);
  });

  it('keyboard: one tab stop over the criteria, arrows move, Enter opens, Esc closes', async () => {
    const el = await scorecard({ controls: 'none' });
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.dataset.index).to.equal('0');
    expect($$(el, 'summary[tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)?.dataset.index).to.equal('1');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused(el)?.dataset.index).to.equal('7');
    await sendKeys({ press: 'Enter' });
    const details = focused(el)!.parentElement as HTMLDetailsElement;
    expect(details.open).to.equal(true);
    await el.updateComplete;
    expect(norm(details.querySelector('.detail')!.textContent)).to.contain('Bukti');
    await sendKeys({ press: 'Escape' });
    expect(details.open).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.tagName ?? 'none').to.not.equal('SUMMARY');
  });

  it('shows several groups side by side, in the order asked, and writes them all to CSV', async () => {
    const el = await scorecard({ group: 'kelompok-perempuan-melati kpm-sukamaju' });
    expect($$(el, 'section.group').map((s) => s.dataset.group)).to.deep.equal(['kelompok-perempuan-melati', 'kpm-sukamaju']);
    expect($(el, '.groups').classList.contains('several')).to.equal(true);
    const rows = el.csvRows();
    expect(rows).to.have.length(17);
    expect(rows[0]).to.deep.equal([
      'Kelompok', 'Tanggal', 'Metode', 'Kode', 'Kriteria', 'Skor', 'Tingkat', 'Sebelumnya', 'Perubahan', 'Indikator terpenuhi', 'Bukti', 'Rekomendasi',
    ]);
    expect(rows[4]).to.deep.equal([
      'Kelompok Perempuan Melati', '2025-09-06', 'Oleh pendamping', 'partisipatif', 'Partisipatif', 3, 'Maju', null, null, '3/3', 0, '',
    ].map((v, i) => (i === 0 ? rows[4][0] : v)));
    expect(rows[16]).to.deep.equal([
      'Kelompok Pemberdayaan Masyarakat (KPM) Desa Sukamaju', '2025-07-15', 'Penilaian mandiri', 'kreatif_inovatif',
      'Kreatif dan inovatif', null, 'Belum dinilai', 1, null, '', 0, '',
    ]);
  });

  it('"Lihat tabel" shows the same numbers as a table with the average in the footer', async () => {
    const el = await scorecard();
    const btn = $(el, 'button[aria-controls=table]');
    btn.click();
    await el.updateComplete;
    expect(btn.getAttribute('aria-expanded')).to.equal('true');
    const rows = $$(el, '#table tbody tr').map((tr) => [...tr.children].map((c) => norm(c.textContent)));
    expect(rows[0]).to.deep.equal(['Legalitas', '4', 'Mandiri', '3', '+1', '3/3', '1']);
    // Its indicators were not answered: no "0/2" met.
    expect(rows[7]).to.deep.equal(['Kreatif dan inovatif', '–', 'Belum dinilai', '1', '–', '–', '0']);
    expect([...$(el, '#table tfoot tr').children].map((c) => norm(c.textContent))).to.deep.equal([
      'Rata-rata', '2,71', '7/8 dinilai', '1,75', '+0,96', '', '5',
    ]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('speaks English with the framework’s English texts, Indonesian where the data gives none', async () => {
    const el = await scorecard({ lang: 'en' });
    // The example writes its scale labels as plain strings (Indonesian only).
    expect(rowScores(el)[0]).to.equal('4 – Mandiri');
    expect(rowScores(el)[7]).to.equal('Not yet assessed');
    expect(norm($(el, 'li[data-kode=legalitas] .name').textContent)).to.equal('1. Legal standing');
    expect(norm($(el, '[part=method]').textContent)).to.contain('Self-assessment: the group scored itself; this is not an external audit.');
    expect(norm($(el, '.headline').textContent)).to.equal('2.71 / 4 Average 7/8 assessed');
    el.setAttribute('lang', 'id');
    await el.updateComplete;
    expect(rowScores(el)[0]).to.equal('4 – Mandiri');
    const builtIn = await scorecard({ lang: 'en' }, await mutateExample((d) => { delete d.kerangkaPenilaian; }));
    expect(rowScores(builtIn)[0]).to.equal('4 – Self-reliant');
  });

  it('renders a custom framework with another scale and criteria, with no code change', async () => {
    const data = await mutateExample((d) => {
      d.kerangkaPenilaian = [TIGA];
      d.penilaianKpm = [{
        id: 'p-tiga', kelompokId: 'kpm-sukamaju', kerangkaId: 'tiga', tanggal: '2025-01-01', metode: 'eksternal',
        kriteria: [
          { kode: 'a', skor: 0, indikator: [{ id: 'a1', terpenuhi: true }], bukti: [] },
          { kode: 'b', skor: 2, bukti: [{ jenis: 'foto', judul: 'f' }] },
          { kode: 'c', skor: 1, bukti: [] },
        ],
      }];
    });
    const el = await scorecard({ lang: 'en' }, data);
    expect(rowScores(el)).to.deep.equal(['0 – Belum', '2 – Done', '1']);
    expect($$(el, '.criterion .name').map((n) => norm(n.textContent))).to.deep.equal(['1. A', '2. Bee', '3. C']);
    expect(norm($(el, '.headline').textContent)).to.equal('1 / 2 Average 3/3 assessed');
    expect($$(el, '.radar .axis')).to.have.length(3);
  });

  it('draws no radar for one or two criteria (it would be a line), the list takes the width and keeps the bars', async () => {
    const withCriteria = (n: number) => mutateExample((d) => {
      d.kerangkaPenilaian = [{
        id: 'kecil', nama: 'Kecil', skala: { min: 0, maks: 100 },
        kriteria: ['a', 'b', 'c'].slice(0, n).map((kode) => ({ kode, nama: { id: `Kriteria ${kode}`, en: `Criterion ${kode}` } })),
      }];
      const base = { kelompokId: 'kpm-sukamaju', kerangkaId: 'kecil', metode: 'pendamping' };
      d.penilaianKpm = [
        { ...base, id: 'p1', tanggal: '2024-06-01', kriteria: ['a', 'b', 'c'].slice(0, n).map((kode) => ({ kode, skor: 40, bukti: [] })) },
        { ...base, id: 'p2', tanggal: '2025-06-01', kriteria: ['a', 'b', 'c'].slice(0, n).map((kode, i) => ({ kode, skor: i === 1 ? null : 60, bukti: [] })) },
      ];
    });
    for (const [n, lang] of [[1, 'id'], [2, 'en']] as const) {
      const el = await scorecard({ lang }, await withCriteria(n));
      el.style.display = 'block';
      el.style.width = '800px';
      await el.updateComplete;
      expect($$(el, '.radar'), `${n} criteria`).to.have.length(0);
      expect($$(el, '.legend'), `${n} criteria`).to.have.length(0);
      expect($$(el, '.criterion')).to.have.length(n);
      expect($$(el, '.criterion .bar .fill')).to.have.length(1);
      expect($$(el, '.criterion .bar .prev')).to.have.length(n);
      expect(norm($(el, '.criterion .score').textContent)).to.equal('60');
      // The list is the picture's only column, as wide as the picture.
      const picture = $(el, '.picture');
      expect(picture.classList.contains('list-only')).to.equal(true);
      expect($(el, '.criteria').getBoundingClientRect().width).to.be.closeTo(picture.getBoundingClientRect().width, 1);
      await expect(el).shadowDom.to.be.accessible();
      el.remove();
    }
    const three = await scorecard({}, await withCriteria(3));
    expect($$(three, '.radar')).to.have.length(1);
    expect($$(three, '.radar .axis')).to.have.length(3);
    expect($$(three, '.radar .before')).to.have.length(1);
    expect($(three, '.picture').classList.contains('list-only')).to.equal(false);
  });

  it('a framework whose scale cannot be used is named in the error part and its assessments are not drawn', async () => {
    const data = await mutateExample((d) => {
      d.kerangkaPenilaian = [{ ...structuredClone(TIGA), skala: { min: 3, maks: 3 } }];
      d.penilaianKpm = [{
        id: 'p-tiga', kelompokId: 'kpm-sukamaju', kerangkaId: 'tiga', tanggal: '2025-01-01', metode: 'eksternal',
        kriteria: [{ kode: 'a', skor: 3, bukti: [] }, { kode: 'b', skor: 3, bukti: [] }, { kode: 'c', skor: null, bukti: [] }],
      }];
    });
    const el = await scorecard({ lang: 'en' }, data);
    const errors = norm($(el, '[part=error]').textContent);
    expect(errors).to.contain('kerangkaPenilaian[0].skala.maks');
    expect(errors).to.contain('The 3–3 scale cannot be used');
    expect(errors).not.to.contain('outside the');
    expect(norm(root(el).textContent)).to.contain('1 assessment is not shown because the framework is unknown.');
    expect($$(el, '.criterion')).to.have.length(0);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('renders the empty state, a group with no assessment, and hostile text as text', async () => {
    const empty = await scorecard({}, await mutateExample((d) => { delete d.kelompokKpm; delete d.penilaianKpm; }));
    expect(norm($(empty, '[part=empty]').textContent)).to.equal('Belum ada kelompok atau penilaian kelompok dalam data.');
    await expect(empty).shadowDom.to.be.accessible();
    const none = await scorecard({}, await mutateExample((d) => { d.penilaianKpm = []; }));
    expect(norm($(none, '[part=summary]').textContent)).to.equal('Kelompok ini belum pernah dinilai.');
    const hostile = await scorecard({ group: 'kpm-sukamaju kelompok-perempuan-melati' }, await hostileExample());
    await openAllDetails(hostile);
    expect(injectedElements(hostile)).to.deep.equal([]);
    expect(root(hostile).textContent).to.contain(XSS);
    expect((window as any).__kpmXss).to.equal(undefined);
  });

  it('lists data errors in its part with their paths and shows what is sound', async () => {
    const bad = await scorecard({}, await mutateExample((d) => { d.penilaianKpm[0].kriteria[0].skor = 9; }));
    expect(norm($(bad, '[part=error]').textContent)).to.contain('penilaianKpm[0].kriteria[0].skor');
    // The broken assessment is left out, so the 2024 one shows.
    expect(norm($(bad, '[part=method]').textContent)).to.contain('20 Juli 2024');
    await expect(bad).shadowDom.to.be.accessible();
  });

  it('is axe-clean with several groups and every criterion open', async () => {
    const el = await scorecard({ group: 'kpm-sukamaju kelompok-perempuan-melati' });
    await openAllDetails(el);
    await expect(el).shadowDom.to.be.accessible();
  });
});
