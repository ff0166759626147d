import { expect } from '@open-wc/testing';
import { jsonLocator, jsonPathOffsets, parentPath, positionAt } from '../../../src/pages/builder/json-locate.js';
import { escapeHtml, iframeSnippet, scriptSafeJson, widgetSnippet } from '../../../src/pages/builder/snippet.js';
import { issueHint } from '../../../src/schema/issue-hints.js';
import { csvPlace, importCsv, importJson } from '../../../src/pages/builder/import-run.js';
import { mergeDatasets } from '../../../src/pages/builder/merge.js';
import { looksBinary, readFile, readText, textKind } from '../../../src/pages/builder/input-read.js';
import { datasetFileName } from '../../../src/pages/builder/dataset-facts.js';
import { xlsxCell } from '../../../src/pages/builder/xlsx.js';
import { loadExample } from '../../helpers/dataset.js';

const AT = '2025-10-06T09:00:00Z';
const csvOpts = { namaDesa: 'Sukamaju', kodeWilayah: '33.99.01.2001', current: null, merge: false, generatedAt: AT };

describe('builder: JSON path → line locator', () => {
  const text = '{\n  "a": 1,\n  "list": [\n    {"x": "]"},\n    {\n      "y": [true, null]\n    }\n  ],\n  "s\\"q": "v"\n}';

  it('maps every path to the offset of its key, or of the item for array members', () => {
    const at = jsonPathOffsets(text);
    expect([...at.keys()]).to.deep.equal(['', 'a', 'list', 'list[0]', 'list[0].x', 'list[1]', 'list[1].y', 'list[1].y[0]', 'list[1].y[1]', 's"q']);
    const pos = (p: string) => positionAt(text, at.get(p)!);
    expect(pos('')).to.deep.equal({ line: 1, column: 1 });
    expect(pos('a')).to.deep.equal({ line: 2, column: 3 });
    expect(pos('list[0].x')).to.deep.equal({ line: 4, column: 6 });
    expect(pos('list[1]')).to.deep.equal({ line: 5, column: 5 });
    expect(pos('list[1].y[1]')).to.deep.equal({ line: 6, column: 19 });
    expect(pos('s"q')).to.deep.equal({ line: 9, column: 3 });
  });

  it('falls back to the nearest existing ancestor for a missing field', () => {
    const locate = jsonLocator(text);
    expect(locate('list[1].z')).to.deep.equal({ line: 5, column: 5 });
    expect(locate('list[7].x')).to.deep.equal({ line: 3, column: 3 });
    expect(locate('nothing')).to.deep.equal({ line: 1, column: 1 });
  });

  it('takes paths apart one segment at a time', () => {
    expect(parentPath('apbdes[0].baris[3].anggaran')).to.equal('apbdes[0].baris[3]');
    expect(parentPath('apbdes[0].baris[3]')).to.equal('apbdes[0].baris');
    expect(parentPath('apbdes')).to.equal('');
    expect(parentPath('')).to.equal(null);
  });
});

describe('builder: snippet text', () => {
  it('escapes < in inline JSON so </script> in data cannot close the script', () => {
    const json = scriptSafeJson({ a: '</script><script>x()</script>', b: '<!--' });
    expect(json).to.equal('{"a":"\\u003c/script>\\u003cscript>x()\\u003c/script>","b":"\\u003c!--"}');
    expect(JSON.parse(json)).to.deep.equal({ a: '</script><script>x()</script>', b: '<!--' });
  });

  it('writes script, element, attributes, fallback link and inline data', () => {
    const text = widgetSnippet({
      scriptUrl: 'https://desa.example/kpm-widgets.js',
      tag: 'kpm-budget-chart',
      attributes: [['lang', 'id'], ['view', 'belanja'], ['year', ''], ['version', 'a"b']],
      accent: '#aa0000',
      fallback: { href: 'https://desa.example/apbdes.pdf?a=1&b=2', text: 'APBDes <2025>' },
      data: { inline: { x: '<' } },
    });
    expect(text).to.equal(
      '<script src="https://desa.example/kpm-widgets.js" defer></script>\n' +
        '<kpm-budget-chart lang="id" view="belanja" version="a&quot;b" style="--kpm-color-accent: #aa0000">\n' +
        '  <a href="https://desa.example/apbdes.pdf?a=1&amp;b=2">APBDes &lt;2025&gt;</a>\n' +
        '  <script type="application/json">{"x":"\\u003c"}</script>\n' +
        '</kpm-budget-chart>\n',
    );
  });

  it('points src at the data file and falls back to text without a PDF', () => {
    const text = widgetSnippet({
      scriptUrl: '/k.js', tag: 'kpm-scorecard', attributes: [['lang', 'en']], accent: null,
      fallback: { href: null, text: 'Data' }, data: { src: 'kpm-data.json' },
    });
    expect(text).to.equal('<script src="/k.js" defer></script>\n<kpm-scorecard lang="en" src="kpm-data.json">\n  <p>Data</p>\n</kpm-scorecard>\n');
  });

  it('loads the on-demand loader as a module script, anything else as a deferred classic script', () => {
    const snippet = (scriptUrl: string) =>
      widgetSnippet({ scriptUrl, tag: 'kpm-scorecard', attributes: [], accent: null, fallback: { href: null, text: 'Data' }, data: { src: 'd.json' } }).split('\n')[0];
    expect(snippet('https://desa.example/autoload/kpm-autoload.js')).to.equal('<script type="module" src="https://desa.example/autoload/kpm-autoload.js"></script>');
    expect(snippet('kpm-autoload.js?v=2')).to.equal('<script type="module" src="kpm-autoload.js?v=2"></script>');
    expect(snippet('https://desa.example/not-kpm-autoload.js')).to.equal('<script src="https://desa.example/not-kpm-autoload.js" defer></script>');
    expect(snippet('https://desa.example/kpm-widgets.js?a=1&b=2')).to.equal('<script src="https://desa.example/kpm-widgets.js?a=1&amp;b=2" defer></script>');
  });

  it('builds the iframe URL by the embed contract', () => {
    const text = iframeSnippet({
      embedUrl: 'https://x.example/app/embed.html', widget: 'budget-chart', src: 'https://desa.example/d.json',
      params: [['lang', 'id'], ['view', ''], ['year', '2025'], ['accent', '#aa0000']], frame: 'kpm-budget-chart', title: 'A "B"', height: 640,
    });
    expect(text).to.equal(
      '<iframe id="kpm-budget-chart" src="https://x.example/app/embed.html?widget=budget-chart&amp;src=https%3A%2F%2Fdesa.example%2Fd.json&amp;lang=id&amp;year=2025&amp;accent=%23aa0000&amp;frame=kpm-budget-chart" ' +
        'title="A &quot;B&quot;" width="100%" height="640" loading="lazy"></iframe>\n',
    );
    expect(escapeHtml(`<a href="x">&</a>`)).to.equal('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});

describe('builder: input, hints, merge, file names', () => {
  it('tells JSON from CSV and refuses empty and binary text', () => {
    expect(textKind('\ufeff  {"a":1}')).to.equal('json');
    expect(textKind('tahun;anggaran')).to.equal('csv');
    expect(readText('  \n', 'x')).to.deep.equal({ ok: false, problem: 'empty', name: 'x' });
    expect(readText('PK\u0003\u0004\u0000\u0000', 'x')).to.deep.equal({ ok: false, problem: 'binary', name: 'x' });
    expect(looksBinary('\ufffd'.repeat(10) + 'a'.repeat(90))).to.equal(true);
    expect(looksBinary('Rp 1.000 \u2013 é'.repeat(10))).to.equal(false);
    // A binary file that is not UTF-8 is read as windows-1252: it shows as control characters.
    expect(looksBinary('\u0089PNG\r\n\u001a\n\u0001\u0002\u0003\u0004'.repeat(10) + 'a'.repeat(100))).to.equal(true);
  });

  it('reads a file as Excel saved it: windows-1252 and UTF-16 as well as UTF-8', async () => {
    const lines = (r: Awaited<ReturnType<typeof readFile>>) => (r.ok ? r.text.split('\r\n') : [r.problem]);
    for (const name of ['windows-1252.csv', 'utf-16le.csv']) {
      const bytes = await (await fetch(`/__test__/file?path=budget/${name}`)).arrayBuffer();
      const read = await readFile(new File([bytes], name));
      expect(lines(read)[1], name).to.contain('Hasil Usaha Desa – Kafé ‘Sukamaju’');
      expect(lines(read)[1], name).to.contain('Rp\u00a012.000.000');
      expect(read.ok && read.kind, name).to.equal('csv');
    }
  });

  it('has a hint per known code in both languages and a generic one for unknown codes', () => {
    expect(issueHint('csv_fraction', 'id')).to.equal('Bulatkan ke rupiah penuh dan hapus ",50" di belakang.');
    expect(issueHint('csv_fraction', 'en')).to.equal('Round to whole rupiah and remove the ",50" at the end.');
    expect(issueHint('made_up_code', 'en')).to.equal('Check the field at the place shown and compare it with the example data.');
    expect(issueHint('constructor', 'en')).to.equal(issueHint('made_up_code', 'en'));
  });

  it('replaces entities with the same id and keeps the rest', () => {
    const merged = mergeDatasets(
      { schemaVersion: '0.1.0', desa: { nama: 'A' }, apbdes: [{ id: 'a1', n: 1 }, { id: 'a2', n: 2 }], kegiatan: [{ id: 'k' }] },
      { schemaVersion: '9', desa: { nama: 'B' }, generatedAt: 'T', apbdes: [{ id: 'a2', n: 3 }, { id: 'a3', n: 4 }] },
    );
    expect(merged).to.deep.equal({
      schemaVersion: '0.1.0', desa: { nama: 'A' }, generatedAt: 'T',
      apbdes: [{ id: 'a1', n: 1 }, { id: 'a2', n: 3 }, { id: 'a3', n: 4 }], kegiatan: [{ id: 'k' }],
    });
  });

  it('names the dataset file after the village and year', async () => {
    const d = await loadExample();
    expect(datasetFileName(d, 2024)).to.equal('desa-sukamaju-2024.json');
    d.desa.nama = 'Nagari Koto Baru (Ék)';
    expect(datasetFileName(d, undefined)).to.equal('desa-nagari-koto-baru-ek-2025.json');
  });

  it('turns spreadsheet cells into CSV cells', () => {
    expect(xlsxCell(new Date(Date.UTC(2025, 5, 30)))).to.equal('2025-06-30');
    expect(xlsxCell(12_000_000)).to.equal(12_000_000);
    expect(xlsxCell(null)).to.equal('');
    expect(xlsxCell(true)).to.equal('true');
  });
});

describe('builder: imports with places', () => {
  it('places CSV paths on their row and column', () => {
    expect(csvPlace('csv[12].anggaran')).to.deep.equal({ row: 12, column: 'anggaran' });
    expect(csvPlace('csv[1]')).to.deep.equal({ row: 1 });
    expect(csvPlace('csv')).to.equal(null);
  });

  it('reports a broken JSON at its line and column', () => {
    const o = importJson('{\n  "a": 1,\n  "b": [1 2]\n}');
    expect(o.ok).to.equal(false);
    expect(o.issues.map((i) => [i.code, i.place])).to.deep.equal([['json_syntax', { line: 3, column: 11 }]]);
  });

  it('places a wrong field of a pretty-printed dataset on its line', async () => {
    const d = await loadExample();
    d.apbdes[0].baris[2].anggaran = 'banyak';
    const text = JSON.stringify(d, null, 2);
    const o = importJson(text);
    const issue = o.issues.find((i) => i.path === 'apbdes[0].baris[2].anggaran')!;
    expect(issue.severity).to.equal('error');
    const line = text.split('\n').findIndex((l) => l.includes('"anggaran": "banyak"')) + 1;
    expect(line).to.be.greaterThan(10);
    // Keys of a line item sit at depth 5 of two-space indentation.
    expect(issue.place).to.deep.equal({ line, column: 11 });
  });

  it('keeps CSV rows through a merge into a loaded dataset', async () => {
    const current = (await loadExample());
    const text = 'tahun;versi;kode_rekening;uraian;sumber_dana;anggaran\n2030;murni;4.2.1;Dana Desa;dana_desa;1.000\n2030;murni;4.2.1;Dana Desa;dana_desa;2.000\n';
    const o = importCsv(text, { ...csvOpts, current, merge: true });
    expect(o.data!.apbdes!.length).to.equal(current.apbdes.length + 1);
    expect(o.data!.desa.nama).to.equal(current.desa.nama);
    expect((o.data!.kegiatan ?? []).length).to.equal(current.kegiatan.length);
  });

  it('places a validator issue about a budget line on the row the line came from', () => {
    const text = 'tahun;kode_rekening;kode_kegiatan;uraian;sumber_dana;anggaran\n2025;4.2.1;;Dana Desa;dana_desa;1.000\n\n2025;5.3.5;;Jalan;dana_desa;1.000\n';
    const o = importCsv(text, csvOpts);
    const issue = o.issues.find((i) => i.code === 'missing_kode_kegiatan')!;
    expect([issue.path, issue.place]).to.deep.equal(['apbdes[0].baris[1].kodeKegiatan', { row: 4 }]);
  });

  it('reads a kegiatan CSV by its header and places its issues on their rows', () => {
    const text = 'tahun;bidang;nama;status\n2025;2;Jalan desa;berjalan\n2025;9;Sumur;berjalan\n2025;3;Posyandu;entah\n';
    const o = importCsv(text, csvOpts);
    expect(o.source).to.equal('kegiatan');
    const rows = o.issues.filter((i) => i.severity === 'error').map((i) => (i.place && 'row' in i.place ? i.place.row : null));
    expect(rows).to.deep.equal([3, 4]);
  });
});
