/**
 * Section 2 / 12: the kodeWilayah's village segment says what kind of village it is (1xxx
 * kelurahan, 2xxx desa, 3xxx desa adat), and the kecamatan, kabupaten and provinsi codes are
 * its prefixes.
 */
import type { Rule } from './family.js';
import type { KpmDesaDataset } from '../entities/dataset.js';
import { LABEL_JENIS_DESA } from '../entities/enums.js';
import { makeIssue, type ValidationIssue } from '../issues.js';

type JenisDesa = keyof typeof LABEL_JENIS_DESA;

const JENIS_DARI_DIGIT: Readonly<Record<string, JenisDesa>> = {
  '1': 'kelurahan',
  '2': 'desa',
  '3': 'desa_adat',
};

const WILAYAH_INDUK = [
  { field: 'kecamatan', segmen: 3, id: 'kecamatan', en: 'district (kecamatan)' },
  { field: 'kabupaten', segmen: 2, id: 'kabupaten/kota', en: 'regency/city' },
  { field: 'provinsi', segmen: 1, id: 'provinsi', en: 'province' },
] as const;

export function checkWilayah(data: KpmDesaDataset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { desa } = data;
  const segments = desa.kodeWilayah.split('.');
  const expected = JENIS_DARI_DIGIT[segments[3]?.[0] ?? ''];
  if (expected !== undefined && expected !== desa.jenis) {
    const [kode, diisi] = [LABEL_JENIS_DESA[expected], LABEL_JENIS_DESA[desa.jenis]];
    issues.push(
      makeIssue(
        'desa.kodeWilayah',
        'error',
        'wilayah_mismatch',
        `Kode wilayah ${desa.kodeWilayah} menunjukkan ${kode.id.toLowerCase()}, tetapi jenis diisi "${diisi.id}".`,
        `Area code ${desa.kodeWilayah} denotes a ${kode.en.toLowerCase()}, but the type given is "${diisi.en}".`,
      ),
    );
  }
  for (const induk of WILAYAH_INDUK) {
    const kode = desa[induk.field].kode;
    const prefix = segments.slice(0, induk.segmen).join('.');
    if (kode === prefix) continue;
    issues.push(
      makeIssue(
        `desa.${induk.field}.kode`,
        'error',
        'wilayah_mismatch',
        `Kode ${induk.id} ${kode} tidak sesuai dengan kode wilayah desa ${desa.kodeWilayah} (seharusnya ${prefix}).`,
        `The ${induk.en} code ${kode} does not match the village area code ${desa.kodeWilayah} (expected ${prefix}).`,
      ),
    );
  }
  return issues;
}

/** `desa.kodeWilayah` against `desa.jenis`. */
export const wilayahRules: Rule = (data) => checkWilayah(data);
