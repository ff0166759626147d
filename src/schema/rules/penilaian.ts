/**
 * Section 7 / 12, assessments: exactly one entry per criterion of the framework, scores on the
 * framework's scale (or null, not yet assessed), and evidence behind the higher scores.
 */
import type { KerangkaPenilaian, KpmDesaDataset } from '../entities/index.js';
import { KPM_8_KRITERIA } from '../entities/kpm-8-kriteria.js';
import { formatPath, makeIssue, type ValidationIssue } from '../issues.js';
import type { ResolvedRuleOptions } from './options.js';

/** The framework an assessment names: one in the document first, else the built-in one. */
function kerangkaOf(data: KpmDesaDataset, kerangkaId: string): KerangkaPenilaian | undefined {
  return (
    data.kerangkaPenilaian?.find((k) => k.id === kerangkaId) ??
    (kerangkaId === KPM_8_KRITERIA.id ? KPM_8_KRITERIA : undefined)
  );
}

export function checkPenilaian(data: KpmDesaDataset, options: ResolvedRuleOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  data.penilaianKpm?.forEach((p, i) => {
    // An unknown framework is a dangling reference (references.ts); nothing to compare here.
    const kerangka = kerangkaOf(data, p.kerangkaId);
    if (!kerangka) return;
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

      if (k.skor !== null && (k.skor < min || k.skor > maks)) {
        issues.push(
          makeIssue(
            formatPath([...at, 'skor']),
            'error',
            'skor_out_of_scale',
            `Skor ${k.skor} untuk "${k.kode}" di luar skala ${min}–${maks}.`,
            `Score ${k.skor} for "${k.kode}" is outside the ${min}–${maks} scale.`,
          ),
        );
      } else if (k.skor !== null && k.skor >= options.skorButuhBukti && k.bukti.length === 0) {
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
