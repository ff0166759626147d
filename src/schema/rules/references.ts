/**
 * Section 0, "References": every `…Id` must resolve to an entity in the same document. The
 * issue sits on the referencing field. The referencing entity itself stays in the data (it
 * is sound; widgets treat an unresolved link as absent), so one typo in a `kegiatanId`
 * does not hide a whole APBDes.
 */
import type { Rule } from './family.js';
import type { KpmDesaDataset } from '../entities/dataset.js';
import { formatPath, makeIssue, type ValidationIssue } from '../issues.js';
import type { Segments } from './segments.js';
import { KPM_8_KRITERIA_ID } from '../entities/kpm-8-kriteria-id.js';

interface Target {
  ids: Set<string>;
  id: string;
  en: string;
}

const idsOf = (items: ReadonlyArray<{ id: string }> | undefined): Set<string> =>
  new Set((items ?? []).map((item) => item.id));

export function checkReferences(
  data: KpmDesaDataset,
  idsInInput?: ReadonlyMap<string, ReadonlySet<string>>,
  carried?: ReadonlySet<string>,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // A collection the validator did not carry is absent, not empty: links into it are unknown.
  const target = (items: ReadonlyArray<{ id: string }> | undefined, id: string, en: string, collection = ''): Target | null =>
    collection && carried && !carried.has(collection)
      ? null
      : { ids: new Set([...idsOf(items), ...(idsInInput?.get(collection) ?? [])]), id, en };
  const dusun = target(data.desa.dusun, 'dusun', 'hamlet (dusun)');
  const dokumen = target(data.dokumenPerencanaan, 'dokumen perencanaan', 'planning document', 'dokumenPerencanaan');
  const kegiatan = target(data.kegiatan, 'kegiatan', 'activity (kegiatan)', 'kegiatan');
  const usulan = target(data.usulan, 'usulan', 'proposal (usulan)', 'usulan');
  const kemitraan = target(data.kemitraan, 'kemitraan', 'partnership (kemitraan)', 'kemitraan');
  const apbdes = target(data.apbdes, 'APBDes', 'budget (APBDes)', 'apbdes');
  const forum = target(data.forum, 'forum', 'forum', 'forum');
  const kelompok = target(data.kelompokKpm, 'kelompok', 'group (kelompok)', 'kelompokKpm');
  const organisasi = target(data.organisasi, 'organisasi', 'organisation', 'organisasi');
  const kerangka = target(data.kerangkaPenilaian, 'kerangka penilaian', 'assessment framework', 'kerangkaPenilaian');
  kerangka?.ids.add(KPM_8_KRITERIA_ID);

  const ref = (segments: Segments, value: string | undefined, to: Target | null) => {
    if (value === undefined || to === null || to.ids.has(value)) return;
    issues.push(
      makeIssue(
        formatPath(segments),
        'error',
        'dangling_reference',
        `Rujukan "${value}" tidak ditemukan: tidak ada ${to.id} dengan id itu dalam data ini.`,
        `Reference "${value}" not found: there is no ${to.en} with that id in this dataset.`,
      ),
    );
  };
  const refs = (segments: Segments, values: readonly string[] | undefined, to: Target | null) =>
    values?.forEach((value, i) => ref([...segments, i], value, to));

  data.forum?.forEach((f, i) => ref(['forum', i, 'dusunId'], f.dusunId, dusun));

  data.apbdes?.forEach((a, i) => {
    ref(['apbdes', i, 'menggantikanId'], a.menggantikanId, apbdes);
    a.baris.forEach((b, j) => ref(['apbdes', i, 'baris', j, 'kegiatanId'], b.kegiatanId, kegiatan));
  });

  data.kegiatan?.forEach((k, i) => {
    ref(['kegiatan', i, 'lokasi', 'dusunId'], k.lokasi?.dusunId, dusun);
    refs(['kegiatan', i, 'dokumenIds'], k.dokumenIds, dokumen);
    refs(['kegiatan', i, 'usulanIds'], k.usulanIds, usulan);
    refs(['kegiatan', i, 'mitraIds'], k.mitraIds, kemitraan);
    ref(['kegiatan', i, 'pelaksana', 'kelompokId'], k.pelaksana?.kelompokId, kelompok);
    ref(['kegiatan', i, 'pelaksana', 'organisasiId'], k.pelaksana?.organisasiId, organisasi);
  });

  data.kelompokKpm?.forEach((k, i) => {
    refs(['kelompokKpm', i, 'wilayahKerja'], k.wilayahKerja, dusun);
    ref(['kelompokKpm', i, 'induk'], k.induk, organisasi);
    k.anggota?.forEach((a, j) => ref(['kelompokKpm', i, 'anggota', j, 'dusunId'], a.dusunId, dusun));
  });

  data.penilaianKpm?.forEach((p, i) => {
    ref(['penilaianKpm', i, 'kelompokId'], p.kelompokId, kelompok);
    ref(['penilaianKpm', i, 'kerangkaId'], p.kerangkaId, kerangka);
    ref(['penilaianKpm', i, 'penilai', 'organisasiId'], p.penilai?.organisasiId, organisasi);
  });

  data.usulan?.forEach((u, i) => {
    ref(['usulan', i, 'lokasi', 'dusunId'], u.lokasi?.dusunId, dusun);
    ref(['usulan', i, 'forumId'], u.forumId, forum);
    ref(['usulan', i, 'pengusul', 'kelompokId'], u.pengusul.kelompokId, kelompok);
    ref(['usulan', i, 'kegiatanId'], u.kegiatanId, kegiatan);
  });

  data.kemitraan?.forEach((m, i) => {
    m.peran.forEach((p, j) => ref(['kemitraan', i, 'peran', j, 'organisasiId'], p.organisasiId, organisasi));
    // A partnership may reach into a neighbouring village, whose dusun are not in this document.
    m.lokasi.forEach((l, j) => {
      if (l.kodeWilayah === data.desa.kodeWilayah) {
        ref(['kemitraan', i, 'lokasi', j, 'dusunId'], l.dusunId, dusun);
      }
    });
    ref(['kemitraan', i, 'tercatatDiApbdes', 'apbdesId'], m.tercatatDiApbdes?.apbdesId, apbdes);
    refs(['kemitraan', i, 'kegiatanIds'], m.kegiatanIds, kegiatan);
  });

  return [...checkUniqueIds(data), ...issues, ...checkRecordedCodes(data)];
}

/** The collections whose elements carry an `id` (section 0: unique within their collection). */
const ID_COLLECTIONS = [
  'dokumenPerencanaan', 'forum', 'apbdes', 'kegiatan', 'kelompokKpm', 'kerangkaPenilaian',
  'penilaianKpm', 'usulan', 'organisasi', 'kemitraan',
] as const;

/**
 * Section 0: an id is unique within its collection, else a reference to it is ambiguous. The
 * second and later holders of an id get the error (the first keeps it), so the entity a link
 * already resolved to stays in the data.
 */
function checkUniqueIds(data: KpmDesaDataset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const check = (items: ReadonlyArray<{ id: string }> | undefined, at: Segments) => {
    const seen = new Set<string>();
    items?.forEach((item, i) => {
      if (!seen.has(item.id)) {
        seen.add(item.id);
        return;
      }
      issues.push(
        makeIssue(
          formatPath([...at, i, 'id']),
          'error',
          'duplicate_id',
          `Id "${item.id}" sudah dipakai oleh entri sebelumnya di ${formatPath(at)}; setiap id harus unik dalam daftarnya.`,
          `Id "${item.id}" is already used by an earlier entry of ${formatPath(at)}; every id must be unique within its list.`,
        ),
      );
    });
  };
  check(data.desa.dusun, ['desa', 'dusun']);
  for (const name of ID_COLLECTIONS) check(data[name], [name]);
  return issues;
}

/**
 * A partnership "recorded in APBDes X under kode K" should find K in X: a line with that code
 * or beneath it. A warning, not an error: the named budget may be an earlier version without
 * that line yet, and the partnership itself is sound. Skipped when X is not in the data (the
 * id check above reports that).
 */
function checkRecordedCodes(data: KpmDesaDataset): ValidationIssue[] {
  if (!data.kemitraan?.some((m) => m.tercatatDiApbdes)) return [];
  const budgets = new Map((data.apbdes ?? []).map((a) => [a.id, a]));
  return data.kemitraan.flatMap((m, i) => {
    const at = m.tercatatDiApbdes;
    const budget = at && budgets.get(at.apbdesId);
    if (!at || !budget) return [];
    const under = `${at.kodeRekening}.`;
    if (budget.baris.some((b) => b.kodeRekening === at.kodeRekening || b.kodeRekening.startsWith(under))) return [];
    return [
      makeIssue(
        formatPath(['kemitraan', i, 'tercatatDiApbdes', 'kodeRekening']),
        'warning',
        'kode_not_in_apbdes',
        `Kode rekening ${at.kodeRekening} tidak ada di APBDes "${at.apbdesId}": periksa kodenya, atau apakah kemitraan ini tercatat di APBDes lain.`,
        `Account code ${at.kodeRekening} is not in budget "${at.apbdesId}": check the code, or whether the partnership is recorded in another APBDes.`,
      ),
    ];
  });
}

/** Every `…Id` between collections the data carries (options.collections). */
export const referenceRules: Rule = (data, o) => checkReferences(data, o.idsInInput, o.collections);
