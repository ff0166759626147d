/**
 * The village around a spreadsheet import. A CSV holds one kind of row (budget lines,
 * kegiatan), never the village profile, so the caller names the village (or hands over the
 * full profile from `<kpm-data>`) and every template builds the same envelope from it.
 */
import { makeIssue, type ValidationIssue } from '../issues.js';
import { SCHEMA_VERSION } from '../entities/dataset.js';
import type { Desa, Dusun } from '../entities/index.js';

/** What every CSV importer takes besides the text. */
export interface CsvVillageOptions {
  /** The village: a full profile (from `<kpm-data>`), or at least its name. */
  desa?: Desa;
  namaDesa?: string;
  /** Kemendagri village code, e.g. `33.99.01.2001`; fills the profile's region codes. */
  kodeWilayah?: string;
  /** The dataset's `generatedAt`, an RFC 3339 timestamp (the caller's clock). */
  generatedAt: string;
}

const UNKNOWN_KODE_WILAYAH = '00.00.00.2000';

/** A minimal profile for a village known only by name and code; the imports need no more. */
function minimalDesa(nama: string, kodeWilayah: string, dusun: Dusun[]): Desa {
  const seg = kodeWilayah.split('.');
  const jenis = ({ '1': 'kelurahan', '3': 'desa_adat' } as const)[seg[3]?.[0] as '1' | '3'] ?? 'desa';
  return {
    kodeWilayah,
    nama,
    jenis,
    kecamatan: { kode: seg.slice(0, 3).join('.'), nama: '–' },
    kabupaten: { kode: seg.slice(0, 2).join('.'), nama: '–' },
    provinsi: { kode: seg[0]!, nama: '–' },
    ...(dusun.length ? { dusun } : {}),
  } as Desa;
}

/**
 * The given profile, or a minimal one (warning when not even a name is known). `dusun`, the
 * hamlets the rows named, completes a profile that has no hamlet list of its own.
 */
export function csvDesa(options: CsvVillageOptions, issues: ValidationIssue[], dusun: Dusun[] = []): Desa {
  if (options.desa) return options.desa.dusun?.length || !dusun.length ? options.desa : { ...options.desa, dusun };
  const namaDesa = options.namaDesa?.trim();
  if (!namaDesa) {
    issues.push(makeIssue('csv', 'warning', 'csv_no_village_name',
      'Nama desa tidak diberikan (atribut village-name atau <kpm-data> di sekelilingnya).',
      'No village name given (the village-name attribute or a surrounding <kpm-data>).'));
  }
  return minimalDesa(namaDesa || '–', options.kodeWilayah?.trim() || UNKNOWN_KODE_WILAYAH, dusun);
}

/** The dataset envelope every spreadsheet import produces. */
export function csvEnvelope(options: CsvVillageOptions, desa: Desa) {
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: options.generatedAt,
    sumber: { sistem: 'spreadsheet' as const },
    desa,
  };
}
