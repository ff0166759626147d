/**
 * The framework an assessment is scored against (DATA-MODEL.md section 7): one written in the
 * document, else the built-in `kpm-8-kriteria`. Criteria and scales are data, so nothing here
 * knows eight criteria or a 1–4 scale.
 */
import { KPM_8_KRITERIA, type KerangkaPenilaian, type KpmDesaDataset, type Teks } from '../schema/index.js';
import { needsEvidence as needsEvidenceOnScale } from '../schema/rules/options.js';

export function resolveKerangka(
  data: Pick<KpmDesaDataset, 'kerangkaPenilaian'>,
  kerangkaId: string | undefined,
): KerangkaPenilaian | undefined {
  const id = kerangkaId ?? KPM_8_KRITERIA.id;
  return data.kerangkaPenilaian?.find((k) => k.id === id) ?? (id === KPM_8_KRITERIA.id ? KPM_8_KRITERIA : undefined);
}

export interface ScaleStep {
  skor: number;
  /** The scale's word for this score ("Maju"), or null when the framework names none. */
  label: Teks | null;
}

/** Above this many steps a scale is a number range (0–100), not a list of named levels. */
export const MAX_NAMED_STEPS = 11;

/** Every score of the scale, lowest first; empty when the scale is inverted or too wide to list. */
export function scaleSteps(kerangka: KerangkaPenilaian): ScaleStep[] {
  const { min, maks } = kerangka.skala;
  if (maks < min || maks - min + 1 > MAX_NAMED_STEPS) return [];
  const steps: ScaleStep[] = [];
  for (let skor = min; skor <= maks; skor++) steps.push({ skor, label: scaleLabel(kerangka, skor) });
  return steps;
}

export function scaleLabel(kerangka: KerangkaPenilaian, skor: number | null): Teks | null {
  if (skor === null) return null;
  return kerangka.skala.label?.[String(skor)] ?? null;
}

/**
 * Where a score sits on the drawing scale, 0 to 1: score / maks, so on a 1–4 scale "1" is a
 * quarter bar rather than nothing (a group at the first level has started, not scored zero).
 */
export function scoreFraction(kerangka: KerangkaPenilaian, skor: number | null): number | null {
  if (skor === null) return null;
  const { maks } = kerangka.skala;
  if (maks <= 0) return 0;
  return Math.min(1, Math.max(0, skor / maks));
}

/** Whether a score is high enough to need evidence on its framework's scale (the schema rule's test). */
export function needsEvidence(kerangka: KerangkaPenilaian, skor: number, threshold?: number): boolean {
  return needsEvidenceOnScale(kerangka.skala, skor, threshold);
}
