import { expect } from '@open-wc/testing';
import { detectCsvKind } from '../../src/schema/import/detect-csv-kind.js';

const fetchText = async (url: string) => (await fetch(url)).text();

describe('schema/import/detect-csv-kind: detectCsvKind', () => {
  it('tells the two shipped templates and the broken fixtures apart', async () => {
    expect(detectCsvKind(await fetchText('/examples/templates/apbdes-template.csv'))).to.equal('apbdes');
    expect(detectCsvKind(await fetchText('/examples/templates/kegiatan-template.csv'))).to.equal('kegiatan');
    expect(detectCsvKind(await fetchText('/test/fixtures/budget/bad-rows.csv'))).to.equal('apbdes');
    expect(detectCsvKind(await fetchText('/test/fixtures/kegiatan/bad-rows.csv'))).to.equal('kegiatan');
  });

  it('reads the headers admins write: aliases, title case, `,` or `;`, a BOM or a `sep=` line', () => {
    expect(detectCsvKind('\ufeffTahun Anggaran;Kd Rek;Uraian;Pagu\n2025;4.2.1;DD;1.000')).to.equal('apbdes');
    expect(detectCsvKind('sep=,\r\nTahun,Kode Kegiatan,Nama Kegiatan,Status Kegiatan\r\n')).to.equal('kegiatan');
    // `Kode` and `Nama` fit both templates; the status column settles it.
    expect(detectCsvKind('Tahun,Kode,Nama,Status,Anggaran\n')).to.equal('kegiatan');
    expect(detectCsvKind('Tahun,Kode,Nama,Anggaran\n')).to.equal('apbdes');
  });

  it('finds the header below report title rows, with or without separators on them', () => {
    expect(detectCsvKind('DAFTAR KEGIATAN DESA SUKAMAJU TAHUN 2025;;;;\n;;;;\ntahun;kode_kegiatan;nama;status;anggaran\n2025;2.3.10;Rabat;Berjalan;1\n'))
      .to.equal('kegiatan');
    expect(detectCsvKind('PEMERINTAH DESA SUKAMAJU\nAPBDES 2025\ntahun,kode_rekening,uraian,anggaran\n2025,4.2.1,DD,1\n')).to.equal('apbdes');
  });

  it('names the closer template for an incomplete header, so its importer can say what is missing', () => {
    expect(detectCsvKind('tahun;nama;status;dusun\n')).to.equal('kegiatan');
    expect(detectCsvKind('tahun;kode_rekening;uraian\n')).to.equal('apbdes');
  });

  it('gives no answer for an empty file, an unrelated table or a tie', () => {
    expect(detectCsvKind('')).to.equal(null);
    expect(detectCsvKind('\n\n')).to.equal(null);
    expect(detectCsvKind('nik;nama_lengkap;alamat\n1;Budi;Krajan\n')).to.equal(null);
    expect(detectCsvKind('tahun\n2025\n')).to.equal(null);
    expect(detectCsvKind('tahun;anggaran\n')).to.equal(null);
  });
});
