/**
 * Which groups a scorecard shows and what it shows for each: the latest assessment whose
 * framework resolves, scored, with the trend against the previous one.
 */
import type { Kelompok, KerangkaPenilaian, KpmDesaDataset } from '../schema/index.js';
import { resolveKerangka } from './scorecard-kerangka.js';
import { scoreAssessment, type ScorecardScore, type ScoreOptions } from './scorecard-score.js';
import { assessmentsOf, assessmentTrend, previousAssessment, type ScorecardTrend } from './scorecard-trend.js';

type ScorecardData = Pick<KpmDesaDataset, 'kelompokKpm' | 'kerangkaPenilaian' | 'penilaianKpm'>;

/** The first group of jenis `kelompok_pemberdayaan`, else the first group, else the first assessed one. */
export function defaultGroupId(data: ScorecardData): string | undefined {
  const groups = data.kelompokKpm ?? [];
  return (
    groups.find((g) => g.jenis === 'kelompok_pemberdayaan')?.id ?? groups[0]?.id ?? data.penilaianKpm?.[0]?.kelompokId
  );
}

/**
 * The groups to show: the asked ids (the `group` attribute's words) in their order, without
 * repeats and without ids the data does not know; the default group when none of them exists.
 */
export function pickGroupIds(data: ScorecardData, asked: readonly string[]): string[] {
  const known = new Set([
    ...(data.kelompokKpm ?? []).map((g) => g.id),
    ...(data.penilaianKpm ?? []).map((p) => p.kelompokId),
  ]);
  const found = [...new Set(asked.filter((id) => known.has(id)))];
  if (found.length) return found;
  const fallback = defaultGroupId(data);
  return fallback ? [fallback] : [];
}

export interface GroupScorecard {
  kelompokId: string;
  /** The group's record; absent when only assessments name it. */
  kelompok?: Kelompok;
  /** The latest scorable assessment; absent when the group has none. */
  skor?: ScorecardScore;
  tren?: ScorecardTrend;
  /** Assessments left out because their framework is unknown. */
  tanpaKerangka: number;
}

export function groupScorecard(data: ScorecardData, kelompokId: string, options: ScoreOptions = {}): GroupScorecard {
  const list = data.penilaianKpm ?? [];
  const own = assessmentsOf(list, kelompokId);
  const scorable = own.filter((p) => resolveKerangka(data, p.kerangkaId));
  const kelompok = data.kelompokKpm?.find((g) => g.id === kelompokId);
  const result: GroupScorecard = {
    kelompokId,
    ...(kelompok ? { kelompok } : {}),
    tanpaKerangka: own.length - scorable.length,
  };
  const latest = scorable[0];
  if (!latest) return result;
  const kerangka = resolveKerangka(data, latest.kerangkaId) as KerangkaPenilaian;
  result.skor = scoreAssessment(latest, kerangka, options);
  const prev = previousAssessment(scorable, latest);
  if (prev) result.tren = assessmentTrend(result.skor, scoreAssessment(prev, kerangka, options));
  return result;
}
