import type { Apbdes, BarisAnggaran } from '../schema/index.js';
import { compareKode, compareText } from './kode-order.js';

export interface LinePair {
  /** Undefined for a line the perubahan added. */
  murni?: BarisAnggaran;
  /** Undefined for a line the perubahan removed. */
  perubahan?: BarisAnggaran;
}

const lineKey = (line: BarisAnggaran) => `${line.kodeRekening}|${line.kodeKegiatan ?? ''}`;

/**
 * Pairs the lines of a murni and its perubahan by `kodeRekening` + `kodeKegiatan` (the uraian
 * may be reworded). When one kegiatan has several lines under one rekening, lines with the
 * same uraian pair first, the rest in published order. Pairs come in the perubahan's line
 * order, then the removed lines in the murni's order.
 */
export function matchPerubahanLines(murni: Apbdes, perubahan: Apbdes): LinePair[] {
  const unmatched = new Map<string, BarisAnggaran[]>();
  for (const line of murni.baris) {
    const key = lineKey(line);
    const list = unmatched.get(key);
    if (list) list.push(line);
    else unmatched.set(key, [line]);
  }
  const partner = new Map<BarisAnggaran, BarisAnggaran>();
  const take = (line: BarisAnggaran, same: boolean) => {
    const candidates = unmatched.get(lineKey(line));
    const i = candidates?.findIndex((m) => !same || m.uraian === line.uraian) ?? -1;
    if (candidates && i >= 0) partner.set(line, candidates.splice(i, 1)[0]);
  };
  for (const line of perubahan.baris) take(line, true);
  for (const line of perubahan.baris) if (!partner.has(line)) take(line, false);

  const pairs: LinePair[] = perubahan.baris.map((line) => ({ murni: partner.get(line), perubahan: line }));
  const matched = new Set(partner.values());
  for (const line of murni.baris) if (!matched.has(line)) pairs.push({ murni: line });
  return pairs;
}

export type JenisPerubahan = 'berubah' | 'baru' | 'dihapus' | 'tetap';

/** One row of a semula → menjadi table. */
export interface PerubahanRow {
  kodeRekening: string;
  kodeKegiatan?: string;
  /** The perubahan's wording when the line still exists, else the murni's. */
  uraian: string;
  semula: number;
  menjadi: number;
  /** menjadi − semula; negative for a cut. */
  selisih: number;
  jenis: JenisPerubahan;
}

export interface PerubahanOptions {
  /** Also list lines whose amount did not change (a full penjabaran perubahan table). */
  includeUnchanged?: boolean;
}

function jenisOfChange({ murni, perubahan }: LinePair): JenisPerubahan {
  if (!murni) return 'baru';
  if (!perubahan) return 'dihapus';
  return murni.anggaran === perubahan.anggaran ? 'tetap' : 'berubah';
}

/** Without the murni, a line's own `anggaranSemula` stands in for it. */
function pairFromSemula(line: BarisAnggaran): LinePair {
  return { murni: { ...line, anggaran: line.anggaranSemula ?? line.anggaran }, perubahan: line };
}

/**
 * What a perubahan changed, in code order (rekening, then kegiatan, then uraian). With the
 * murni at hand its amounts are the semula; without it (a dataset holding only the perubahan)
 * each line's own `anggaranSemula` is used, and a line without one counts as unchanged.
 */
export function perubahanChanges(
  murni: Apbdes | undefined,
  perubahan: Apbdes,
  options: PerubahanOptions = {},
): PerubahanRow[] {
  const pairs: LinePair[] = murni
    ? matchPerubahanLines(murni, perubahan)
    : perubahan.baris.map(pairFromSemula);
  const rows: PerubahanRow[] = [];
  for (const pair of pairs) {
    const line = (pair.perubahan ?? pair.murni)!;
    const semula = pair.murni?.anggaran ?? 0;
    const menjadi = pair.perubahan?.anggaran ?? 0;
    const jenis = jenisOfChange(pair);
    if (jenis === 'tetap' && !options.includeUnchanged) continue;
    rows.push({
      kodeRekening: line.kodeRekening,
      ...(line.kodeKegiatan !== undefined ? { kodeKegiatan: line.kodeKegiatan } : {}),
      uraian: line.uraian,
      semula,
      menjadi,
      selisih: menjadi - semula,
      jenis,
    });
  }
  return rows.sort(
    (a, b) =>
      compareKode(a.kodeRekening, b.kodeRekening) ||
      compareKode(a.kodeKegiatan ?? '0', b.kodeKegiatan ?? '0') ||
      compareText(a.uraian, b.uraian),
  );
}
