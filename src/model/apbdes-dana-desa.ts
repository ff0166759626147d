import type { Apbdes } from '../schema/index.js';
import { belanjaOfSumber, type BelanjaSumberRow } from './apbdes-sumber.js';

/**
 * The largest belanja lines paid from Dana Desa, at most `limit`: the "kegiatan utama Dana
 * Desa" a baliho lists next to its charts (DATA-MODEL.md B.1).
 */
export function danaDesaKegiatan(apbdes: Apbdes, limit = 5, asOf?: string): BelanjaSumberRow[] {
  return belanjaOfSumber(apbdes, 'dana_desa', asOf).slice(0, Math.max(0, limit));
}
