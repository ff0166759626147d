/**
 * Dates that bound a span — a term, a schedule, a partnership — must not end before they
 * start. A warning, not an error: the span is still shown (the timeline draws it between the
 * two dates, the partner filter reads it as the years between them), so one transposed date
 * does not take a whole kegiatan, group or partnership off the page; the operator is told.
 */
import type { Rule } from './family.js';
import type { KpmDesaDataset } from '../entities/dataset.js';
import { formatPath, makeIssue, type ValidationIssue } from '../issues.js';

interface Span {
  mulai?: string | undefined;
  selesai?: string | undefined;
}

function checkSpan(span: Span | undefined, at: ReadonlyArray<PropertyKey>, issues: ValidationIssue[]): void {
  if (!span?.mulai || !span.selesai || span.selesai >= span.mulai) return;
  issues.push(
    makeIssue(
      formatPath([...at, 'selesai']),
      'warning',
      'period_reversed',
      `Tanggal selesai ${span.selesai} lebih awal dari tanggal mulai ${span.mulai}; periksa apakah keduanya tertukar.`,
      `End date ${span.selesai} is before start date ${span.mulai}; check whether the two were swapped.`,
    ),
  );
}

export function checkPeriods(data: KpmDesaDataset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkSpan(data.desa.kepalaDesa?.periode, ['desa', 'kepalaDesa', 'periode'], issues);
  data.kegiatan?.forEach((k, i) => checkSpan(k.jadwal, ['kegiatan', i, 'jadwal'], issues));
  data.kelompokKpm?.forEach((k, i) => {
    checkSpan(k.periode, ['kelompokKpm', i, 'periode'], issues);
    k.anggota?.forEach((a, j) => checkSpan(a, ['kelompokKpm', i, 'anggota', j], issues));
  });
  data.kemitraan?.forEach((k, i) => checkSpan(k.periode, ['kemitraan', i, 'periode'], issues));
  return issues;
}

/** Terms, schedules and partnership periods that end before they start (every collection). */
export const periodRules: Rule = (data) => checkPeriods(data);
