/**
 * The APBDes spreadsheet template (docs/budget-csv.md) to a dataset: one row per budget
 * line, grouped into one APBDes per `tahun` (and `versi`). Rows that cannot be read are
 * reported by spreadsheet row and column (`csv[12].anggaran`) and left out of the budget;
 * nothing is dropped without an issue. The result is dataset input, still to be validated.
 */
import { makeIssue, type ValidationIssue } from '../issues.js';
import { LABEL_VERSI_APBDES, VERSI_APBDES, type VersiApbdes } from '../entities/enums.js';
import type { BarisAnggaran } from '../entities/index.js';
import { parseAmount, parseRupiah } from './cell-values.js';
import { readSheet, SheetRow, type SheetSpec } from './csv-sheet.js';
import { fillDownYear, reportTotalRows, TOTAL_ROW } from './sheet-records.js';
import { csvDesa, csvEnvelope, type CsvVillageOptions } from './csv-village.js';
import { readLabelled, readSumberDana } from './labelled-cells.js';
import { VERSI_SYNONYMS } from './cell-synonyms.js';
import { normalizeKodeKegiatanSiskeudes } from '../codes/bidang.js';
import { KODE_REKENING, kelompokOf } from '../codes/kode-rekening.js';
import { KODE_REKENING_PATTERN } from '../entities/common.js';
import { kodeRekeningOf, subtotalRows } from './subtotal-rows.js';
import { listRows, type Consequence } from './row-findings.js';

export { readSumberDana };

/** The template's columns, in the order the template file writes them. */
export const BUDGET_CSV_COLUMNS = [
  'tahun', 'versi', 'kode_rekening', 'kode_kegiatan', 'uraian', 'nama_kegiatan', 'sumber_dana',
  'anggaran', 'anggaran_semula', 'volume', 'satuan', 'lokasi', 'realisasi', 'realisasi_sampai',
] as const;
export type BudgetCsvColumn = (typeof BUDGET_CSV_COLUMNS)[number];

const REQUIRED: readonly BudgetCsvColumn[] = ['tahun', 'kode_rekening', 'uraian', 'anggaran'];

/** Other headers admins write for the same column (after lower-casing and `_` for spaces). */
export const BUDGET_CSV_ALIASES: Readonly<Record<string, BudgetCsvColumn>> = {
  tahun_anggaran: 'tahun', ta: 'tahun', year: 'tahun',
  version: 'versi',
  kode_rek: 'kode_rekening', kd_rek: 'kode_rekening', rekening: 'kode_rekening', kode: 'kode_rekening',
  // Siskeudes' own names for the line code and the kegiatan (Ta_RABRinci, Ta_Kegiatan)
  kd_rincian: 'kode_rekening', kode_rincian: 'kode_rekening',
  kd_keg: 'kode_kegiatan', kode_keg: 'kode_kegiatan', kd_kegiatan: 'kode_kegiatan',
  nama: 'uraian', keterangan: 'uraian', nama_rincian: 'uraian', nama_obyek: 'uraian',
  kegiatan: 'nama_kegiatan',
  sumber: 'sumber_dana', sumberdana: 'sumber_dana',
  pagu: 'anggaran', jumlah: 'anggaran', nilai: 'anggaran', jml_anggaran: 'anggaran', jmlanggaran: 'anggaran', anggaran_rp: 'anggaran', anggaran_menjadi: 'anggaran', menjadi: 'anggaran',
  semula: 'anggaran_semula',
  realisasi_rp: 'realisasi',
  sampai_tanggal: 'realisasi_sampai', tanggal_realisasi: 'realisasi_sampai', per_tanggal: 'realisasi_sampai', sd_tanggal: 'realisasi_sampai',
};

/**
 * What an unreadable optional cell takes out of its line, said in its error (for one line, and
 * for a group of lines with the same error): the line and its anggaran stay, since one bad
 * date or original figure must not empty the budget's totals.
 */
const LOST: Readonly<Record<'semula' | 'volume' | 'realisasi', Consequence>> = {
  semula: {
    one: { id: 'anggaran semula tidak dicatat; baris tetap dihitung', en: 'the original budget is left out; the line is still counted' },
    many: { id: 'anggaran semula tidak dicatat; baris-baris itu tetap dihitung', en: 'their original budgets are left out; the lines are still counted' },
  },
  volume: {
    one: { id: 'volume tidak dicatat; baris tetap dihitung', en: 'the volume is left out; the line is still counted' },
    many: { id: 'volume tidak dicatat; baris-baris itu tetap dihitung', en: 'their volumes are left out; the lines are still counted' },
  },
  realisasi: {
    one: { id: 'realisasi baris ini tidak dihitung; anggarannya tetap dihitung', en: "this line's realisation is left out; its budget is still counted" },
    many: { id: 'realisasi baris-baris itu tidak dihitung; anggarannya tetap dihitung', en: "these lines' realisations are left out; their budgets are still counted" },
  },
};

export interface BudgetCsvOptions extends CsvVillageOptions {
  /** Version for rows without a `versi` cell (default `murni`). */
  versi?: string;
}

export interface BudgetCsvResult {
  /** Dataset input for `validateDataset`; null when the file has no usable header. */
  data: Record<string, unknown> | null;
  issues: ValidationIssue[];
  /** For `apbdes[i].baris[j]`, the spreadsheet row it came from: `rows[i][j]`. */
  rows: number[][];
}

export const BUDGET_CSV_SPEC: SheetSpec<BudgetCsvColumn> = {
  columns: BUDGET_CSV_COLUMNS,
  aliases: BUDGET_CSV_ALIASES,
  required: REQUIRED,
  rowNoun: { id: 'baris anggaran', en: 'budget lines' },
  dates: ['realisasi_sampai'],
};

/** `murni`, `Murni`, `Induk`, `APBDes Perubahan` …; undefined when it names no version. */
const versiOf = (cell: string) => readLabelled(cell, LABEL_VERSI_APBDES, VERSI_SYNONYMS);

/** A kegiatan code in the schema's form; one that does not normalise is kept as written. */
const kegiatanOf = (cell: string) => (cell === '' ? '' : normalizeKodeKegiatanSiskeudes(cell) ?? cell);

/** One warning for all subtotal rows: they are expected in a Siskeudes export, not mistakes. */
function reportSubtotals(rows: ReadonlySet<number>, issues: ValidationIssue[]): void {
  if (!rows.size) return;
  const at = (lang: 'id' | 'en') => listRows([...rows], lang);
  issues.push(makeIssue('csv', 'warning', 'csv_subtotal_rows',
    `Baris ${at('id')} adalah baris subtotal (kodenya induk dari baris rinci di bawahnya, mis. 5.1.1 di atas 5.1.1.01) dan tidak dihitung, agar jumlahnya tidak terhitung dua kali.`,
    `Rows ${at('en')} are subtotal rows (their code is the parent of detail lines below, e.g. 5.1.1 above 5.1.1.01) and are not counted, so the amounts are not counted twice.`));
}

export function budgetCsvToDataset(text: string, options: BudgetCsvOptions): BudgetCsvResult {
  const issues: ValidationIssue[] = [];
  const sheet = readSheet(text, BUDGET_CSV_SPEC, issues);
  if (!sheet) return { data: null, issues, rows: [] };
  const isTotal = (cells: SheetRow<BudgetCsvColumn>) => cells.get('kode_rekening') === '' && TOTAL_ROW.test(cells.get('uraian'));
  fillDownYear(sheet.records, sheet.columnAt.get('tahun'), issues, (record) => isTotal(new SheetRow(record, sheet)));

  const defaultVersi = (VERSI_APBDES as readonly string[]).includes(options.versi ?? '') ? (options.versi as VersiApbdes) : 'murni';
  /** A row's version: its cell, else the caller's default; undefined when the cell names none. */
  const versiIn = (cells: SheetRow<BudgetCsvColumn>) => (cells.get('versi') === '' ? defaultVersi : versiOf(cells.get('versi')));
  const budgets = new Map<string, { tahun: number; versi: VersiApbdes; baris: BarisAnggaran[]; rows: number[] }>();

  const subtotals = subtotalRows(sheet.records.map((record) => {
    const cells = new SheetRow(record, sheet);
    return {
      row: record.row,
      budget: `${cells.get('tahun')}|${versiIn(cells)}`,
      kodeRekening: kodeRekeningOf(cells.get('kode_rekening')),
      kodeKegiatan: kegiatanOf(cells.get('kode_kegiatan')),
    };
  }));

  const totals: number[] = [];
  const firstSeen = new Map<string, number>();
  for (const record of sheet.records) {
    if (subtotals.has(record.row)) continue;
    const cells = new SheetRow(record, sheet);
    const get = (c: BudgetCsvColumn) => cells.get(c);
    if (isTotal(cells)) {
      totals.push(record.row);
      continue;
    }
    // Two lines may rightly share a code and amount, but not every cell: a row pasted twice.
    const whole = BUDGET_CSV_COLUMNS.map(get).join('\u0000');
    const earlier = firstSeen.get(whole);
    if (earlier === undefined) firstSeen.set(whole, record.row);
    else {
      sheet.findings.add({
        row: record.row, severity: 'warning', code: 'csv_duplicate_row',
        text: {
          id: `sama persis dengan baris ${earlier} (dihitung dua kali?); hapus salah satu bila tidak disengaja`,
          en: `is exactly the same as row ${earlier} (counted twice?); delete one if that is not intended`,
        },
      });
    }

    const tahun = cells.year('tahun');
    const versi = versiIn(cells);
    if (!versi) {
      cells.fail('versi', 'csv_invalid_version', `"${get('versi')}" bukan rancangan, murni atau perubahan`,
        `"${get('versi')}" is not rancangan, murni or perubahan`);
    }
    // Siskeudes writes codes with a closing dot ("5.2.2.01.", "02.03.10."); the schema's form
    // has none and no leading zeros. A kegiatan code that does not normalise is kept as written,
    // so validation names what is wrong with it.
    const kodeRekening = kodeRekeningOf(cells.need('kode_rekening'));
    // A code the schema or the chart refuses would make validation drop the whole APBDes;
    // refused here, it costs only its own row.
    if (kodeRekening !== '' && !(KODE_REKENING_PATTERN.test(kodeRekening) && (kelompokOf(kodeRekening) ?? '') in KODE_REKENING)) {
      cells.fail('kode_rekening', 'csv_invalid_kode_rekening',
        `"${get('kode_rekening')}" bukan kode rekening yang dikenal: tulis kode tingkat jenis atau lebih rinci dari daftar Permendagri 20/2018, mis. 4.2.1 atau 5.2.2.01`,
        `"${get('kode_rekening')}" is not a known account code: write a code at jenis level or deeper from the Permendagri 20/2018 chart, e.g. 4.2.1 or 5.2.2.01`);
    }
    const uraian = cells.need('uraian');
    const anggaranText = cells.need('anggaran');
    const anggaran = anggaranText === '' ? undefined : cells.read('anggaran', parseRupiah);
    const anggaranSemula = cells.read('anggaran_semula', parseRupiah, LOST.semula);
    const realisasi = cells.read('realisasi', parseRupiah, LOST.realisasi);

    const line: Record<string, unknown> = { kodeRekening, uraian, anggaran };
    const sumberText = get('sumber_dana');
    if (sumberText !== '') {
      const sumber = readSumberDana(sumberText);
      if (sumber) line.sumberDana = sumber;
      else cells.failSumberDana('sumber_dana');
    }
    const kodeKegiatan = get('kode_kegiatan');
    if (kodeKegiatan !== '') line.kodeKegiatan = kegiatanOf(kodeKegiatan);
    for (const [c, key] of [['nama_kegiatan', 'namaKegiatan'], ['satuan', 'satuan'], ['lokasi', 'lokasi']] as const) {
      if (get(c) !== '') line[key] = get(c);
    }
    if (anggaranSemula !== undefined) line.anggaranSemula = anggaranSemula;
    const volume = cells.read('volume', parseAmount, LOST.volume);
    if (volume !== undefined) line.volume = volume;
    const sampaiText = get('realisasi_sampai');
    // Excel's accounting format writes a zero realisation as "Rp -": with no date, it says nothing.
    if (realisasi !== undefined && !(realisasi === 0 && sampaiText === '')) {
      if (sampaiText === '') {
        cells.failPart('realisasi_sampai', 'csv_required', 'wajib diisi bila ada realisasi (tanggal realisasi kumulatif)',
          'is required when realisasi is given (the date of the cumulative figure)', LOST.realisasi);
      } else {
        const sampai = cells.date('realisasi_sampai', LOST.realisasi);
        if (sampai !== undefined) line.realisasi = [{ sampaiTanggal: sampai, jumlah: realisasi }];
      }
    } else if (sampaiText !== '' && get('realisasi') === '') {
      cells.report('realisasi', 'warning', 'csv_date_without_amount',
        'tanggal realisasi diisi tanpa jumlah; tanggal diabaikan', 'a realisation date without an amount; the date is ignored');
    }

    if (!cells.sound || tahun === undefined || !versi) continue;
    const key = `${tahun}/${versi}`;
    let budget = budgets.get(key);
    if (!budget) budgets.set(key, (budget = { tahun, versi, baris: [], rows: [] }));
    budget.baris.push(line as BarisAnggaran);
    budget.rows.push(record.row);
  }

  sheet.findings.flush(issues);
  reportSubtotals(subtotals, issues);
  reportTotalRows(totals, issues);
  const desa = csvDesa(options, issues);
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
  const data: Record<string, unknown> = { ...csvEnvelope(options, desa), apbdes };
  return { data, issues, rows: list.map((b) => b.rows) };
}
