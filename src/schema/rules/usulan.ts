/**
 * Section 8: a submitter's name is public only when both the submission and the consent say
 * so; a disagreement is an error because publishing a name without consent is a privacy breach.
 * And a published dataset is public as a whole: what the widgets hide is still in the file
 * for anyone to read, so a private contact or a withheld name found in it is flagged.
 */
import type { Rule } from './family.js';
import type { KpmDesaDataset } from '../entities/dataset.js';
import type { Usulan } from '../entities/usulan.js';
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

/**
 * What of a stored submission must not be in a published file (UU 27/2022 PDP): the private
 * contact, and a name the submitter did not agree to show. Warnings, not errors: the widgets
 * never show either, and the rest of the data is sound — but the operator must remove them
 * before publishing, which the builder's issue list tells them.
 */
function checkPublished(u: Usulan, at: Segments): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (u.kontakPribadi?.telepon || u.kontakPribadi?.email) {
    out.push(
      makeIssue(
        formatPath([...at, 'kontakPribadi']),
        'warning',
        'private_contact_published',
        'Kontak pribadi pengusul (telepon/email) ada di berkas data publik. Widget tidak menampilkannya, tetapi siapa pun dapat membaca berkas ini: hapus kontakPribadi sebelum diterbitkan (UU 27/2022 PDP).',
        "The submitter's private contact (phone/email) is in the public data file. The widgets do not show it, but anyone can read the file: remove kontakPribadi before publishing (Indonesia's personal data protection law, UU 27/2022).",
      ),
    );
  }
  if (u.pengusul.nama && !(u.pengusul.tampilkanNama && u.persetujuan.publikasiNama)) {
    out.push(
      makeIssue(
        formatPath([...at, 'pengusul', 'nama']),
        'warning',
        'withheld_name_published',
        'Nama pengusul ada di berkas data publik padahal tidak boleh ditampilkan. Widget menyembunyikannya, tetapi siapa pun dapat membaca berkas ini: hapus nama sebelum diterbitkan (UU 27/2022 PDP).',
        "The submitter's name is in the public data file although it may not be shown. The widgets hide it, but anyone can read the file: remove the name before publishing (UU 27/2022).",
      ),
    );
  }
  return out;
}

export function checkUsulan(data: KpmDesaDataset): ValidationIssue[] {
  return (data.usulan ?? []).flatMap((u, i) => {
    const consent = checkConsent(u, ['usulan', i]);
    return [...(consent ? [consent] : []), ...checkPublished(u, ['usulan', i])];
  });
}

/** The rule family of this file, as a validator runs it (family.ts). */
export const usulanRules: Rule = (data) => checkUsulan(data);
