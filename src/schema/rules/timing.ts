/**
 * Section 12, planning timing (warnings): the musrenbangdes is held July–September, the RKPDes
 * is set by 30 September of the year before, and an APBDes murni by 31 December of the year
 * before. A perubahan is set during the year by nature and is not checked.
 */
import type { Rule } from './family.js';
import type { KpmDesaDataset } from '../entities/dataset.js';
import { formatPath, makeIssue, type ValidationIssue } from '../issues.js';

const MUSRENBANGDES_BULAN = { dari: 7, sampai: 9 };

/** Deadlines in the year before the one a document plans; a perubahan has none. */
const TENGGAT_DOKUMEN: Partial<Record<string, { nama: string; bulanHari: string; code: string }>> = {
  rkpdes: { nama: 'RKPDes', bulanHari: '09-30', code: 'rkpdes_late' },
  apbdes: { nama: 'APBDes', bulanHari: '12-31', code: 'apbdes_murni_late' },
};

const monthOf = (date: string) => Number(date.slice(5, 7));

function late(
  path: string,
  code: string,
  what: { id: string; en: string },
  tanggal: string,
  batas: string,
): ValidationIssue {
  return makeIssue(
    path,
    'warning',
    code,
    `${what.id} ditetapkan ${tanggal}, setelah batas ${batas}.`,
    `${what.en} was set on ${tanggal}, after the deadline of ${batas}.`,
  );
}

export function checkTiming(data: KpmDesaDataset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];

  data.forum?.forEach((f, i) => {
    if (f.jenis !== 'musrenbangdes') return;
    const bulan = monthOf(f.tanggal);
    if (bulan >= MUSRENBANGDES_BULAN.dari && bulan <= MUSRENBANGDES_BULAN.sampai) return;
    issues.push(
      makeIssue(
        formatPath(['forum', i, 'tanggal']),
        'warning',
        'musrenbangdes_timing',
        `Musrenbangdes tanggal ${f.tanggal} di luar bulan Juli–September, masa penyusunan RKPDes.`,
        `The musrenbangdes on ${f.tanggal} falls outside July–September, when the RKPDes is drawn up.`,
      ),
    );
  });

  data.dokumenPerencanaan?.forEach((d, i) => {
    const tenggat = TENGGAT_DOKUMEN[d.jenis];
    if (tenggat === undefined || d.tanggalPenetapan === undefined) return;
    // Without `tahun`, the document is taken to plan the year after the one it was set in.
    const tahun = d.tahun ?? Number(d.tanggalPenetapan.slice(0, 4)) + 1;
    const batas = `${tahun - 1}-${tenggat.bulanHari}`;
    if (d.tanggalPenetapan <= batas) return;
    const what = { id: `${tenggat.nama} ${tahun}`, en: `The ${tenggat.nama} ${tahun}` };
    const path = formatPath(['dokumenPerencanaan', i, 'tanggalPenetapan']);
    issues.push(late(path, tenggat.code, what, d.tanggalPenetapan, batas));
  });

  data.apbdes?.forEach((a, i) => {
    if (a.versi !== 'murni' || a.tanggalPenetapan === undefined) return;
    const batas = `${a.tahunAnggaran - 1}-${TENGGAT_DOKUMEN.apbdes!.bulanHari}`;
    if (a.tanggalPenetapan <= batas) return;
    issues.push(
      late(
        formatPath(['apbdes', i, 'tanggalPenetapan']),
        'apbdes_murni_late',
        { id: `APBDes ${a.tahunAnggaran} (murni)`, en: `The APBDes ${a.tahunAnggaran} (murni)` },
        a.tanggalPenetapan,
        batas,
      ),
    );
  });

  return issues;
}

/** Dates of forums, planning documents and budgets in the planning calendar. */
export const timingRules: Rule = (data) => checkTiming(data);
