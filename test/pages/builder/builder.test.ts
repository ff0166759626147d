import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { formatRupiah } from '../../../src/core/format.js';
import { axeViolations, deepActiveElement } from '../../helpers/a11y.js';
import { loadExample } from '../../helpers/dataset.js';
import { overflowing, hostScrollsSideways } from '../../helpers/overflow.js';
import { norm } from '../../helpers/text.js';
import { $, BAD_ROWS_URL, choose, fileFrom, mount, paste, previewWidget, rendered, shownIssues, TEMPLATE_URL } from './helpers.js';

const rp = (n: number, lang: 'id' | 'en' = 'id') => norm(formatRupiah(n, lang));

describe('<kpm-builder>: import', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('turns the example budget CSV into a dataset that validates, and previews it', async () => {
    const el = await mount();
    expect(await axeViolations(el)).to.deep.equal([]);
    await choose(el, await fileFrom(TEMPLATE_URL));
    expect(norm($(el, '#results').textContent)).to.match(/^apbdes-template\.csv \(CSV anggaran\): Data sah\. 0 kesalahan, \d+ peringatan, \d+ info\.$/);
    expect(shownIssues(el).filter((i) => i.severity === 'error')).to.deep.equal([]);
    // Focus goes to the result, so a screen-reader user hears it.
    expect(deepActiveElement()?.id).to.equal('results');
    const chart = previewWidget(el);
    const data = chart.data as { apbdes: { baris: { anggaran: number }[] }[]; desa: { nama: string } };
    expect(data.apbdes.length).to.equal(1);
    expect(data.apbdes[0]!.baris.length).to.equal(36);
    expect(data.apbdes[0]!.baris.reduce((s, b) => s + b.anggaran, 0)).to.equal(4_364_000_000);
    await rendered(chart);
    const text = norm(chart.shadowRoot!.textContent);
    expect(text).to.include(rp(2_027_800_000));
    expect(text).to.include(rp(2_152_000_000));
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows a broken CSV’s issues on their spreadsheet rows, with a fix for each', async () => {
    const el = await mount();
    await choose(el, await fileFrom(BAD_ROWS_URL));
    const errors = shownIssues(el).filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.code, i.place])).to.deep.equal([
      ['csv_fraction', 'Baris 3, kolom anggaran'],
      ['csv_invalid_sumber_dana', 'Baris 5, kolom sumber_dana'],
      ['csv_not_a_date', 'Baris 6, kolom realisasi_sampai'],
    ]);
    expect(errors.map((i) => i.hint)).to.deep.equal([
      'Saran: Bulatkan ke rupiah penuh dan hapus ",50" di belakang.',
      'Saran: Pakai kode sumber dana dari templat, mis. dana_desa, add, pades.',
      'Saran: Tulis tanggal yang ada, mis. 30/06/2025 atau 2025-06-30.',
    ]);
    // Errors come first, every issue has a hint.
    const all = shownIssues(el);
    expect(all.slice(0, 3).every((i) => i.severity === 'error')).to.equal(true);
    expect(all.every((i) => i.hint.startsWith('Saran: '))).to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows where a pasted JSON breaks, by line and column', async () => {
    const el = await mount('en');
    await paste(el, '{\n  "schemaVersion": "0.1.0",\n  "desa": {"nama": "A",}\n}');
    expect(shownIssues(el)).to.deep.equal([
      { severity: 'error', code: 'json_syntax', place: 'Line 3, column 24', hint: 'Fix: Open the file in a text editor and check that line: a missing or extra comma, a quote or a bracket.' },
    ]);
    expect(norm($(el, '#results').textContent)).to.equal('pasted text (dataset JSON): The data cannot be used yet: fix the errors below, then import again. 1 error, 0 warnings, 0 info.');
    expect(Boolean(el.shadowRoot!.querySelector('#preview'))).to.equal(false);
  });

  it('shows the line of a wrong field in a dropped JSON', async () => {
    const d = await loadExample();
    d.desa.nama = 42;
    const text = JSON.stringify(d, null, 2);
    const el = await mount('en');
    const drop = new DataTransfer();
    drop.items.add(new File([text], 'desa.json', { type: 'application/json' }));
    $(el, '.drop').dispatchEvent(new DragEvent('drop', { dataTransfer: drop, bubbles: true, cancelable: true }));
    await waitUntil(() => shownIssues(el).length > 0, 'no issues shown');
    const line = text.split('\n').findIndex((l) => l.includes('"nama": 42')) + 1;
    const issue = shownIssues(el).find((i) => i.severity === 'error')!;
    expect(issue.place).to.equal(`Line ${line}, column 5`);
    expect(norm($(el, '.issue[data-severity="error"] code').textContent)).to.equal('desa.nama');
  });

  it('says clearly when a file is empty, binary or too large', async () => {
    const el = await mount();
    await choose(el, new File([], 'kosong.csv'));
    expect(norm($(el, '#results').textContent)).to.equal('Berkas atau teks ini kosong.');
    await choose(el, new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])], 'foto.png'));
    expect(norm($(el, '#results').textContent)).to.equal('Ini bukan berkas teks. Simpan lembar kerja sebagai CSV (UTF-8) atau pilih berkas .xlsx/.json.');
    await choose(el, new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'besar.json'));
    expect(norm($(el, '#results').textContent)).to.equal('Berkas ini lebih dari 10 MB. Pisahkan datanya atau hapus lampiran besar.');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('lists the first 200 of thousands of issues and says so', async () => {
    // A JSON file: a CSV's mistake repeated on every row is one grouped issue (below).
    const data = await loadExample();
    const first = data.apbdes[0].baris[0];
    data.apbdes[0].baris = Array.from({ length: 1500 }, (_, n) => ({ ...first, id: `b-${n}`, kodeRekening: 'x' }));
    const el = await mount('en');
    await choose(el, new File([JSON.stringify(data, null, 2)], 'big.json'));
    const more = norm($(el, '.more').textContent).match(/^The first 200 of (\d+) issues are shown; fix these, then import again\.$/);
    expect(Number(more?.[1])).to.be.greaterThan(1500);
    expect(shownIssues(el).length).to.equal(200);
    expect(shownIssues(el).filter((i) => i.code === 'invalid_format').length).to.be.greaterThan(50);
  });

  it('groups one CSV mistake repeated on 1,500 rows into one issue naming the rows', async () => {
    const rows = Array.from({ length: 1500 }, (_, n) => `2025;4.2.1;;Baris ${n};uang kaget;1.000`);
    const el = await mount('en');
    await choose(el, new File([`tahun;kode_rekening;kode_kegiatan;uraian;sumber_dana;anggaran\n${rows.join('\n')}\n`], 'big.csv'));
    expect(shownIssues(el).map((i) => i.code)).to.deep.equal(['csv_invalid_sumber_dana', 'csv_no_village_name']);
    expect(norm($(el, '.issue[data-code=csv_invalid_sumber_dana]').textContent)).to.contain('Column sumber_dana in 1,500 rows (rows 2, 3, 4 … and 1,497 more)');
    expect(Boolean($(el, '.more'))).to.equal(false);
  });

  it('fits 320 px without sideways scrolling, in English', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount('en');
    await choose(el, await fileFrom(TEMPLATE_URL));
    await rendered(previewWidget(el));
    expect(norm($(el, 'h1').textContent)).to.equal('KPM widget builder: from data to a paste-ready snippet');
    expect(overflowing(el)).to.deep.equal([]);
    expect(hostScrollsSideways(el)).to.equal(false);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

describe('<kpm-builder>: spreadsheets and combining', () => {
  it('reads the first sheet of an .xlsx like a CSV: numbers, dates, rows', async () => {
    const el = await mount();
    await choose(el, await fileFrom('/test/fixtures/builder/apbdes-sheet.xlsx'));
    expect(shownIssues(el).filter((i) => i.severity === 'error').map((i) => [i.code, i.place])).to.deep.equal([
      ['csv_fraction', 'Baris 4, kolom anggaran'],
    ]);
    expect(norm($(el, '#results').textContent)).to.match(/^apbdes-sheet\.xlsx \(Excel\): Data dapat dipakai; .* 1 kesalahan, \d+ peringatan, \d+ info\.$/);
    
    const baris = previewWidget(el).data.apbdes[0].baris;
    expect(baris.map((b: { kodeRekening: string; anggaran: number }) => [b.kodeRekening, b.anggaran])).to.deep.equal([
      ['4.2.1', 985_420_000],
      ['5.3.5', 440_000_000],
    ]);
    expect(baris[0].realisasi).to.deep.equal([{ sampaiTanggal: '2025-06-30', jumlah: 394_168_000 }]);
  });

  it('adds a CSV to the loaded dataset when "Gabungkan" is ticked, using its village', async () => {
    const example = await loadExample();
    const el = await mount();
    await choose(el, new File([JSON.stringify(example)], 'desa.json'));
    expect($<HTMLInputElement>(el, '#nama').value).to.equal(example.desa.nama);
    $<HTMLInputElement>(el, '#merge').click();
    await el.updateComplete;
    const csv = 'tahun;kode_rekening;uraian;sumber_dana;anggaran\n2030;4.2.1;Dana Desa;dana_desa;1.000.000\n';
    await choose(el, new File([csv], 'apbdes-2030.csv'));
    const data = previewWidget(el).data;
    expect(data.apbdes.map((a: { id: string }) => a.id)).to.deep.equal([...example.apbdes.map((a: { id: string }) => a.id), 'apbdes-2030-murni']);
    expect(data.kegiatan.length).to.equal(example.kegiatan.length);
    expect(data.desa.nama).to.equal(example.desa.nama);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('switches the page to English and the preview with it', async () => {
    const el = await mount();
    await choose(el, await fileFrom(TEMPLATE_URL));
    $<HTMLButtonElement>(el, '.langs button[lang="en"]').click();
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('en');
    expect(norm($(el, '#results').textContent)).to.match(/^apbdes-template\.csv \(budget CSV\): Valid data\. 0 errors/);
    expect($(el, '.langs button[lang="en"]').getAttribute('aria-pressed')).to.equal('true');
    expect(previewWidget(el).getAttribute('lang')).to.equal('en');
    expect($<HTMLTextAreaElement>(el, '#snippet').value.split('\n')[1]).to.equal('<kpm-budget-chart lang="en" view="ringkasan">');
  });
});

describe('<kpm-builder>: kegiatan', () => {
  it('previews a kegiatan CSV as a timeline and keeps the village fields as typed', async () => {
    const el = await mount();
    const nama = $<HTMLInputElement>(el, '#nama');
    nama.value = 'Sukamaju';
    nama.dispatchEvent(new Event('input'));
    await choose(el, await fileFrom('/examples/templates/kegiatan-template.csv'));
    expect(norm($(el, '#results').textContent)).to.match(/^kegiatan-template\.csv \(CSV kegiatan\): Data sah\. 0 kesalahan/);
    expect($<HTMLSelectElement>(el, '#widget').value).to.equal('program-timeline');
    const timeline = previewWidget(el, 'kpm-program-timeline');
    expect(timeline.data.desa.nama).to.equal('Sukamaju');
    expect($<HTMLInputElement>(el, '#kode').value).to.equal('');
    await rendered(timeline);
    expect(norm(timeline.shadowRoot!.textContent)).to.include(timeline.data.kegiatan[0].nama);
  });
});

describe('<kpm-builder>: options and preview', () => {
  it('shows every widget, follows the options and sets the accent through the CSSOM', async function () {
    this.timeout(30_000);
    const el = await mount();
    await choose(el, new File([JSON.stringify(await loadExample())], 'desa.json'));
    const view = $<HTMLSelectElement>(el, '#view');
    view.value = 'belanja';
    view.dispatchEvent(new Event('change'));
    $<HTMLInputElement>(el, '#use-accent').click();
    await el.updateComplete;
    const accent = $<HTMLInputElement>(el, '#accent');
    accent.value = '#aa0000';
    accent.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const chart = previewWidget(el);
    expect(chart.getAttribute('view')).to.equal('belanja');
    expect(chart.style.getPropertyValue('--kpm-color-accent')).to.equal('#aa0000');
    expect($<HTMLTextAreaElement>(el, '#snippet').value).to.include('<kpm-budget-chart lang="id" view="belanja" style="--kpm-color-accent: #aa0000">');
    $<HTMLInputElement>(el, '#show-all').click();
    await el.updateComplete;
    expect([...$(el, '#preview').children].map((c) => c.localName)).to.deep.equal([
      'kpm-budget-chart', 'kpm-program-timeline', 'kpm-scorecard', 'kpm-participation-form', 'kpm-partner-map',
    ]);
    for (const w of $(el, '#preview').children) {
      await rendered(w);
      expect(norm(w.shadowRoot!.textContent).length, w.localName).to.be.greaterThan(20);
    }
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
