import { expect } from '@open-wc/testing';
import { validateDataset } from '../../src/schema/index.js';
import type { Severity } from '../../src/schema/issues.js';
import { brief, expectReadableMessages, loadExample, mutate } from './helpers.js';

before(loadExample);

type Case = [name: string, edit: (d: any) => void, path: string, severity: Severity, code: string];

const firstIndex = (list: any[], test: (x: any) => boolean) => {
  const i = list.findIndex(test);
  if (i < 0) throw new Error('the example lacks what this case needs');
  return i;
};

// Each case breaks exactly one thing in a copy of the example and names the one issue it
// must produce: its exact path, severity and code.
const cases: Case[] = [
  // wrong types
  ['anggaran as text', (d) => { d.apbdes[0].baris[0].anggaran = '1000'; }, 'apbdes[0].baris[0].anggaran', 'error', 'invalid_type'],
  ['tahun as text', (d) => { d.kegiatan[1].tahun = '2025'; }, 'kegiatan[1].tahun', 'error', 'invalid_type'],
  ['tampilkanNama as "ya"', (d) => { d.usulan[0].pengusul.tampilkanNama = 'ya'; }, 'usulan[0].pengusul.tampilkanNama', 'error', 'invalid_type'],
  ['lisensi as a number', (d) => { d.lisensi = 5; }, 'lisensi', 'error', 'invalid_type'],
  ['desa.nama as an object', (d) => { d.desa.nama = { teks: 'Sukamaju' }; }, 'desa.nama', 'error', 'invalid_type'],
  ['kegiatan as an object', (d) => { d.kegiatan = {}; }, 'kegiatan', 'error', 'invalid_type'],
  ['an apbdes that is null', (d) => { d.apbdes[1] = null; }, 'apbdes[1]', 'error', 'invalid_type'],
  ['criterion name as a number', (d) => { d.kerangkaPenilaian[0].kriteria[0].nama = 5; }, 'kerangkaPenilaian[0].kriteria[0].nama', 'error', 'invalid_type'],
  ['schemaVersion as a number', (d) => { d.schemaVersion = 1; }, 'schemaVersion', 'error', 'invalid_type'],
  // money
  ['negative anggaran', (d) => { d.apbdes[0].baris[0].anggaran = -1; }, 'apbdes[0].baris[0].anggaran', 'error', 'too_small'],
  ['fractional anggaran', (d) => { d.apbdes[0].baris[1].anggaran = 1000.5; }, 'apbdes[0].baris[1].anggaran', 'error', 'not_integer'],
  ['anggaran above 1e13', (d) => { d.apbdes[1].baris[2].anggaran = 1e13 + 1; }, 'apbdes[1].baris[2].anggaran', 'error', 'too_big'],
  ['negative kegiatan total', (d) => { d.kegiatan[0].anggaran.total = -5; }, 'kegiatan[0].anggaran.total', 'error', 'too_small'],
  ['fractional partnership value', (d) => { d.kemitraan[0].nilai.jumlah = 2.5; }, 'kemitraan[0].nilai.jumlah', 'error', 'not_integer'],
  ['fractional realisasi', (d) => { d.apbdes[0].baris[0].realisasi[0].jumlah = 10.25; }, 'apbdes[0].baris[0].realisasi[0].jumlah', 'error', 'not_integer'],
  // codes and ids
  ['kodeRekening 7.1.1', (d) => { d.apbdes[0].baris[0].kodeRekening = '7.1.1'; }, 'apbdes[0].baris[0].kodeRekening', 'error', 'invalid_format'],
  ['kodeRekening with a 3-digit objek', (d) => { d.apbdes[0].baris[0].kodeRekening = '4.2.1.001'; }, 'apbdes[0].baris[0].kodeRekening', 'error', 'invalid_format'],
  ['kodeKegiatan in Siskeudes form', (d) => { d.kegiatan[0].kodeKegiatan = '02.03.10.'; }, 'kegiatan[0].kodeKegiatan', 'error', 'invalid_format'],
  ['subBidang without the sub part', (d) => { d.kegiatan[0].subBidang = '2'; }, 'kegiatan[0].subBidang', 'error', 'invalid_format'],
  ['id with capitals and spaces', (d) => { d.kegiatan[0].id = 'Kegiatan Satu'; }, 'kegiatan[0].id', 'error', 'invalid_format'],
  ['id starting with a dash', (d) => { d.organisasi[0].id = '-org'; }, 'organisasi[0].id', 'error', 'invalid_format'],
  ['id longer than 64', (d) => { d.forum[0].id = 'a'.repeat(65); }, 'forum[0].id', 'error', 'invalid_format'],
  ['kodeWilayah segment 4xxx', (d) => { d.desa.kodeWilayah = '33.99.01.4001'; }, 'desa.kodeWilayah', 'error', 'invalid_format'],
  ['kecamatan code too short', (d) => { d.desa.kecamatan.kode = '33.99.1'; }, 'desa.kecamatan.kode', 'error', 'invalid_format'],
  // dates and timestamps
  ['2025-02-30', (d) => { d.kegiatan[0].jadwal.mulai = '2025-02-30'; }, 'kegiatan[0].jadwal.mulai', 'error', 'invalid_date'],
  ['2025-13-01', (d) => { d.apbdes[0].tanggalPenetapan = '2025-13-01'; }, 'apbdes[0].tanggalPenetapan', 'error', 'invalid_date'],
  ['30/06/2025', (d) => { d.forum[0].tanggal = '30/06/2025'; }, 'forum[0].tanggal', 'error', 'invalid_date'],
  ['generatedAt as a date', (d) => { d.generatedAt = '2025-10-06'; }, 'generatedAt', 'error', 'invalid_timestamp'],
  ['timestamp without offset', (d) => { d.usulan[0].persetujuan.tanggal = '2024-06-08T20:00:00'; }, 'usulan[0].persetujuan.tanggal', 'error', 'invalid_timestamp'],
  ['year 1999', (d) => { d.apbdes[0].tahunAnggaran = 1999; }, 'apbdes[0].tahunAnggaran', 'error', 'too_small'],
  // enums
  ['kegiatan status "sedang"', (d) => { d.kegiatan[0].status = 'sedang'; }, 'kegiatan[0].status', 'error', 'invalid_value'],
  ['apbdes versi "final"', (d) => { d.apbdes[0].versi = 'final'; }, 'apbdes[0].versi', 'error', 'invalid_value'],
  ['desa jenis "kota"', (d) => { d.desa.jenis = 'kota'; }, 'desa.jenis', 'error', 'invalid_value'],
  ['sumberDana "apbn"', (d) => { d.apbdes[0].baris[0].sumberDana = 'apbn'; }, 'apbdes[0].baris[0].sumberDana', 'error', 'invalid_value'],
  ['bidang 6', (d) => { d.kegiatan[1].bidang = 6; }, 'kegiatan[1].bidang', 'error', 'invalid_value'],
  ['zonaWaktu Asia/Bali', (d) => { d.desa.zonaWaktu = 'Asia/Bali'; }, 'desa.zonaWaktu', 'error', 'invalid_value'],
  ['geometry of type Circle', (d) => { d.kegiatan[0].lokasi.geometri = { type: 'Circle' }; }, 'kegiatan[0].lokasi.geometri.type', 'error', 'invalid_value'],
  ['simpanData false', (d) => { d.usulan[0].persetujuan.simpanData = false; }, 'usulan[0].persetujuan.simpanData', 'error', 'invalid_value'],
  // missing required fields
  ['no tahunAnggaran', (d) => { delete d.apbdes[0].tahunAnggaran; }, 'apbdes[0].tahunAnggaran', 'error', 'required'],
  ['no kegiatan nama', (d) => { delete d.kegiatan[0].nama; }, 'kegiatan[0].nama', 'error', 'required'],
  ['no kodeWilayah', (d) => { delete d.desa.kodeWilayah; }, 'desa.kodeWilayah', 'error', 'required'],
  ['no generatedAt', (d) => { delete d.generatedAt; }, 'generatedAt', 'error', 'required'],
  ['no sumber.sistem', (d) => { delete d.sumber.sistem; }, 'sumber.sistem', 'error', 'required'],
  ['no kegiatan status', (d) => { delete d.kegiatan[2].status; }, 'kegiatan[2].status', 'error', 'required'],
  ['no bukti list', (d) => { delete d.penilaianKpm[0].kriteria[0].bukti; }, 'penilaianKpm[0].kriteria[0].bukti', 'error', 'required'],
  ['no desa', (d) => { delete d.desa; }, 'desa', 'error', 'required'],
  ['Teks object without id', (d) => { d.kerangkaPenilaian[0].nama = { en: 'Eight criteria' }; }, 'kerangkaPenilaian[0].nama.id', 'error', 'required'],
  // lengths and ranges
  ['empty baris', (d) => { d.apbdes[0].baris = []; }, 'apbdes[0].baris', 'error', 'too_small'],
  ['no partner roles', (d) => { d.kemitraan[0].peran = []; }, 'kemitraan[0].peran', 'error', 'too_small'],
  ['judul of 121 characters', (d) => { d.usulan[0].judul = 'j'.repeat(121); }, 'usulan[0].judul', 'error', 'too_big'],
  ['latitude 95', (d) => { d.desa.koordinat.lat = 95; }, 'desa.koordinat.lat', 'error', 'too_big'],
  ['progress 120 %', (d) => { d.kegiatan[0].progres[0].persenFisik = 120; }, 'kegiatan[0].progres[0].persenFisik', 'error', 'too_big'],
  ['score 2.5', (d) => { d.penilaianKpm[0].kriteria[0].skor = 2.5; }, 'penilaianKpm[0].kriteria[0].skor', 'error', 'not_integer'],
  // URLs from data
  ['javascript: dokumenUrl', (d) => { d.apbdes[0].dokumenUrl = 'javascript:alert(1)'; }, 'apbdes[0].dokumenUrl', 'error', 'invalid_url'],
  ['data: website', (d) => { d.desa.kontak.website = 'data:text/html,<script>alert(1)</script>'; }, 'desa.kontak.website', 'error', 'invalid_url'],
  ['photo URL with a leading space', (d) => { d.kegiatan[0].progres[1].fotoUrl[0] = ' https://x.example/a.jpg'; }, 'kegiatan[0].progres[1].fotoUrl[0]', 'error', 'invalid_url'],
  ['javascript: boundary url', (d) => { d.desa.batasWilayah = { url: 'javascript:x' }; }, 'desa.batasWilayah.url', 'error', 'invalid_url'],
  // versions
  ['schemaVersion 2.0.0', (d) => { d.schemaVersion = '2.0.0'; }, 'schemaVersion', 'error', 'unsupported_schema_version'],
  ['schemaVersion v0.1', (d) => { d.schemaVersion = 'v0.1'; }, 'schemaVersion', 'error', 'invalid_schema_version'],
  // unknown fields
  ['typo anggran', (d) => { d.apbdes[0].baris[0].anggran = 5; }, 'apbdes[0].baris[0].anggran', 'warning', 'unknown_field'],
  ['unknown desa field', (d) => { d.desa.namaDesa = 'Sukamaju'; }, 'desa.namaDesa', 'warning', 'unknown_field'],
  ['unknown top-level field', (d) => { d.anggaran = []; }, 'anggaran', 'warning', 'unknown_field'],
  ['unknown field inside a nested object', (d) => { d.kegiatan[0].pelaksana.telepon = '0812'; }, 'kegiatan[0].pelaksana.telepon', 'warning', 'unknown_field'],
];

describe('validateDataset rejects', () => {
  it('has at least 40 one-change cases', () => {
    expect(cases.filter((c) => c[3] === 'error').length).to.be.at.least(40);
  });

  for (const [name, edit, path, severity, code] of cases) {
    it(`${name} → ${severity} ${code} at ${path}`, () => {
      const result = validateDataset(mutate(edit));
      const at = result.issues.filter((i) => i.path === path);
      expect(at.map(brief), result.issues.map(brief).join('\n')).to.deep.equal([`${severity} ${code} ${path}`]);
      expect(result.ok).to.equal(severity !== 'error');
      expectReadableMessages(result.issues);
    });
  }

  it('a 5.x line with a bad kodeKegiatan', () => {
    const data = mutate(() => {});
    const i = firstIndex(data.apbdes[0].baris, (b: any) => b.kodeKegiatan);
    data.apbdes[0].baris[i].kodeKegiatan = '2.3.1';
    const result = validateDataset(data);
    expect(result.issues.map(brief)).to.include(`error invalid_format apbdes[0].baris[${i}].kodeKegiatan`);
  });

  it('an RPJMDes period of 5 years', () => {
    const data = mutate(() => {});
    const i = firstIndex(data.dokumenPerencanaan, (x: any) => x.jenis === 'rpjmdes');
    data.dokumenPerencanaan[i].periode = { tahunMulai: 2024, tahunSelesai: 2028 };
    const result = validateDataset(data);
    expect(result.issues.map(brief)).to.include(`error invalid_period dokumenPerencanaan[${i}].periode`);
  });

  it('names what was expected and what was found', () => {
    const result = validateDataset(mutate((d) => { d.apbdes[0].baris[0].anggaran = 1000.5; }));
    const issue = result.issues.find((i) => i.path === 'apbdes[0].baris[0].anggaran')!;
    expect(issue.message.id).to.include('harus bilangan bulat ≥ 0 (rupiah tanpa desimal)');
    expect(issue.message.id).to.include('ditemukan 1000.5');
    expect(issue.message.en).to.include('must be a whole number ≥ 0 (rupiah, no decimals)');
    expect(issue.message.en).to.include('found 1000.5');
  });

  it('shortens a long value it quotes', () => {
    const result = validateDataset(mutate((d) => { d.apbdes[0].dokumenUrl = `javascript:${'x'.repeat(500)}`; }));
    const issue = result.issues.find((i) => i.path === 'apbdes[0].dokumenUrl')!;
    expect(issue.message.en.length).to.be.below(200);
    expect(issue.message.en).to.include('…');
  });

  it('suggests the field a typo meant', () => {
    const result = validateDataset(mutate((d) => { d.apbdes[0].baris[0].anggran = 5; }));
    const issue = result.issues.find((i) => i.code === 'unknown_field')!;
    expect(issue.message.id).to.include('"anggaran"');
    expect(issue.message.en).to.include('did you mean "anggaran"');
  });

  it('reports an unsupported version with both versions named', () => {
    const result = validateDataset(mutate((d) => { d.schemaVersion = '2.0.0'; }));
    const issue = result.issues.find((i) => i.code === 'unsupported_schema_version')!;
    expect(issue.message.en).to.include('2.0.0');
    expect(issue.message.en).to.include('0.1.0');
    expect(result.data).to.equal(null);
  });

  it('accepts money of exactly 1e13 and a 4th-level kodeRekening shape', () => {
    const result = validateDataset(mutate((d) => {
      d.kemitraan[0].nilai.jumlah = 1e13;
      d.apbdes[0].baris[0].kodeRekening = '4.2.1.01';
    }));
    const structural = result.issues.filter((i) => ['kemitraan[0].nilai.jumlah', 'apbdes[0].baris[0].kodeRekening'].includes(i.path));
    expect(structural.map(brief)).to.deep.equal([]);
  });
});
