/**
 * Section 7 / 12, assessments: exactly one entry per criterion of the framework, scores on the
 * framework's scale (or null, not yet assessed), and evidence behind the higher scores.
 */
import type { Rule } from './family.js';
import type { KpmDesaDataset } from '../entities/dataset.js';
import type { KerangkaPenilaian } from '../entities/penilaian.js';
import { KPM_8_KRITERIA } from '../entities/kpm-8-kriteria.js';
import { formatPath, makeIssue, type ValidationIssue } from '../issues.js';
import { needsEvidence, type ResolvedRuleOptions } from './options.js';

/** The framework an assessment names: one in the document first, else the built-in one. */
function kerangkaOf(data: KpmDesaDataset, kerangkaId: string): KerangkaPenilaian | undefined {
  return (
    data.kerangkaPenilaian?.find((k) => k.id === kerangkaId) ??
    (kerangkaId === KPM_8_KRITERIA.id ? KPM_8_KRITERIA : undefined)
  );
}

/** A scale with at least two steps; every score is drawn as a fraction of it. */
const usableScale = (skala: KerangkaPenilaian['skala']) => skala.maks > skala.min;

/**
 * A score outside a usable scale, as the error at `at` (the criterion entry's path); null when
 * it is on the scale, not given, or the scale itself is unusable (reported on the framework).
 */
export function outOfScale(skor: number | null, kode: string, skala: KerangkaPenilaian['skala'], at: (string | number)[]): ValidationIssue | null {
  const { min, maks } = skala;
  if (skor === null || !usableScale(skala) || (skor >= min && skor <= maks)) return null;
  return makeIssue(
    formatPath([...at, 'skor']),
    'error',
    'skor_out_of_scale',
    `Skor ${skor} untuk "${kode}" di luar skala ${min}–${maks}.`,
    `Score ${skor} for "${kode}" is outside the ${min}–${maks} scale.`,
  );
}

/**
 * A framework in the document: its scale must have at least two steps (every score is drawn
 * as a fraction of it), labels must name steps on it, and each criterion code must be unique
 * (an assessment scores each code exactly once, so a repeated one could never be satisfied).
 */
function checkKerangka(kerangka: KerangkaPenilaian, i: number, issues: ValidationIssue[]): void {
  const { min, maks, label } = kerangka.skala;
  const at = ['kerangkaPenilaian', i];
  if (!usableScale(kerangka.skala)) {
    issues.push(
      makeIssue(
        formatPath([...at, 'skala', 'maks']),
        'error',
        'invalid_scale',
        `Skala ${min}–${maks} tidak bisa dipakai: skor tertinggi (maks) harus lebih besar dari skor terendah (min).`,
        `The ${min}–${maks} scale cannot be used: the highest score (maks) must be greater than the lowest (min).`,
      ),
    );
  } else {
    for (const key of Object.keys(label ?? {})) {
      const skor = Number(key);
      if (skor >= min && skor <= maks) continue;
      issues.push(
        makeIssue(
          formatPath([...at, 'skala', 'label', key]),
          'warning',
          'label_outside_scale',
          `Label untuk skor ${key} tidak dipakai: skor itu di luar skala ${min}–${maks}.`,
          `The label for score ${key} is never shown: that score is outside the ${min}–${maks} scale.`,
        ),
      );
    }
  }
  const seen = new Set<string>();
  kerangka.kriteria.forEach((k, j) => {
    if (seen.has(k.kode)) {
      issues.push(
        makeIssue(
          formatPath([...at, 'kriteria', j, 'kode']),
          'error',
          'duplicate_kode',
          `Kode kriteria "${k.kode}" sudah dipakai kriteria lain dalam kerangka ini; setiap kode harus unik.`,
          `Criterion code "${k.kode}" is already used by another criterion of this framework; each code must be unique.`,
        ),
      );
    }
    seen.add(k.kode);
  });
}

export function checkPenilaian(data: KpmDesaDataset, options: ResolvedRuleOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  data.kerangkaPenilaian?.forEach((k, i) => checkKerangka(k, i, issues));
  data.penilaianKpm?.forEach((p, i) => {
    // An unknown framework is a dangling reference (references.ts); nothing to compare here.
    const kerangka = kerangkaOf(data, p.kerangkaId);
    // An unusable scale is reported on the framework; every score would be "outside" it.
    if (!kerangka || !usableScale(kerangka.skala)) return;
    const { min, maks } = kerangka.skala;
    const expected = kerangka.kriteria.map((k) => k.kode);
    const seen = new Set<string>();

    p.kriteria.forEach((k, j) => {
      const at = ['penilaianKpm', i, 'kriteria', j];
      if (!expected.includes(k.kode) || seen.has(k.kode)) {
        const [id, en] = seen.has(k.kode)
          ? ['muncul lebih dari sekali', 'appears more than once']
          : [`tidak ada dalam kerangka ${kerangka.id}`, `is not in framework ${kerangka.id}`];
        issues.push(
          makeIssue(
            formatPath([...at, 'kode']),
            'error',
            'kriteria_mismatch',
            `Kriteria "${k.kode}" ${id}; setiap kriteria kerangka dinilai tepat satu kali.`,
            `Criterion "${k.kode}" ${en}; each criterion of the framework is scored exactly once.`,
          ),
        );
      }
      seen.add(k.kode);

      const outside = outOfScale(k.skor, k.kode, kerangka.skala, at);
      if (outside) {
        issues.push(outside);
      } else if (k.skor !== null && needsEvidence({ min, maks }, k.skor, options.skorButuhBukti) && k.bukti.length === 0) {
        issues.push(
          makeIssue(
            formatPath([...at, 'bukti']),
            'info',
            'evidence_missing',
            `Skor ${k.skor} untuk "${k.kode}" belum didukung bukti (dokumen, foto, daftar hadir, …).`,
            `Score ${k.skor} for "${k.kode}" has no supporting evidence yet (document, photo, attendance list, …).`,
          ),
        );
      }
    });

    const missing = expected.filter((kode) => !seen.has(kode));
    if (missing.length > 0) {
      issues.push(
        makeIssue(
          formatPath(['penilaianKpm', i, 'kriteria']),
          'error',
          'kriteria_mismatch',
          `Kriteria belum ada dalam penilaian: ${missing.join(', ')}. Tambahkan dengan skor null bila belum dinilai.`,
          `Criteria missing from the assessment: ${missing.join(', ')}. Add them with a null score if not yet assessed.`,
        ),
      );
    }
  });
  return issues;
}

/** Assessments against their framework (kerangkaPenilaian, or the built-in one). */
export const penilaianRules: Rule = (data, o) => checkPenilaian(data, o);
