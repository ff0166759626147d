import type { Apbdes, BarisAnggaran } from '../schema/index.js';
import type { LocalizedText } from '../schema/issues.js';
import {
  BIDANG,
  KEGIATAN_REFERENSI,
  SUB_BIDANG,
  bidangOfKegiatan,
  subBidangOfKegiatan,
} from '../schema/codes/index.js';
import { makeFigure, type Figure } from './figure.js';
import { realisasiAsOf } from './realisasi.js';
import { compareKode, compareText } from './kode-order.js';
import { groupByKode, kodeLabel, linesUnder, type KodeRow } from './apbdes-totals.js';

export type BelanjaLevel = 'belanja' | 'bidang' | 'subBidang' | 'kegiatan' | 'baris';

/** One node of the belanja drill-down: root → bidang → sub-bidang → kegiatan → line. */
export interface BelanjaNode extends Figure {
  level: BelanjaLevel;
  /** '5' for the root, '2' for a bidang, '2.3' sub-bidang, '2.3.10' kegiatan, the kodeRekening for a line. */
  kode: string;
  label: LocalizedText;
  children: BelanjaNode[];
  /** The line itself, on `baris` nodes only (volume, lokasi, kegiatanId for the detail view). */
  baris?: BarisAnggaran;
}

export interface BelanjaHierarchyOptions {
  asOf?: string;
  /** Also list bidang without any line, with zero figures, so a chart keeps five fixed bars and colours. */
  allBidang?: boolean;
}

/** Text from the data is Indonesian only; `en` repeats it so every label has one shape. */
function dataText(text: string): LocalizedText {
  return { id: text, en: text };
}

/**
 * The name of a kegiatan as published: `namaKegiatan` when a line carries it, else the one
 * uraian its lines share (a kegiatan-level line), else the shipped reference name — kegiatan
 * names differ between reference versions, so the list is only the last resort before the code.
 */
function kegiatanLabel(kode: string, lines: readonly BarisAnggaran[]): LocalizedText {
  const named = lines.find((line) => line.namaKegiatan)?.namaKegiatan;
  if (named) return dataText(named);
  // One shared uraian: compared in place rather than hashed into a Set (this runs per kegiatan).
  if (lines.length > 0 && lines.every((line) => line.uraian === lines[0].uraian)) return dataText(lines[0].uraian);
  const ref = KEGIATAN_REFERENSI[kode];
  return dataText(ref ? ref.nama : kode);
}

function node(
  level: BelanjaLevel,
  kode: string,
  label: LocalizedText,
  children: BelanjaNode[],
): BelanjaNode {
  let anggaran = 0;
  let realisasi = 0;
  for (const child of children) {
    anggaran += child.anggaran;
    realisasi += child.realisasi;
  }
  return { level, kode, label, children, ...makeFigure(anggaran, realisasi) };
}

function groupBy<K>(lines: readonly BarisAnggaran[], key: (line: BarisAnggaran) => K): Map<K, BarisAnggaran[]> {
  const groups = new Map<K, BarisAnggaran[]>();
  for (const line of lines) {
    const k = key(line);
    const list = groups.get(k);
    if (list) list.push(line);
    else groups.set(k, [line]);
  }
  return groups;
}

function lineNode(line: BarisAnggaran, asOf: string | undefined): BelanjaNode {
  return {
    level: 'baris',
    kode: line.kodeRekening,
    label: dataText(line.uraian),
    children: [],
    baris: line,
    ...makeFigure(line.anggaran, realisasiAsOf(line, asOf)),
  };
}

function compareLines(a: BarisAnggaran, b: BarisAnggaran): number {
  return compareKode(a.kodeRekening, b.kodeRekening) || compareText(a.uraian, b.uraian);
}

function kegiatanNodes(lines: readonly BarisAnggaran[], asOf: string | undefined): BelanjaNode[] {
  const byKegiatan = groupBy(lines, (line) => line.kodeKegiatan ?? '');
  return [...byKegiatan.keys()].sort(compareKode).map((kode) => {
    // Array.prototype.sort is stable, so equal lines keep their published order.
    const own = [...byKegiatan.get(kode)!].sort(compareLines);
    return node('kegiatan', kode, kegiatanLabel(kode, own), own.map((l) => lineNode(l, asOf)));
  });
}

/**
 * Belanja as a drill-down tree, every level in code order. Lines without a `kodeKegiatan`
 * (an error in validation) have no bidang and are left out, so the root may then total less
 * than `summarizeApbdes().belanja`.
 */
export function belanjaHierarchy(apbdes: Apbdes, options: BelanjaHierarchyOptions = {}): BelanjaNode {
  const { asOf, allBidang = false } = options;
  const lines = linesUnder(apbdes, '5').filter((line) => line.kodeKegiatan);
  const byBidang = groupBy(lines, (line) => bidangOfKegiatan(line.kodeKegiatan!));
  const bidangKodes = new Set(byBidang.keys());
  if (allBidang) for (const b of Object.keys(BIDANG)) bidangKodes.add(Number(b));

  const bidang = [...bidangKodes].sort((a, b) => a - b).map((b) => {
    const bySub = groupBy(byBidang.get(b) ?? [], (line) => subBidangOfKegiatan(line.kodeKegiatan!)!);
    const subs = [...bySub.keys()].sort(compareKode).map((sub) =>
      node('subBidang', sub, SUB_BIDANG[sub] ?? dataText(sub), kegiatanNodes(bySub.get(sub)!, asOf)),
    );
    return node('bidang', String(b), BIDANG[b] ?? dataText(String(b)), subs);
  });
  return node('belanja', '5', kodeLabel('5'), bidang);
}

/** Belanja per economic kelompok (5.1 pegawai, 5.2 barang/jasa, 5.3 modal, 5.4 tak terduga). */
export function belanjaPerJenis(apbdes: Apbdes, asOf?: string): KodeRow[] {
  return groupByKode(apbdes, 'kelompok', '5', asOf);
}
