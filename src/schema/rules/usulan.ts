/**
 * Section 8: a submitter's name is public only when both the submission and the consent say
 * so; a disagreement is an error because publishing a name without consent is a privacy breach.
 */
import type { KpmDesaDataset } from '../entities/index.js';
import { formatPath, makeIssue, type ValidationIssue } from '../issues.js';

const yaTidak = (value: boolean) => (value ? 'ya' : 'tidak');
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

export function checkUsulan(data: KpmDesaDataset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  data.usulan?.forEach((u, i) => {
    const tampil = u.pengusul.tampilkanNama;
    const setuju = u.persetujuan.publikasiNama;
    if (tampil === setuju) return;
    issues.push(
      makeIssue(
        formatPath(['usulan', i, 'pengusul', 'tampilkanNama']),
        'error',
        'consent_name_mismatch',
        `"Tampilkan nama" (${yaTidak(tampil)}) tidak sama dengan persetujuan publikasi nama (${yaTidak(setuju)}); nama hanya boleh tampil bila pengusul menyetujuinya.`,
        `"Show name" (${yesNo(tampil)}) differs from the consent to publish the name (${yesNo(setuju)}); a name may be shown only with the submitter's consent.`,
      ),
    );
  });
  return issues;
}
