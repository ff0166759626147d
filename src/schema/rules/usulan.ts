/**
 * Section 8: a submitter's name is public only when both the submission and the consent say
 * so; a disagreement is an error because publishing a name without consent is a privacy breach.
 */
import type { KpmDesaDataset, Usulan } from '../entities/index.js';
import { formatPath, makeIssue, type ValidationIssue } from '../issues.js';
import type { Segments } from './segments.js';

const yaTidak = (value: boolean) => (value ? 'ya' : 'tidak');
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/**
 * The consent check for one submission, at `at` (its path segments). Exported so a new
 * submission from the form (`UsulanBaru`, which has the same two fields) is held to it too.
 */
export function checkConsent(
  usulan: Pick<Usulan, 'pengusul' | 'persetujuan'>,
  at: Segments = [],
): ValidationIssue | undefined {
  const tampil = usulan.pengusul.tampilkanNama;
  const setuju = usulan.persetujuan.publikasiNama;
  if (tampil === setuju) return undefined;
  return makeIssue(
    formatPath([...at, 'pengusul', 'tampilkanNama']),
    'error',
    'consent_name_mismatch',
    `"Tampilkan nama" (${yaTidak(tampil)}) tidak sama dengan persetujuan publikasi nama (${yaTidak(setuju)}); nama hanya boleh tampil bila pengusul menyetujuinya.`,
    `"Show name" (${yesNo(tampil)}) differs from the consent to publish the name (${yesNo(setuju)}); a name may be shown only with the submitter's consent.`,
  );
}

export function checkUsulan(data: KpmDesaDataset): ValidationIssue[] {
  return (data.usulan ?? []).flatMap((u, i) => checkConsent(u, ['usulan', i]) ?? []);
}
