/**
 * The kegiatan spreadsheet template (docs/kegiatan-csv.md) to a dataset: one row per
 * kegiatan, with its plan, place, budget and latest physical progress. Nested histories
 * (progress logs, realisation snapshots, geometry, links to other entities) stay in JSON.
 * Rows that cannot be read are reported by spreadsheet row and column and left out; the
 * result is dataset input, still to be validated.
 */
import { makeIssue, type LocalizedText, type ValidationIssue } from '../issues.js';
import {
  LABEL_BIDANG, LABEL_JENIS_PEKERJAAN, LABEL_JENIS_PELAKSANA, LABEL_POLA_PELAKSANAAN, LABEL_SIFAT_KEGIATAN,
  LABEL_STATUS_KEGIATAN, LABEL_SUMBER_RENCANA, type Bidang,
} from '../entities/enums.js';
import type { Dusun, KpmDesaDataset } from '../entities/index.js';
import { normalizeKodeBidangSiskeudes, normalizeKodeKegiatanSiskeudes, subBidangOfKegiatan } from '../codes/bidang.js';
import { parseAmount, parseCount, parseDerajat, parsePersen, parseRupiah } from './cell-values.js';
import { readSheet, SheetRow, type SheetSpec } from './csv-sheet.js';
import { fillDownYear, reportTotalRows, TOTAL_ROW } from './sheet-records.js';
import { csvDesa, csvEnvelope, type CsvVillageOptions } from './csv-village.js';
import { readLabelled, readSumberDana } from './labelled-cells.js';
import { STATUS_SYNONYMS, SUMBER_RENCANA_SYNONYMS } from './cell-synonyms.js';
import { readFractions, type ProgresCell } from './progres-fractions.js';
import { listRows, type Consequence } from './row-findings.js';

/** The template's columns, in the order the template file writes them. */
export const KEGIATAN_CSV_COLUMNS = [
  'id', 'tahun', 'kode_kegiatan', 'bidang', 'nama', 'deskripsi', 'status', 'sumber_rencana',
  'jenis_pekerjaan', 'sifat', 'pola_pelaksanaan', 'jenis_pelaksana', 'pelaksana',
  'dusun', 'rt', 'rw', 'lokasi', 'lintang', 'bujur', 'volume', 'satuan', 'keluaran', 'sasaran',
  'penerima_laki_laki', 'penerima_perempuan', 'penerima_rtm', 'penerima_disabilitas', 'penerima_kk',
  'sumber_dana', 'anggaran', 'anggaran_semula', 'mulai', 'selesai', 'progres', 'progres_tanggal',
] as const;
export type KegiatanCsvColumn = (typeof KEGIATAN_CSV_COLUMNS)[number];

/** Other headers admins write for the same column (after `normalizeHeader`). */
export const KEGIATAN_CSV_ALIASES: Readonly<Record<string, KegiatanCsvColumn>> = {
  id_kegiatan: 'id',
  tahun_anggaran: 'tahun', ta: 'tahun', year: 'tahun',
  kode: 'kode_kegiatan', kd_keg: 'kode_kegiatan', kode_keg: 'kode_kegiatan', kd_kegiatan: 'kode_kegiatan',
  kode_bidang: 'bidang', kd_bidang: 'bidang',
  nama_kegiatan: 'nama', kegiatan: 'nama', uraian: 'nama', uraian_kegiatan: 'nama',
  keterangan: 'deskripsi', uraian_singkat: 'deskripsi',
  status_kegiatan: 'status',
  sumber_perencanaan: 'sumber_rencana', dokumen_perencanaan: 'sumber_rencana',
  sifat_kegiatan: 'sifat', sifat_proyek: 'sifat',
  pola: 'pola_pelaksanaan',
  nama_pelaksana: 'pelaksana', pelaksana_kegiatan: 'pelaksana',
  nama_dusun: 'dusun',
  lokasi_kegiatan: 'lokasi', keterangan_lokasi: 'lokasi', alamat: 'lokasi',
  lat: 'lintang', latitude: 'lintang', lng: 'bujur', lon: 'bujur', longitude: 'bujur',
  laki_laki: 'penerima_laki_laki', pria: 'penerima_laki_laki', perempuan: 'penerima_perempuan', wanita: 'penerima_perempuan',
  rtm: 'penerima_rtm', rumah_tangga_miskin: 'penerima_rtm', disabilitas: 'penerima_disabilitas', kk: 'penerima_kk', jumlah_kk: 'penerima_kk',
  sumber: 'sumber_dana', sumberdana: 'sumber_dana',
  pagu: 'anggaran', anggaran_rp: 'anggaran', nilai: 'anggaran', menjadi: 'anggaran', semula: 'anggaran_semula',
  tanggal_mulai: 'mulai', tgl_mulai: 'mulai', rencana_mulai: 'mulai', jadwal_mulai: 'mulai',
  tanggal_selesai: 'selesai', tgl_selesai: 'selesai', rencana_selesai: 'selesai', jadwal_selesai: 'selesai',
  progres_fisik: 'progres', persen_fisik: 'progres', kemajuan: 'progres', realisasi_fisik: 'progres',
  tanggal_progres: 'progres_tanggal', progres_per: 'progres_tanggal', per_tanggal: 'progres_tanggal',
};

export const KEGIATAN_CSV_SPEC: SheetSpec<KegiatanCsvColumn> = {
  columns: KEGIATAN_CSV_COLUMNS,
  aliases: KEGIATAN_CSV_ALIASES,
  required: ['tahun', 'nama', 'status', ['kode_kegiatan', 'bidang']],
  rowNoun: { id: 'baris kegiatan', en: 'activity rows' },
  dates: ['mulai', 'selesai', 'progres_tanggal'],
};

/** The same village options as the budget import, so a caller can treat both alike. */
export type KegiatanCsvOptions = CsvVillageOptions;

export interface KegiatanCsvResult {
  /** Dataset input for `validateDataset` (not yet validated); null when the file has no usable header. */
  data: KpmDesaDataset | null;
  issues: ValidationIssue[];
  /** For `kegiatan[i]`, the spreadsheet row it came from (the header is row 1). */
  rows: number[];
}

const MAX_ID = 64;

/**
 * What an unreadable optional cell takes out of its kegiatan, said in its error (for one row,
 * and for a group of rows with the same error): the kegiatan stays, as a budget line does when
 * its realisation date cannot be read (budget-csv.ts).
 */
const kept = (one: LocalizedText, many: LocalizedText): Consequence => ({
  one: { id: `${one.id} tidak dicatat; kegiatan tetap diimpor`, en: `${one.en} is left out; the activity is still imported` },
  many: { id: `${many.id} tidak dicatat; kegiatannya tetap diimpor`, en: `${many.en} are left out; the activities are still imported` },
});
const LOST = {
  titik: kept({ id: 'titik lokasi', en: 'the point location' }, { id: 'titik lokasi', en: 'the point locations' }),
  volume: kept({ id: 'volume', en: 'the volume' }, { id: 'volume', en: 'the volumes' }),
  penerima: kept({ id: 'jumlah penerima ini', en: 'this beneficiary count' }, { id: 'jumlah penerima itu', en: 'these beneficiary counts' }),
  semula: kept({ id: 'anggaran semula', en: 'the original budget' }, { id: 'anggaran semula', en: 'the original budgets' }),
  tanggal: kept({ id: 'tanggal ini', en: 'this date' }, { id: 'tanggal-tanggal itu', en: 'these dates' }),
  progres: kept({ id: 'progres', en: 'the progress' }, { id: 'progres', en: 'the progress figures' }),
} as const;

/** `Pengerasan Jalan (Rabat Beton)` → `pengerasan-jalan-rabat-beton`. */
function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** An id from year, code and name, cut at a word so it stays within 64 characters. */
function generatedId(tahun: number, kode: string | undefined, nama: string): string {
  const base = `keg-${tahun}-${kode ? `${kode.replace(/\./g, '-')}-` : ''}${slug(nama) || 'kegiatan'}`;
  return fitId(base, '');
}

function fitId(base: string, suffix: string): string {
  if (base.length + suffix.length <= MAX_ID) return base + suffix;
  const cut = base.slice(0, MAX_ID - suffix.length);
  const atWord = cut.lastIndexOf('-');
  return (atWord > 8 ? cut.slice(0, atWord) : cut).replace(/-+$/, '') + suffix;
}

/** `2`, `02`, Siskeudes `00.0000.02`, or the bidang's name. */
function readBidang(cell: string): Bidang | undefined {
  if (/^(?:\d+\.\d+\.)?\d{1,2}\.?$/.test(cell)) return normalizeKodeBidangSiskeudes(cell) as Bidang | undefined;
  const key = readLabelled(cell, LABEL_BIDANG as Readonly<Record<string, { id: string; en: string }>>);
  return key === undefined ? undefined : (Number(key) as Bidang);
}

/** `02, 03, 04`, `02/03` or `02 03` → `['02', '03', '04']`, as written (leading zeros kept). */
const list = (cell: string) => cell.split(/[\s,;/]+/).filter((x) => x !== '');

/** `Dusun Krajan` → `Krajan`. */
const dusunName = (cell: string) => cell.replace(/^(?:dusun|dsn)\.?[\s-]+/i, '').trim();

/**
 * Hamlets by what rows call them: the profile's own list (matched by id or name), or, when
 * the profile has none, one built from the names the rows use.
 */
class DusunBook {
  private readonly found = new Map<string, Dusun>();

  constructor(private readonly known: readonly Dusun[] | undefined) {}

  /** The dusun id a cell names; undefined when the profile's list has no such hamlet. */
  idOf(cell: string): string | undefined {
    const name = dusunName(cell).toLowerCase();
    if (this.known) {
      return this.known.find((d) => d.id === cell.trim() || d.nama.toLowerCase() === name || dusunName(d.nama).toLowerCase() === name)?.id;
    }
    const id = `dsn-${slug(name) || 'dusun'}`;
    if (!this.found.has(id)) this.found.set(id, { id, nama: dusunName(cell) });
    return id;
  }

  get knownNames(): string {
    return (this.known ?? []).map((d) => d.nama).join(', ');
  }

  get added(): Dusun[] {
    return [...this.found.values()];
  }
}

export function kegiatanCsvToDataset(text: string, options: KegiatanCsvOptions): KegiatanCsvResult {
  const issues: ValidationIssue[] = [];
  const sheet = readSheet(text, KEGIATAN_CSV_SPEC, issues);
  if (!sheet) return { data: null, issues, rows: [] };
  const isTotal = (cells: SheetRow<KegiatanCsvColumn>) =>
    cells.get('kode_kegiatan') === '' && cells.get('bidang') === '' && TOTAL_ROW.test(cells.get('nama'));
  fillDownYear(sheet.records, sheet.columnAt.get('tahun'), issues, (record) => isTotal(new SheetRow(record, sheet)));

  const profileDusun = options.desa?.dusun?.length ? options.desa.dusun : undefined;
  const dusun = new DusunBook(profileDusun);
  // Ids written in the sheet are claimed first, so a generated id never takes one of them.
  const idCol = sheet.columnAt.get('id');
  const written = new Set(idCol === undefined ? [] : sheet.records.map((r) => (r.cells[idCol] ?? '').trim()).filter((x) => x !== ''));
  const usedAt = new Map<string, number>();
  const kegiatan: Record<string, unknown>[] = [];
  const rows: number[] = [];
  const progres: ProgresCell[] = [];
  const noSumberRencana: number[] = [];

  const totals: number[] = [];
  for (const record of sheet.records) {
    const cells = new SheetRow(record, sheet);
    const get = (c: KegiatanCsvColumn) => cells.get(c);
    if (isTotal(cells)) {
      totals.push(record.row);
      continue;
    }

    const tahun = cells.year('tahun');
    let kode: string | undefined;
    const kodeText = get('kode_kegiatan');
    if (kodeText !== '') {
      kode = normalizeKodeKegiatanSiskeudes(kodeText);
      if (!kode) {
        cells.fail('kode_kegiatan', 'csv_invalid_kode_kegiatan', `"${kodeText}" bukan kode kegiatan (tulis 2.3.10 atau 02.03.10.)`,
          `"${kodeText}" is not an activity code (write 2.3.10 or 02.03.10.)`);
      }
    }
    const bidangText = get('bidang');
    let bidang = kode ? (Number(kode.split('.')[0]) as Bidang) : undefined;
    if (bidangText !== '') {
      const stated = readBidang(bidangText);
      // A stated bidang that contradicts the code is left to the schema rule, which says so.
      if (stated !== undefined) bidang = stated;
      else {
        const names = (lang: 'id' | 'en') => Object.entries(LABEL_BIDANG).map(([n, l]) => `${n} ${l[lang]}`).join(', ');
        cells.fail('bidang', 'csv_invalid_bidang', `"${bidangText}" bukan bidang 1–5; tulis nomornya (mis. 2 atau 00.0000.02) atau namanya: ${names('id')}`,
          `"${bidangText}" is not a bidang 1–5; write its number (e.g. 2 or 00.0000.02) or its name: ${names('en')}`);
      }
    } else if (kodeText === '') {
      cells.fail('bidang', 'csv_required', 'wajib diisi bila kode_kegiatan kosong', 'is required when kode_kegiatan is empty');
    }
    const nama = cells.need('nama');
    cells.need('status');
    const status = cells.choice('status', LABEL_STATUS_KEGIATAN, { id: 'status kegiatan', en: 'activity status' }, STATUS_SYNONYMS);
    const sumberRencana = cells.choice('sumber_rencana', LABEL_SUMBER_RENCANA, { id: 'sumber rencana', en: 'planning source' }, SUMBER_RENCANA_SYNONYMS);

    const k: Record<string, unknown> = { id: '', nama };
    if (get('deskripsi') !== '') k.deskripsi = get('deskripsi');
    if (bidang !== undefined) k.bidang = bidang;
    if (kode) {
      k.subBidang = subBidangOfKegiatan(kode);
      k.kodeKegiatan = kode;
    }
    k.tahun = tahun;
    k.sumberRencana = sumberRencana ?? 'lainnya';

    const lokasi: Record<string, unknown> = {};
    const dusunText = get('dusun');
    if (dusunText !== '') {
      const id = dusun.idOf(dusunText);
      if (id) lokasi.dusunId = id;
      else {
        cells.fail('dusun', 'csv_unknown_dusun', `"${dusunText}" tidak ada dalam daftar dusun desa (${dusun.knownNames})`,
          `"${dusunText}" is not in the village's hamlet list (${dusun.knownNames})`);
      }
    }
    if (get('rt') !== '') lokasi.rt = list(get('rt'));
    if (get('rw') !== '') lokasi.rw = list(get('rw'));
    if (get('lokasi') !== '') lokasi.deskripsi = get('lokasi');
    const lat = cells.read('lintang', parseDerajat, LOST.titik);
    const lng = cells.read('bujur', parseDerajat, LOST.titik);
    if (lat !== undefined && lng !== undefined) lokasi.koordinat = { lat, lng };
    for (const [c, other] of [['lintang', 'bujur'], ['bujur', 'lintang']] as const) {
      if (get(c) === '' && get(other) !== '') {
        cells.failPart(c, 'csv_required', `wajib diisi bila ${other} diisi (titik lokasi)`, `is required when ${other} is given (the point location)`, LOST.titik);
      }
    }
    if (Object.keys(lokasi).length) k.lokasi = lokasi;

    const volume = cells.read('volume', parseAmount, LOST.volume);
    if (volume !== undefined) k.volume = volume;
    for (const c of ['satuan', 'keluaran', 'sasaran'] as const) if (get(c) !== '') k[c] = get(c);
    const penerima: Record<string, number> = {};
    for (const [c, key] of [
      ['penerima_laki_laki', 'lakiLaki'], ['penerima_perempuan', 'perempuan'], ['penerima_rtm', 'rumahTanggaMiskin'],
      ['penerima_disabilitas', 'disabilitas'], ['penerima_kk', 'kk'],
    ] as const) {
      const n = cells.read(c, parseCount, LOST.penerima);
      if (n !== undefined) penerima[key] = n;
    }
    if (Object.keys(penerima).length) k.penerimaManfaat = penerima;

    const jenisPekerjaan = cells.choice('jenis_pekerjaan', LABEL_JENIS_PEKERJAAN, { id: 'jenis pekerjaan', en: 'type of works' });
    if (jenisPekerjaan) k.jenisPekerjaan = jenisPekerjaan;
    const sifat = cells.choice('sifat', LABEL_SIFAT_KEGIATAN, { id: 'sifat kegiatan', en: 'activity kind (new/continued)' });
    if (sifat) k.sifat = sifat;
    const pola = cells.choice('pola_pelaksanaan', LABEL_POLA_PELAKSANAAN, { id: 'pola pelaksanaan', en: 'implementation mode' });
    if (pola) k.polaPelaksanaan = pola;
    const jenisPelaksana = cells.choice('jenis_pelaksana', LABEL_JENIS_PELAKSANA, { id: 'jenis pelaksana', en: 'implementer type' });
    const pelaksana = get('pelaksana');
    if (jenisPelaksana || pelaksana !== '') {
      if (!jenisPelaksana && get('jenis_pelaksana') === '') {
        cells.report('jenis_pelaksana', 'warning', 'csv_default_jenis_pelaksana', 'kosong; pelaksana dicatat sebagai jenis "lainnya"',
          'is empty; the implementer is recorded as "lainnya" (other)');
      }
      k.pelaksana = { jenis: jenisPelaksana ?? 'lainnya', ...(pelaksana !== '' ? { nama: pelaksana } : {}) };
    }

    const total = cells.read('anggaran', parseRupiah);
    const semula = cells.read('anggaran_semula', parseRupiah, LOST.semula);
    const sumberText = get('sumber_dana');
    const sumber = sumberText === '' ? undefined : readSumberDana(sumberText);
    if (sumberText !== '' && !sumber) cells.failSumberDana('sumber_dana');
    if (get('anggaran') === '' && (sumberText !== '' || get('anggaran_semula') !== '')) {
      cells.fail('anggaran', 'csv_required', 'wajib diisi bila sumber_dana atau anggaran_semula diisi',
        'is required when sumber_dana or anggaran_semula is given');
    }
    if (total !== undefined) {
      k.anggaran = {
        total,
        ...(sumber ? { perSumber: [{ sumberDana: sumber, jumlah: total }] } : {}),
        ...(semula !== undefined ? { anggaranSemula: semula } : {}),
      };
    }

    const mulai = cells.date('mulai', LOST.tanggal);
    const selesai = cells.date('selesai', LOST.tanggal);
    if (mulai || selesai) k.jadwal = { ...(mulai ? { mulai } : {}), ...(selesai ? { selesai } : {}) };

    const persen = cells.read('progres', parsePersen, LOST.progres);
    const progresTanggal = get('progres_tanggal');
    if (get('progres') !== '' && progresTanggal === '') {
      cells.failPart('progres_tanggal', 'csv_required', 'wajib diisi bila ada progres (tanggal pengukuran)',
        'is required when progres is given (the date it was measured)', LOST.progres);
    } else if (get('progres') === '' && progresTanggal !== '') {
      cells.report('progres', 'warning', 'csv_date_without_amount', 'tanggal progres diisi tanpa persen; tanggal diabaikan',
        'a progress date without a percentage; the date is ignored');
    } else if (persen !== undefined) {
      const tanggal = cells.date('progres_tanggal', LOST.progres);
      if (tanggal) k.progres = [{ tanggal, persenFisik: persen }];
    }
    if (status) k.status = status;

    const idText = get('id');
    let id = idText;
    if (idText !== '' && usedAt.has(idText)) {
      cells.fail('id', 'csv_duplicate_id', `"${idText}" sudah dipakai di baris ${usedAt.get(idText)}`,
        `"${idText}" is already used in row ${usedAt.get(idText)}`);
    }
    if (!cells.sound || tahun === undefined) continue;
    if (id === '') {
      const base = generatedId(tahun, kode, nama);
      id = base;
      for (let n = 2; usedAt.has(id) || written.has(id); n++) id = fitId(base, `-${n}`);
    }
    usedAt.set(id, record.row);
    k.id = id;
    kegiatan.push(k);
    rows.push(record.row);
    if (k.progres) progres.push({ row: record.row, text: get('progres'), entry: (k.progres as ProgresCell['entry'][])[0]! });
    if (get('sumber_rencana') === '') noSumberRencana.push(record.row);
  }

  sheet.findings.flush(issues);
  reportTotalRows(totals, issues);
  readFractions(progres, issues);
  // sumberRencana is required by the schema but rarely known to whoever keeps the sheet:
  // "lainnya" says exactly that, and one note (not one per row) tells the admin.
  if (noSumberRencana.length) {
    const [id, en] = sheet.columnAt.has('sumber_rencana')
      ? [`Kolom sumber_rencana kosong di baris ${listRows(noSumberRencana, 'id')}`, `Column sumber_rencana is empty in rows ${listRows(noSumberRencana, 'en')}`]
      : ['Tidak ada kolom sumber_rencana', 'There is no sumber_rencana column'];
    issues.push(makeIssue('csv', 'info', 'csv_default_sumber_rencana',
      `${id}; kegiatan itu dicatat dengan sumber rencana "lainnya".`, `${en}; those activities are recorded with planning source "lainnya" (other).`));
  }
  const desa = csvDesa(options, issues, dusun.added);
  const data = { ...csvEnvelope(options, desa), kegiatan } as unknown as KpmDesaDataset;
  return { data, issues, rows };
}
