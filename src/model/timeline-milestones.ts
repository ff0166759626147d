/**
 * The planning cycle as markers on the timeline's own lane: each forum on its date, each
 * planning document on the date it was set, and the RPJMDes as a band over its 6 or 8 years.
 */
import type { DokumenPerencanaan, Forum, KpmDesaDataset } from '../schema/index.js';
import { compareText } from './kode-order.js';
import { monthOf } from './timeline-dates.js';

// Permendagri 114/2014: the musrenbangdes that draws up the RKPDes is held July–September.
const MUSRENBANGDES_MONTHS = [7, 8, 9];

export type Milestone =
  | { source: 'forum'; id: string; tanggal: string; forum: Forum; outsideSeason: boolean }
  | { source: 'dokumen'; id: string; tanggal: string; dokumen: DokumenPerencanaan; outsideSeason: false };

export interface PlanningPeriod {
  id: string;
  mulai: string;
  selesai: string;
  tahunMulai: number;
  tahunSelesai: number;
  /** 6 or 8 (UU 3/2024); other lengths do not pass the schema. */
  years: number;
  dokumen: DokumenPerencanaan;
}

export interface PlanningLane {
  /** Dated markers, by date. Documents without `tanggalPenetapan` cannot be placed and are left out. */
  points: Milestone[];
  periods: PlanningPeriod[];
}

export function planningLane(data: Pick<KpmDesaDataset, 'forum' | 'dokumenPerencanaan'>): PlanningLane {
  const points: Milestone[] = [];
  for (const forum of data.forum ?? []) {
    const outsideSeason = forum.jenis === 'musrenbangdes' && !MUSRENBANGDES_MONTHS.includes(monthOf(forum.tanggal));
    points.push({ source: 'forum', id: forum.id, tanggal: forum.tanggal, forum, outsideSeason });
  }
  const periods: PlanningPeriod[] = [];
  for (const dokumen of data.dokumenPerencanaan ?? []) {
    if (dokumen.tanggalPenetapan) {
      points.push({ source: 'dokumen', id: dokumen.id, tanggal: dokumen.tanggalPenetapan, dokumen, outsideSeason: false });
    }
    const p = dokumen.periode;
    if (dokumen.jenis === 'rpjmdes' && p) {
      periods.push({
        id: dokumen.id,
        mulai: `${p.tahunMulai}-01-01`,
        selesai: `${p.tahunSelesai}-12-31`,
        tahunMulai: p.tahunMulai,
        tahunSelesai: p.tahunSelesai,
        years: p.tahunSelesai - p.tahunMulai + 1,
        dokumen,
      });
    }
  }
  points.sort((a, b) => compareText(a.tanggal, b.tanggal) || compareText(a.id, b.id));
  periods.sort((a, b) => a.tahunMulai - b.tahunMulai);
  return { points, periods };
}

/** The markers dated within `start`…`end` (inclusive). */
export function pointsBetween(lane: PlanningLane, start: string, end: string): Milestone[] {
  return lane.points.filter((m) => m.tanggal >= start && m.tanggal <= end);
}

/**
 * The years the lane covers, ascending: each marker's year and every year of an RPJMDes band.
 * A village that has published its planning but no kegiatan yet gets its timeline's window
 * from these.
 */
export function planningYears(lane: PlanningLane): number[] {
  const years = new Set<number>(lane.points.map((m) => Number(m.tanggal.slice(0, 4))));
  for (const p of lane.periods) for (let y = p.tahunMulai; y <= p.tahunSelesai; y++) years.add(y);
  return [...years].sort((a, b) => a - b);
}
