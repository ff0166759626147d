/**
 * Kegiatan CSV text to a validated dataset in one call. Validation issues about a kegiatan
 * also name the spreadsheet row it came from, as the budget import does for its lines.
 */
import { validateDataset, type ValidationResult } from '../validate.js';
import { kegiatanCsvToDataset, type KegiatanCsvOptions } from './kegiatan-csv.js';
import { validateImport } from './validate-import.js';

const KEGIATAN_PATH = /^kegiatan\[(\d+)\]/;

export function importKegiatanCsv(text: string, options: KegiatanCsvOptions): ValidationResult {
  const converted = kegiatanCsvToDataset(text, options);
  return validateImport(validateDataset, converted, (path) => {
    const m = KEGIATAN_PATH.exec(path);
    return m ? converted.rows[Number(m[1])] : undefined;
  });
}
