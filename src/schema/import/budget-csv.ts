/**
 * The APBDes spreadsheet template (docs/budget-csv.md) to a dataset: one row per budget
 * line, grouped into one APBDes per `tahun` (and `versi`). Rows that cannot be read are
 * reported by spreadsheet row and column (`csv[12].anggaran`) and left out of the budget;
 * nothing is dropped without an issue. The result is dataset input, still to be validated.
 */
import { formatPath, makeIssue, type ValidationIssue } from '../issues.js';
import { SCHEMA_VERSION } from '../entities/dataset.js';
import { LABEL_SUMBER_DANA, SUMBER_DANA, VERSI_APBDES, type SumberDana, type VersiApbdes } from '../entities/enums.js';
import type { BarisAnggaran, Desa } from '../entities/index.js';
import { sumberDanaFromSiskeudes } from '../codes/sumber-dana.js';
import { parseCsv } from './csv.js';
import { parseAmount, parseRupiah, parseTanggal, type CellProblem } from './cell-values.js';

/** The template's columns, in the order the template file writes them. */
export const BUDGET_CSV_COLUMNS = [
  'tahun', 'versi', 'kode_rekening', 'kode_kegiatan', 'uraian', 'nama_kegiatan', 'sumber_dana',
  'anggaran', 'anggaran_semula', 'volume', 'satuan', 'lokasi', 'realisasi', 'realisasi_sampai',
] as const;
export type BudgetCsvColumn = (typeof BUDGET_CSV_COLUMNS)[number];

const REQUIRED: readonly BudgetCsvColumn[] = ['tahun', 'kode_rekening', 'uraian', 'anggaran'];

/** Other headers admins write for the same column (after lower-casing and `_` for spaces). */
const ALIASES: Readonly<Record<string, BudgetCsvColumn>> = {
  tahun_anggaran: 'tahun', ta: 'tahun', year: 'tahun',
  version: 'versi',
  kode_rek: 'kode_rekening', kd_rek: 'kode_rekening', rekening: 'kode_rekening', kode: 'kode_rekening',
  kd_keg: 'kode_kegiatan', kode_keg: 'kode_kegiatan',
  nama: 'uraian', keterangan: 'uraian',
  sumber: 'sumber_dana', sumberdana: 'sumber_dana',
  pagu: 'anggaran', jumlah: 'anggaran', anggaran_rp: 'anggaran', anggaran_menjadi: 'anggaran', menjadi: 'anggaran',
  semula: 'anggaran_semula',
  realisasi_rp: 'realisasi',
  sampai_tanggal: 'realisasi_sampai', tanggal_realisasi: 'realisasi_sampai', per_tanggal: 'realisasi_sampai', sd_tanggal: 'realisasi_sampai',
};

export interface BudgetCsvOptions {
  /** The village: a full profile (from `<kpm-data>`), or at least its name. */
  desa?: Desa;
  namaDesa?: string;
  /** Kemendagri village code, e.g. `33.99.01.2001`; fills the profile's region codes. */
  kodeWilayah?: string;
  /** Version for rows without a `versi` cell (default `murni`). */
  versi?: string;
  /** The dataset's `generatedAt`, an RFC 3339 timestamp (the caller's clock). */
  generatedAt: string;
}

export interface BudgetCsvResult {
  /** Dataset input for `validateDataset`; null when the file has no usable header. */
  data: Record<string, unknown> | null;
  issues: ValidationIssue[];
  /** For `apbdes[i].baris[j]`, the spreadsheet row it came from: `rows[i][j]`. */
  rows: number[][];
}

const PROBLEM_TEXT: Readonly<Record<CellProblem, { id: string; en: string }>> = {
  not_a_number: { id: 'bukan angka yang dapat dibaca', en: 'is not a readable number' },
  negative: { id: 'tidak boleh negatif', en: 'must not be negative' },
  fraction: {
    id: 'memuat sen; rupiah ditulis bulat (di format Indonesia koma adalah tanda desimal)',
    en: 'has sen; rupiah are written whole (in Indonesian format the comma is the decimal mark)',
  },
  not_a_date: { id: 'bukan tanggal (tulis 2025-06-30 atau 30/06/2025)', en: 'is not a date (write 2025-06-30 or 30/06/2025)' },
};

function normalizeHeader(h: string): string {
  return h.trim().toLowerCase().replace(/\(.*?\)/g, '').replace(/[.\s/-]+/g, '_').replace(/^_+|_+$/g, '');
}

/** `Dana Desa`, `dana_desa`, `DDS` (Siskeudes) and `DD` all mean `dana_desa`. */
export function readSumberDana(cell: string): SumberDana | undefined {
  const s = cell.trim();
  const slug = s.toLowerCase().replace(/[\s/-]+/g, '_');
  if ((SUMBER_DANA as readonly string[]).includes(slug)) return slug as SumberDana;
  for (const key of SUMBER_DANA) {
    const label = LABEL_SUMBER_DANA[key];
    if (label.id.toLowerCase() === s.toLowerCase() || label.en.toLowerCase() === s.toLowerCase()) return key;
  }
  if (slug === 'dd') return 'dana_desa';
  return sumberDanaFromSiskeudes(s);
}

/** A minimal profile for a village known only by name and code; the budget needs no more. */
function minimalDesa(nama: string, kodeWilayah: string): Desa {
  const seg = kodeWilayah.split('.');
  const jenis = ({ '1': 'kelurahan', '3': 'desa_adat' } as const)[seg[3]?.[0] as '1' | '3'] ?? 'desa';
  return {
    kodeWilayah,
    nama,
    jenis,
    kecamatan: { kode: seg.slice(0, 3).join('.'), nama: '–' },
    kabupaten: { kode: seg.slice(0, 2).join('.'), nama: '–' },
    provinsi: { kode: seg[0]!, nama: '–' },
  } as Desa;
}

const UNKNOWN_KODE_WILAYAH = '00.00.00.2000';

export function budgetCsvToDataset(text: string, options: BudgetCsvOptions): BudgetCsvResult {
  const issues: ValidationIssue[] = [];
  const cellIssue = (row: number, column: string, severity: 'error' | 'warning', code: string, id: string, en: string) =>
    issues.push(
      makeIssue(formatPath(['csv', row, column]), severity, code,
        `Baris ${row}, kolom ${column}: ${id}`, `Row ${row}, column ${column}: ${en}`),
    );
  const table = parseCsv(text);
  const records = table.records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = records.shift();
  if (!header) {
    issues.push(makeIssue('csv', 'error', 'csv_empty', 'Berkas CSV kosong: tidak ada baris judul kolom.', 'The CSV file is empty: no header row.'));
    return { data: null, issues, rows: [] };
  }
  if (table.unterminatedQuote) {
    issues.push(makeIssue('csv', 'error', 'csv_unterminated_quote',
      'Tanda kutip (") dibuka tetapi tidak ditutup; sisa berkas terbaca sebagai satu sel.',
      'A quote (") is opened but never closed; the rest of the file reads as one cell.'));
  }

  const columnAt = new Map<BudgetCsvColumn, number>();
  header.cells.forEach((raw, i) => {
    const h = normalizeHeader(raw);
    if (h === '') return;
    const col = (BUDGET_CSV_COLUMNS as readonly string[]).includes(h) ? (h as BudgetCsvColumn) : ALIASES[h];
    if (!col) {
      issues.push(makeIssue(formatPath(['csv', header.row, raw.trim()]), 'warning', 'csv_unknown_column',
        `Kolom "${raw.trim()}" tidak dikenal dan diabaikan.`, `Column "${raw.trim()}" is not known and is ignored.`));
    } else if (columnAt.has(col)) {
      issues.push(makeIssue(formatPath(['csv', header.row, col]), 'error', 'csv_duplicate_column',
        `Kolom ${col} muncul dua kali; yang pertama dipakai.`, `Column ${col} appears twice; the first is used.`));
    } else columnAt.set(col, i);
  });
  const missing = REQUIRED.filter((c) => !columnAt.has(c));
  if (missing.length) {
    issues.push(makeIssue(formatPath(['csv', header.row]), 'error', 'csv_missing_column',
      `Baris judul tidak memuat kolom wajib: ${missing.join(', ')} (pemisah terbaca: "${table.separator}").`,
      `The header row lacks required columns: ${missing.join(', ')} (separator read: "${table.separator}").`));
    return { data: null, issues, rows: [] };
  }

  const defaultVersi = (VERSI_APBDES as readonly string[]).includes(options.versi ?? '') ? (options.versi as VersiApbdes) : 'murni';
  const budgets = new Map<string, { tahun: number; versi: VersiApbdes; baris: BarisAnggaran[]; rows: number[] }>();

  for (const record of records) {
    const { row } = record;
    const get = (c: BudgetCsvColumn) => {
      const i = columnAt.get(c);
      return i === undefined ? '' : (record.cells[i] ?? '').trim();
    };
    let sound = true;
    const fail = (column: string, code: string, id: string, en: string) => {
      sound = false;
      cellIssue(row, column, 'error', code, id, en);
    };
    const need = (c: BudgetCsvColumn) => {
      const v = get(c);
      if (v === '') fail(c, 'csv_required', 'wajib diisi', 'is required');
      return v;
    };
    const money = (c: BudgetCsvColumn): number | undefined => {
      const v = get(c);
      if (v === '') return undefined;
      const r = parseRupiah(v);
      if (r.ok) return r.value;
      fail(c, `csv_${r.reason}`, `"${v}" ${PROBLEM_TEXT[r.reason].id}`, `"${v}" ${PROBLEM_TEXT[r.reason].en}`);
      return undefined;
    };

    const tahunText = need('tahun');
    const tahun = Number(tahunText);
    if (tahunText !== '' && !(/^\d{4}$/.test(tahunText) && tahun >= 2000 && tahun <= 2100)) {
      fail('tahun', 'csv_invalid_year', `"${tahunText}" bukan tahun 2000–2100`, `"${tahunText}" is not a year 2000–2100`);
    }
    const versiText = get('versi').toLowerCase();
    if (versiText !== '' && !(VERSI_APBDES as readonly string[]).includes(versiText)) {
      fail('versi', 'csv_invalid_version', `"${get('versi')}" bukan rancangan, murni atau perubahan`,
        `"${get('versi')}" is not rancangan, murni or perubahan`);
    }
    const kodeRekening = need('kode_rekening');
    const uraian = need('uraian');
    const anggaranText = need('anggaran');
    const anggaran = anggaranText === '' ? undefined : money('anggaran');
    const anggaranSemula = money('anggaran_semula');
    const realisasi = money('realisasi');

    const line: Record<string, unknown> = { kodeRekening, uraian, anggaran };
    const sumberText = get('sumber_dana');
    if (sumberText !== '') {
      const sumber = readSumberDana(sumberText);
      if (sumber) line.sumberDana = sumber;
      else {
        fail('sumber_dana', 'csv_invalid_sumber_dana', `"${sumberText}" bukan sumber dana yang dikenal (mis. dana_desa, add, pades)`,
          `"${sumberText}" is not a known funding source (e.g. dana_desa, add, pades)`);
      }
    }
    for (const [c, key] of [['kode_kegiatan', 'kodeKegiatan'], ['nama_kegiatan', 'namaKegiatan'], ['satuan', 'satuan'], ['lokasi', 'lokasi']] as const) {
      if (get(c) !== '') line[key] = get(c);
    }
    if (anggaranSemula !== undefined) line.anggaranSemula = anggaranSemula;
    const volumeText = get('volume');
    if (volumeText !== '') {
      const v = parseAmount(volumeText);
      if (v.ok) line.volume = v.value;
      else fail('volume', 'csv_not_a_number', `"${volumeText}" ${PROBLEM_TEXT.not_a_number.id}`, `"${volumeText}" ${PROBLEM_TEXT.not_a_number.en}`);
    }
    const sampaiText = get('realisasi_sampai');
    if (realisasi !== undefined) {
      const t = parseTanggal(sampaiText);
      if (sampaiText === '') {
        fail('realisasi_sampai', 'csv_required', 'wajib diisi bila ada realisasi (tanggal realisasi kumulatif)',
          'is required when realisasi is given (the date of the cumulative figure)');
      } else if (!t.ok) {
        fail('realisasi_sampai', 'csv_not_a_date', `"${sampaiText}" ${PROBLEM_TEXT.not_a_date.id}`, `"${sampaiText}" ${PROBLEM_TEXT.not_a_date.en}`);
      } else line.realisasi = [{ sampaiTanggal: t.value, jumlah: realisasi }];
    } else if (sampaiText !== '' && get('realisasi') === '') {
      cellIssue(row, 'realisasi', 'warning', 'csv_date_without_amount',
        'tanggal realisasi diisi tanpa jumlah; tanggal diabaikan', 'a realisation date without an amount; the date is ignored');
    }

    if (!sound) continue;
    const versi = (versiText || defaultVersi) as VersiApbdes;
    const key = `${tahun}/${versi}`;
    let budget = budgets.get(key);
    if (!budget) budgets.set(key, (budget = { tahun, versi, baris: [], rows: [] }));
    budget.baris.push(line as BarisAnggaran);
    budget.rows.push(row);
  }

  if (!records.length) {
    issues.push(makeIssue('csv', 'error', 'csv_no_rows', 'Berkas CSV hanya berisi baris judul, tanpa baris anggaran.',
      'The CSV file holds only the header row, no budget lines.'));
  }

  const namaDesa = options.desa?.nama ?? options.namaDesa?.trim();
  if (!options.desa && !namaDesa) {
    issues.push(makeIssue('csv', 'warning', 'csv_no_village_name',
      'Nama desa tidak diberikan (atribut village-name atau <kpm-data> di sekelilingnya).',
      'No village name given (the village-name attribute or a surrounding <kpm-data>).'));
  }
  const desa = options.desa ?? minimalDesa(namaDesa || '–', options.kodeWilayah?.trim() || UNKNOWN_KODE_WILAYAH);

  const list = [...budgets.values()].sort((a, b) => a.tahun - b.tahun || VERSI_APBDES.indexOf(a.versi) - VERSI_APBDES.indexOf(b.versi));
  const apbdes = list.map((b) => {
    const replaced = b.versi === 'perubahan' && budgets.has(`${b.tahun}/murni`) ? `apbdes-${b.tahun}-murni` : undefined;
    return {
      id: `apbdes-${b.tahun}-${b.versi}`,
      tahunAnggaran: b.tahun,
      versi: b.versi,
      status: b.versi === 'rancangan' ? 'draf' : 'ditetapkan',
      ...(replaced ? { menggantikanId: replaced } : {}),
      baris: b.baris,
    };
  });
  const data: Record<string, unknown> = {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: options.generatedAt,
    sumber: { sistem: 'spreadsheet' },
    desa,
    apbdes,
  };
  return { data, issues, rows: list.map((b) => b.rows) };
}
