/**
 * Validators for one entity on its own, as an editor holds it (paths relative to the entity,
 * messages in id and en): the same zod schema, unknown-field walk and section 12 rules as a
 * whole dataset, so a form and the published data can never disagree.
 */
import { KPM_8_KRITERIA } from './entities/kpm-8-kriteria.js';
import { penilaianKelompokSchema, type KerangkaPenilaian, type PenilaianKelompok } from './entities/penilaian.js';
import type { KpmDesaDataset } from './entities/dataset.js';
import { parseInto, type PathIssue } from './collect.js';
import { parsePath } from './path-order.js';
import { checkPenilaian, outOfScale } from './rules/penilaian.js';
import { resolveOptions, type RuleOptions } from './rules/options.js';
import { findUnknownFields } from './unknown-fields.js';
import { finish, guarded, isPlainObject, rootIssue, type ValidationResult } from './result.js';

/**
 * One `PenilaianKelompok` against `kerangka` (default: the built-in `kpm-8-kriteria`): shape,
 * exactly one entry per criterion, scores on the scale, evidence behind high scores (info),
 * and the framework id it names. `data` is the parsed assessment when there is no error.
 */
export function validatePenilaianKelompok(
  input: unknown,
  kerangka: KerangkaPenilaian = KPM_8_KRITERIA,
  options: Pick<RuleOptions, 'skorButuhBukti'> = {},
): ValidationResult<PenilaianKelompok> {
  return guarded<PenilaianKelompok>(() => {
    if (!isPlainObject(input)) {
      return finish(input, [rootIssue(input, { id: 'Penilaian', en: 'The assessment' })], null);
    }
    const found: PathIssue[] = [];
    const parsed = parseInto(penilaianKelompokSchema, input, [], found);
    findUnknownFields(penilaianKelompokSchema, input, [], found);
    if (!parsed.success) {
      // Scores off the scale too, so an editor shows every error at once instead of this one
      // only after a type error elsewhere is fixed.
      found.push(...rawScoresOffScale(input, kerangka, found));
      return finish(input, found, null);
    }

    if (parsed.data.kerangkaId !== kerangka.id) {
      found.push({
        segments: ['kerangkaId'],
        severity: 'error',
        code: 'kerangka_mismatch',
        message: {
          id: `harus "${kerangka.id}", kerangka yang dipakai formulir ini; ditemukan "${parsed.data.kerangkaId}"`,
          en: `must be "${kerangka.id}", the framework this form uses; found "${parsed.data.kerangkaId}"`,
        },
      });
    } else {
      // The dataset rule, run on a one-assessment document; its paths lose their `penilaianKpm[0]` head.
      const doc = { penilaianKpm: [parsed.data], kerangkaPenilaian: [kerangka] } as unknown as KpmDesaDataset;
      for (const issue of checkPenilaian(doc, resolveOptions(options))) {
        found.push({ segments: parsePath(issue.path).slice(2), severity: issue.severity, code: issue.code, message: issue.message });
      }
    }
    const ok = !found.some((i) => i.severity === 'error');
    return finish(input, found, ok ? parsed.data : null);
  });
}

/** The out-of-scale errors of the integer scores in an assessment that did not parse, at paths not already reported. */
function rawScoresOffScale(input: Record<string, unknown>, kerangka: KerangkaPenilaian, found: readonly PathIssue[]): PathIssue[] {
  const reported = new Set(found.map((i) => i.segments.join('.')));
  const entries = Array.isArray(input.kriteria) ? input.kriteria : [];
  const out: PathIssue[] = [];
  entries.forEach((k: unknown, j) => {
    if (!isPlainObject(k) || !Number.isInteger(k.skor) || reported.has(`kriteria.${j}.skor`)) return;
    const issue = outOfScale(k.skor as number, String(k.kode), kerangka.skala, ['kriteria', j]);
    if (issue) out.push({ segments: ['kriteria', j, 'skor'], severity: issue.severity, code: issue.code, message: issue.message });
  });
  return out;
}
