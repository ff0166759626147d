import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { alignToKerangka } from '../../../src/model/scorecard-draft.js';
import { teksIn } from '../../../src/core/teks.js';
import { KPM_8_KRITERIA, type PenilaianKelompok } from '../../../src/schema/index.js';
import type { KpmScorecard } from '../../../src/widgets/scorecard/index.js';
import { hostileExample, injectedElements, loadExample, mutateExample, XSS } from '../../helpers/dataset.js';
import { $, $$, focused, norm, root, scorecard } from './helpers.js';

const EDIT = { mode: 'edit', group: 'kpm-sukamaju', today: '2025-10-06' };

function clearDrafts() {
  for (const k of Object.keys(localStorage)) if (k.startsWith('kpm-draft:scorecard:')) localStorage.removeItem(k);
}

/** Types into a field the way a browser does: value, then an input event. */
async function fill(el: KpmScorecard, selector: string, value: string) {
  const field = $<HTMLInputElement>(el, selector);
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function click(el: KpmScorecard, selector: string) {
  $(el, selector).click();
  await el.updateComplete;
}

const blankKriteria = (from: number) =>
  KPM_8_KRITERIA.kriteria.slice(from).map((k) => ({
    kode: k.kode,
    skor: null,
    indikator: k.indikator!.map((i) => ({ id: i.id, terpenuhi: false })),
    bukti: [],
  }));

const EXPECTED: PenilaianKelompok = {
  id: 'nilai-2025-10-06-kpm-sukamaju',
  kelompokId: 'kpm-sukamaju',
  kerangkaId: 'kpm-8-kriteria',
  tanggal: '2025-10-06',
  metode: 'penilaian_mandiri',
  penilai: { nama: 'Dwi Lestari' },
  kriteria: [
    {
      kode: 'legalitas',
      skor: 4,
      indikator: [
        { id: 'leg-sk', terpenuhi: true },
        { id: 'leg-adart', terpenuhi: false },
        { id: 'leg-anggota', terpenuhi: false },
      ],
      bukti: [{ jenis: 'dokumen', judul: 'SK Kepala Desa', url: 'https://example.org/sk.pdf', tanggal: '2024-02-05' }],
    },
    {
      kode: 'kemandirian',
      skor: 2,
      indikator: [
        { id: 'kem-dana', terpenuhi: false },
        { id: 'kem-keputusan', terpenuhi: false },
        { id: 'kem-sumber', terpenuhi: false },
      ],
      bukti: [],
      rekomendasi: 'Bangun iuran anggota',
    },
    ...blankKriteria(2),
  ],
};

describe('<kpm-scorecard mode="edit">', () => {
  beforeEach(clearDrafts);
  after(clearDrafts);

  it('round trip: fill → validate → kpm-submit JSON equals the expected object → reload restores the draft', async () => {
    const el = await scorecard(EDIT);
    const changes: PenilaianKelompok[] = [];
    el.addEventListener('kpm-change', (e) => changes.push((e as CustomEvent).detail.penilaian));
    expect($$(el, 'fieldset.criterion-edit')).to.have.length(8);
    expect($$<HTMLInputElement>(el, 'input[name=skor-0]').map((r) => norm(r.parentElement!.textContent))).to.deep.equal([
      '1 – Rintisan', '2 – Berkembang', '3 – Maju', '4 – Mandiri', 'Belum dinilai',
    ]);
    await fill(el, '#f-penilai-nama', 'Dwi Lestari');
    await click(el, 'input[name=skor-0][value="4"]');
    await click(el, 'input[data-indikator=leg-sk]');
    await click(el, '[data-add-evidence="0"]');
    expect(focused(el)?.id).to.equal('f-kriteria-0-bukti-0-judul');
    await sendKeys({ type: 'SK Kepala Desa' });
    await el.updateComplete;
    await fill(el, '#f-kriteria-0-bukti-0-url', 'https://example.org/sk.pdf');
    await fill(el, '#f-kriteria-0-bukti-0-tanggal', '2024-02-05');
    await click(el, 'input[name=skor-1][value="2"]');
    await fill(el, '#f-kriteria-1-rekomendasi', '  Bangun iuran anggota ');
    expect(changes.length).to.be.greaterThan(20);
    expect(changes[changes.length - 1]).to.deep.equal(EXPECTED);

    setTimeout(() => $<HTMLButtonElement>(el, 'button[type=submit]').click());
    const submitted = await oneEvent(el, 'kpm-submit');
    expect(submitted.cancelable).to.equal(true);
    expect(submitted.detail.penilaian).to.deep.equal(EXPECTED);
    await el.updateComplete;
    expect(norm($(el, '[part=live]').textContent)).to.equal('Penilaian valid dan sudah diserahkan ke halaman ini.');

    el.remove();
    const again = await scorecard(EDIT);
    expect(again.assessment).to.deep.equal(EXPECTED);
    expect($<HTMLInputElement>(again, 'input[name=skor-0][value="4"]').checked).to.equal(true);
    expect($<HTMLInputElement>(again, '#f-kriteria-0-bukti-0-judul').value).to.equal('SK Kepala Desa');
    await again.updateComplete;
    expect(norm($(again, '[part=live]').textContent)).to.equal('Draf dari perangkat ini dipulihkan (penilaian 6 Oktober 2025).');
  });

  it('a second assessment of the group on a day that already has one gets its own id', async () => {
    clearDrafts();
    const data = await mutateExample((d) => {
      const mine = d.penilaianKpm.find((p: PenilaianKelompok) => p.kelompokId === 'kpm-sukamaju');
      d.penilaianKpm.push({ ...structuredClone(mine), id: 'nilai-2025-10-06-kpm-sukamaju', tanggal: '2025-10-06', metode: 'pendamping' });
    });
    const el = await scorecard(EDIT, data);
    expect(el.assessment!.id).to.equal('nilai-2025-10-06-kpm-sukamaju-2');
  });

  it('blocks saving with an error summary tied to the fields, and clears each error as it is fixed', async () => {
    const el = await scorecard(EDIT);
    let submits = 0;
    el.addEventListener('kpm-submit', () => submits++);
    await click(el, '[data-add-evidence="2"]');
    await fill(el, '#f-kriteria-2-bukti-0-url', 'javascript:alert(1)');
    await fill(el, '#f-tanggal', '');
    await click(el, 'button[type=submit]');
    expect(submits).to.equal(0);
    const summary = $(el, '[part=error-summary]');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(focused(el)).to.equal(summary);
    const links = $$<HTMLAnchorElement>(el, '[part=error-summary] a');
    expect(links.map((a) => a.hash)).to.deep.equal(['#f-tanggal', '#f-kriteria-2-bukti-0-judul', '#f-kriteria-2-bukti-0-url']);
    // Each names the field by the label the assessor sees, not by its JSON path.
    const nama = teksIn(KPM_8_KRITERIA.kriteria[2].nama, 'id');
    expect(links.map((a) => norm(a.textContent).split(':')[0])).to.deep.equal([
      'Tanggal penilaian', `3. ${nama} — Judul bukti 1`, `3. ${nama} — Tautan (opsional) 1`,
    ]);
    const url = $<HTMLInputElement>(el, '#f-kriteria-2-bukti-0-url');
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect(norm($(el, `#${url.getAttribute('aria-describedby')}`).textContent)).to.match(/^harus /);
    await expect(el).shadowDom.to.be.accessible();
    links[1].click();
    expect(focused(el)?.id).to.equal('f-kriteria-2-bukti-0-judul');
    await sendKeys({ type: 'Daftar anggota' });
    await el.updateComplete;
    expect($$(el, '[part=error-summary] a')).to.have.length(2);
    await fill(el, '#f-kriteria-2-bukti-0-url', '');
    await fill(el, '#f-tanggal', '2025-10-06');
    expect(Boolean(root(el).querySelector('[part=error-summary]'))).to.equal(false);
  });

  it('keyboard: arrows move within a radio group, Space ticks an indicator', async () => {
    const el = await scorecard(EDIT);
    $<HTMLInputElement>(el, 'input[name=skor-3][value="1"]').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)?.getAttribute('value')).to.equal('2');
    expect(el.assessment!.kriteria[3].skor).to.equal(2);
    $<HTMLInputElement>(el, 'input[data-indikator=par-rapat]').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.assessment!.kriteria[3].indikator![0]).to.deep.equal({ id: 'par-rapat', terpenuhi: true });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.assessment!.kriteria[3].indikator![0]).to.deep.equal({ id: 'par-rapat', terpenuhi: false });
  });

  it('loads an existing assessment to revise, removes evidence, and a cancelled submit is not called saved', async () => {
    const data = await loadExample();
    const el = await scorecard(EDIT, data);
    const select = $<HTMLSelectElement>(el, '#load');
    expect([...select.options].map((o) => norm(o.textContent))).to.deep.equal([
      'Penilaian baru (kosong)', '15 Juli 2025 · Penilaian mandiri', '20 Juli 2024 · Penilaian mandiri',
    ]);
    select.value = 'nilai-kpm-2024-1';
    await click(el, '[data-action=load]');
    const old = data.penilaianKpm.find((p: PenilaianKelompok) => p.id === 'nilai-kpm-2024-1');
    expect(el.assessment).to.deep.equal(alignToKerangka(old, data.kerangkaPenilaian[0]));
    expect(norm($(el, '[part=live]').textContent)).to.equal('Penilaian 20 Juli 2024 dimuat untuk direvisi.');
    await click(el, '[part=criterion-edit] [part=evidence-row] button.remove');
    expect(el.assessment!.kriteria[0].bukti).to.deep.equal([]);
    expect(focused(el)?.dataset.addEvidence).to.equal('0');
    el.addEventListener('kpm-submit', (e) => e.preventDefault());
    await click(el, 'button[type=submit]');
    expect(norm($(el, '[part=live]').textContent)).to.equal('Penilaian 20 Juli 2024 dimuat untuk direvisi.');
    await click(el, '[data-action=discard]');
    expect(el.assessment!.kriteria.every((k) => k.skor === null)).to.equal(true);
  });

  it('fills a custom framework with a 0–100 scale as a number field, in English', async () => {
    const data = await mutateExample((d) => {
      d.kerangkaPenilaian = [{
        id: 'persen', nama: { id: 'Persentase', en: 'Percentages' }, skala: { min: 0, maks: 100 },
        kriteria: [{ kode: 'hadir', nama: { id: 'Kehadiran', en: 'Attendance' } }],
      }];
      d.penilaianKpm = [];
    });
    const el = await scorecard({ ...EDIT, lang: 'en' }, data);
    expect(norm($(el, 'label[for=f-kriteria-0-skor]').textContent)).to.equal(
      'Score for Attendance — Score (0–100; leave empty if not assessed)',
    );
    await fill(el, '#f-kriteria-0-skor', '75');
    expect(el.assessment!.kriteria).to.deep.equal([{ kode: 'hadir', skor: 75, bukti: [] }]);
    expect(el.assessment!.kerangkaId).to.equal('persen');
    await fill(el, '#f-kriteria-0-skor', '150');
    await click(el, 'button[type=submit]');
    expect($$(el, '[part=error-summary] a').map((a) => norm(a.textContent))).to.deep.equal([
      '1. Score for Attendance: Score 150 for "hadir" is outside the 0–100 scale.',
    ]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('starts blank over a corrupted stored draft, and renders hostile data as text', async () => {
    localStorage.setItem('kpm-draft:scorecard:33.99.01.2001:kpm-sukamaju:kpm-8-kriteria', JSON.stringify({ kelompokId: 'kpm-sukamaju', kriteria: [null] }));
    const el = await scorecard(EDIT);
    expect(el.assessment!.kriteria.every((k) => k.skor === null && k.bukti.length === 0)).to.equal(true);
    el.remove();
    const hostile = await scorecard(EDIT, await hostileExample());
    expect(injectedElements(hostile)).to.deep.equal([]);
    expect(norm($(hostile, 'h2').textContent)).to.contain(XSS);
  });
});
