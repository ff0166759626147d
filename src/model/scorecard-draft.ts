/**
 * The self-assessment form's data: a blank assessment laid out from the framework, an existing
 * one re-laid on it for revision, and the clean JSON the form hands over (optional texts the
 * group left blank are omitted, not sent as "").
 */
import type { Bukti, KerangkaPenilaian, PenilaianKelompok, PenilaianKriteria } from '../schema/index.js';

const MAX_ID = 64;

/**
 * A valid local id for a new assessment: `nilai-<tanggal>-<kelompokId>`, cut to the id limit,
 * with `-2`, `-3` … when the dataset already has it (a self-assessment and the pendamping's
 * on the same day would otherwise clash, and the validator refuses the second).
 */
export function newAssessmentId(kelompokId: string, tanggal: string, taken: ReadonlySet<string> = new Set()): string {
  const cut = (s: string, room: number) => s.slice(0, room).replace(/[-_.]+$/, '');
  const base = `nilai-${tanggal}-${kelompokId}`;
  let id = cut(base, MAX_ID);
  for (let n = 2; taken.has(id); n++) id = `${cut(base, MAX_ID - `-${n}`.length)}-${n}`;
  return id;
}

function blankKriteria(def: KerangkaPenilaian['kriteria'][number]): PenilaianKriteria {
  return {
    kode: def.kode,
    skor: null,
    ...(def.indikator?.length ? { indikator: def.indikator.map((i) => ({ id: i.id, terpenuhi: false })) } : {}),
    bukti: [],
  };
}

export function blankAssessment(
  kelompokId: string,
  kerangka: KerangkaPenilaian,
  tanggal: string,
  metode: PenilaianKelompok['metode'] = 'penilaian_mandiri',
  taken: ReadonlySet<string> = new Set(),
): PenilaianKelompok {
  return {
    id: newAssessmentId(kelompokId, tanggal, taken),
    kelompokId,
    kerangkaId: kerangka.id,
    tanggal,
    metode,
    kriteria: kerangka.kriteria.map(blankKriteria),
  };
}

/**
 * An existing assessment laid on `kerangka` for revising: one entry per criterion in framework
 * order (missing ones blank), every framework indicator present (unticked when not given),
 * and entries the framework does not know dropped.
 */
export function alignToKerangka(penilaian: PenilaianKelompok, kerangka: KerangkaPenilaian): PenilaianKelompok {
  const given = new Map(penilaian.kriteria.map((k) => [k.kode, k]));
  return {
    ...structuredClone(penilaian),
    kerangkaId: kerangka.id,
    kriteria: kerangka.kriteria.map((def) => {
      const entry = given.get(def.kode);
      if (!entry) return blankKriteria(def);
      const copy = structuredClone(entry);
      if (def.indikator?.length) {
        const ticked = new Map((entry.indikator ?? []).map((i) => [i.id, i.terpenuhi]));
        copy.indikator = def.indikator.map((i) => ({ id: i.id, terpenuhi: ticked.get(i.id) ?? false }));
      }
      return copy;
    }),
  };
}

function trimmed<T extends object>(obj: T, keys: readonly (keyof T)[]): T {
  const out = { ...obj };
  for (const key of keys) {
    const v = out[key];
    if (typeof v === 'string') {
      const t = v.trim();
      if (t === '') delete out[key];
      else (out as Record<keyof T, unknown>)[key] = t;
    }
  }
  return out;
}

const cleanBukti = (b: Bukti): Bukti => trimmed(b, ['judul', 'url', 'tanggal', 'keterangan']);

/** The assessment as the form hands it over: trimmed, without blank optional texts. */
export function finalizeAssessment(draft: PenilaianKelompok): PenilaianKelompok {
  const out = trimmed(structuredClone(draft), ['ringkasan']);
  if (out.penilai) {
    const penilai = trimmed(out.penilai, ['nama', 'peran', 'organisasiId']);
    if (Object.keys(penilai).length) out.penilai = penilai;
    else delete out.penilai;
  }
  out.kriteria = out.kriteria.map((k) => {
    const c = trimmed(k, ['catatan', 'rekomendasi']);
    c.bukti = c.bukti.map(cleanBukti);
    return c;
  });
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether a stored draft still has the shape the form can show (device storage can hold an
 * older version's draft, or anything a user typed into the dev tools). It need not be valid:
 * a half-filled draft with an empty evidence title is exactly what a draft is for.
 */
export function isAssessmentDraft(value: unknown, kelompokId: string): value is PenilaianKelompok {
  if (!isObject(value) || value.kelompokId !== kelompokId || !Array.isArray(value.kriteria)) return false;
  const texts = ['id', 'kerangkaId', 'tanggal', 'metode'].every((k) => typeof value[k] === 'string');
  const penilai = value.penilai === undefined || isObject(value.penilai);
  return texts && penilai && value.kriteria.every(
    (k) =>
      isObject(k) &&
      typeof k.kode === 'string' &&
      (k.skor === null || typeof k.skor === 'number') &&
      Array.isArray(k.bukti) &&
      k.bukti.every(isObject) &&
      (k.indikator === undefined || (Array.isArray(k.indikator) && k.indikator.every(isObject))),
  );
}
