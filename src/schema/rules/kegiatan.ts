/**
 * Section 5 / 12, kegiatan: physical progress is logged over time and should not go down
 * unless the log says why; the budget total must equal its split by source.
 */
import type { Rule } from './family.js';
import type { KpmDesaDataset } from '../entities/dataset.js';
import { formatPath, makeIssue, type ValidationIssue } from '../issues.js';
import { formatRupiah } from './format.js';

export function checkKegiatan(data: KpmDesaDataset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  data.kegiatan?.forEach((k, i) => {
    // An explained drop (a correction after inspection, say) is allowed by section 5 and
    // raises nothing; only an unexplained one is worth the operator's attention. A drop is
    // over time, so entries are compared in date order (stable: same-day entries keep theirs),
    // whatever order the log was written in.
    const progres = k.progres ?? [];
    const order = progres.map((_, j) => j).sort((a, b) => progres[a]!.tanggal.localeCompare(progres[b]!.tanggal));
    order.forEach((j, n) => {
      const p = progres[j]!;
      const before = n > 0 ? progres[order[n - 1]!] : undefined;
      if (!before || p.persenFisik >= before.persenFisik || p.catatan?.trim()) return;
      issues.push(
        makeIssue(
          formatPath(['kegiatan', i, 'progres', j, 'persenFisik']),
          'info',
          'progress_drop',
          `Progres fisik turun dari ${before.persenFisik}% (${before.tanggal}) ke ${p.persenFisik}% (${p.tanggal}) tanpa catatan; jelaskan penyebabnya di catatan.`,
          `Physical progress dropped from ${before.persenFisik}% (${before.tanggal}) to ${p.persenFisik}% (${p.tanggal}) without a note; explain why in the note.`,
        ),
      );
    });

    const perSumber = k.anggaran?.perSumber;
    if (!k.anggaran || !perSumber) return;
    const jumlah = perSumber.reduce((total, s) => total + s.jumlah, 0);
    if (jumlah === k.anggaran.total) return;
    issues.push(
      makeIssue(
        formatPath(['kegiatan', i, 'anggaran', 'total']),
        'error',
        'anggaran_per_sumber_mismatch',
        `Total anggaran ${formatRupiah(k.anggaran.total)} tidak sama dengan jumlah rincian per sumber dana ${formatRupiah(jumlah)}.`,
        `Budget total ${formatRupiah(k.anggaran.total, 'en')} differs from the sum of its per-source amounts ${formatRupiah(jumlah, 'en')}.`,
      ),
    );
  });
  return issues;
}

/** The rule family of this file, as a validator runs it (family.ts). */
export const kegiatanRules: Rule = (data) => checkKegiatan(data);
