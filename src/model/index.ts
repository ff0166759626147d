/** `kpm-widgets/model`: pure functions from a validated dataset to every figure a widget shows. */
export { makeFigure, persenOf, selisihOf, differenceFigure, sumFigure, type Figure } from './figure.js';
export { realisasiAsOf, snapshotDates, latestSnapshotDate, sumLines } from './realisasi.js';
export { compareKode, compareText } from './kode-order.js';
export {
  summarizeApbdes,
  groupByKode,
  kodeAtLevel,
  kodeLabel,
  linesUnder,
  type ApbdesSummary,
  type KodeLevel,
  type KodeRow,
} from './apbdes-totals.js';
export {
  belanjaHierarchy,
  belanjaPerJenis,
  type BelanjaNode,
  type BelanjaLevel,
  type BelanjaHierarchyOptions,
} from './apbdes-bidang.js';
export { siltapShare, type SiltapShare } from './apbdes-siltap.js';
export {
  perSumberDana,
  sumberDanaOf,
  belanjaOfSumber,
  type SumberDanaRow,
  type BelanjaSumberRow,
} from './apbdes-sumber.js';
export { danaDesaKegiatan } from './apbdes-dana-desa.js';
export {
  pickApbdes,
  availableYears,
  versionsOfYear,
  murniOf,
  compareCurrency,
  type PickApbdesOptions,
} from './apbdes-select.js';
export {
  matchPerubahanLines,
  perubahanChanges,
  type LinePair,
  type PerubahanRow,
  type PerubahanOptions,
  type JenisPerubahan,
} from './apbdes-perubahan.js';
export { trendByYear, type TrendYear } from './apbdes-trend.js';
export {
  resolveKerangka,
  scaleSteps,
  scaleLabel,
  scoreFraction,
  MAX_NAMED_STEPS,
  type ScaleStep,
} from './scorecard-kerangka.js';
export {
  scoreAssessment,
  type ScorecardScore,
  type CriterionScore,
  type IndikatorCheck,
  type ScoreOptions,
} from './scorecard-score.js';
export {
  assessmentsOf,
  previousAssessment,
  assessmentTrend,
  type ScorecardTrend,
  type CriterionChange,
} from './scorecard-trend.js';
export { defaultGroupId, pickGroupIds, groupScorecard, type GroupScorecard } from './scorecard-groups.js';
export {
  blankAssessment,
  alignToKerangka,
  finalizeAssessment,
  newAssessmentId,
  isAssessmentDraft,
} from './scorecard-draft.js';
export { axisPoint, radarPoints, radarRuns, radarPath, type Point } from './scorecard-radar.js';
export * from './timeline-dates.js';
export * from './timeline-layout.js';
export * from './timeline-filter.js';
export * from './timeline-summary.js';
export * from './timeline-milestones.js';
export * from './timeline-trace.js';
export * from './usulan-payload.js';
export * from './usulan-public.js';
export * from './usulan-retry.js';
export * from './usulan-spam.js';
export * from './partner-network.js';
export * from './partner-filter.js';
export * from './partner-points.js';
export * from './partner-graph-layout.js';
export * from './map-boundaries.js';
export * from './map-projection.js';
export * from './map-cluster.js';
export * from './map-view.js';
