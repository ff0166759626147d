/**
 * From what a reader typed to a `UsulanBaru` payload. The form keeps a flat draft (what the
 * inputs hold, strings as typed) so it can be saved on the device as it changes; the payload
 * is built from it only at send time, with empty fields left out rather than sent as "".
 */
import type { UsulanBaru, ValidationIssue } from '../schema/index.js';
import { makeIssue } from '../schema/index.js';

export type KategoriUsulan = NonNullable<UsulanBaru['kategori']>;
export type JenisUsulan = UsulanBaru['jenis'];
export type JenisPengusul = UsulanBaru['pengusul']['jenis'];
export type Bidang = NonNullable<UsulanBaru['bidang']>;

/** DATA-MODEL.md section 8: the bidang a topic routes to when the submitter names none. */
export const DEFAULT_BIDANG: Readonly<Record<KategoriUsulan, Bidang | undefined>> = {
  infrastruktur: 2,
  pendidikan: 2,
  kesehatan: 2,
  lingkungan: 2,
  ekonomi: 4,
  pertanian: 4,
  sosial_budaya: 3,
  kebencanaan: 5,
  tata_kelola: 1,
  lainnya: undefined,
};

/** What the form's inputs hold. Strings stay strings so a half-typed number survives a reload. */
export interface UsulanDraft {
  jenis: JenisUsulan | '';
  judul: string;
  deskripsi: string;
  kategori: KategoriUsulan | '';
  dusunId: string;
  rt: string;
  rw: string;
  lokasiDeskripsi: string;
  koordinat: { lat: number; lng: number } | null;
  kelompok: string[];
  perkiraanJiwa: string;
  pengusulJenis: JenisPengusul;
  nama: string;
  anonim: boolean;
  telepon: string;
  email: string;
  simpanData: boolean;
  publikasiIsi: boolean;
  publikasiNama: boolean;
  bolehDihubungi: boolean;
}

export function emptyDraft(): UsulanDraft {
  return {
    jenis: '',
    judul: '',
    deskripsi: '',
    kategori: '',
    dusunId: '',
    rt: '',
    rw: '',
    lokasiDeskripsi: '',
    koordinat: null,
    kelompok: [],
    perkiraanJiwa: '',
    pengusulJenis: 'perorangan',
    nama: '',
    anonim: false,
    telepon: '',
    email: '',
    simpanData: false,
    publikasiIsi: true,
    publikasiNama: false,
    bolehDihubungi: false,
  };
}

/** RFC 3339 with the device's offset (the schema's timestamp needs one): `2025-07-01T09:30:00+07:00`. */
export function rfc3339(date: Date, offsetMinutes = -date.getTimezoneOffset()): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export interface PayloadContext {
  clientId: string;
  /** The moment of consent, already in RFC 3339. */
  tanggal: string;
  versiKebijakan: string;
  tahunUsulan: number;
  forum?: UsulanBaru['forum'];
}

const trimmed = (s: string) => s.trim();

/** Drops keys whose value is undefined, and returns undefined for an object left empty. */
function compact<T extends Record<string, unknown>>(obj: T): T | undefined {
  const out = Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
  return Object.keys(out).length ? out : undefined;
}

const orUndefined = (s: string) => (trimmed(s) === '' ? undefined : trimmed(s));

/**
 * The submission as the schema wants it (still `unknown` until `validateUsulanBaru` passes).
 * "Kirim tanpa nama" removes the name and the consent to publish it, so the consent rule
 * (`tampilkanNama` equals `publikasiNama`) holds by construction, and a name is never
 * published without one.
 */
export function draftToPayload(draft: UsulanDraft, ctx: PayloadContext): Record<string, unknown> {
  const nama = draft.anonim ? undefined : orUndefined(draft.nama);
  const showName = Boolean(nama) && draft.publikasiNama;
  const jiwa = trimmed(draft.perkiraanJiwa);
  const kategori = draft.kategori === '' ? undefined : draft.kategori;
  const bidang = kategori ? DEFAULT_BIDANG[kategori] : undefined;
  const payload: Record<string, unknown> = {
    clientId: ctx.clientId,
    jenis: draft.jenis === '' ? undefined : draft.jenis,
    judul: trimmed(draft.judul),
    deskripsi: trimmed(draft.deskripsi),
    kategori,
    bidang,
    lokasi: compact({
      dusunId: orUndefined(draft.dusunId),
      rt: orUndefined(draft.rt),
      rw: orUndefined(draft.rw),
      deskripsi: orUndefined(draft.lokasiDeskripsi),
      koordinat: draft.koordinat ?? undefined,
    }),
    penerimaManfaat: compact({
      perkiraanJiwa: jiwa === '' ? undefined : /^\d+$/.test(jiwa) ? Number(jiwa) : jiwa,
      kelompok: draft.kelompok.length ? [...draft.kelompok] : undefined,
    }),
    forum: ctx.forum ?? 'daring',
    tahunUsulan: ctx.tahunUsulan,
    tahunRencana: ctx.tahunUsulan + 1,
    pengusul: compact({ jenis: draft.pengusulJenis, nama, tampilkanNama: showName }),
    kontakPribadi: compact({ telepon: orUndefined(draft.telepon), email: orUndefined(draft.email) }),
    persetujuan: {
      simpanData: draft.simpanData,
      publikasiIsi: draft.publikasiIsi,
      publikasiNama: showName,
      bolehDihubungi: draft.bolehDihubungi,
      tanggal: ctx.tanggal,
      versiKebijakan: ctx.versiKebijakan,
    },
  };
  return compact(payload)!;
}

/**
 * "1.000" is how an Indonesian writes a thousand: in a count of people the dots group digits,
 * they are not decimals. Anything else ("0.355", "1.5", "1.0000") is left as typed, for the
 * schema to judge.
 */
export function ungroupCount(value: string): string {
  const v = value.trim();
  // No leading zero: "0.355" is a mistyped decimal, not 355 people grouped.
  return /^[1-9]\d{0,2}(\.\d{3})+$/.test(v) ? v.replaceAll('.', '') : value;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const fields = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/**
 * A stored submission back as what the form's inputs hold (the reverse of `draftToPayload`),
 * so one the receiver refused can be put back in the form, fixed and sent again. The payload
 * passed the schema before it was sent, so values are taken by type only; the schema judges
 * them again at the next send. What a payload does not say comes from `emptyDraft`:
 * - "Kirim tanpa nama" is not recorded; a payload without a name gives the same payload again
 *   whether the box is ticked or the name left empty, so the box is left unticked.
 * - a count comes back without thousands dots ("1000"), which `ungroupCount` reads the same.
 * - the consent boxes come back as the reader ticked them for this very text; a new send
 *   records a new consent time.
 */
export function payloadToDraft(payload: Record<string, unknown>): UsulanDraft {
  const lokasi = fields(payload.lokasi);
  const titik = fields(lokasi.koordinat);
  const manfaat = fields(payload.penerimaManfaat);
  const pengusul = fields(payload.pengusul);
  const kontak = fields(payload.kontakPribadi);
  const setuju = fields(payload.persetujuan);
  const jiwa = manfaat.perkiraanJiwa;
  return {
    ...emptyDraft(),
    jenis: text(payload.jenis) as UsulanDraft['jenis'],
    judul: text(payload.judul),
    deskripsi: text(payload.deskripsi),
    kategori: text(payload.kategori) as UsulanDraft['kategori'],
    dusunId: text(lokasi.dusunId),
    rt: text(lokasi.rt),
    rw: text(lokasi.rw),
    lokasiDeskripsi: text(lokasi.deskripsi),
    koordinat: typeof titik.lat === 'number' && typeof titik.lng === 'number' ? { lat: titik.lat, lng: titik.lng } : null,
    kelompok: Array.isArray(manfaat.kelompok) ? manfaat.kelompok.filter((k): k is string => typeof k === 'string') : [],
    perkiraanJiwa: typeof jiwa === 'number' ? String(jiwa) : text(jiwa),
    pengusulJenis: (text(pengusul.jenis) || 'perorangan') as JenisPengusul,
    nama: text(pengusul.nama),
    telepon: text(kontak.telepon),
    email: text(kontak.email),
    simpanData: setuju.simpanData === true,
    publikasiIsi: setuju.publikasiIsi !== false,
    publikasiNama: setuju.publikasiNama === true,
    bolehDihubungi: setuju.bolehDihubungi === true,
  };
}

/**
 * Whether replacing the draft would lose something the reader made: text in any field or a
 * located point (taken on the spot, perhaps far from where they are now). Choices alone (a
 * radio, a tick, a select) are quick to make again.
 */
export function draftHasContent(draft: UsulanDraft): boolean {
  const typed = [draft.judul, draft.deskripsi, draft.rt, draft.rw, draft.lokasiDeskripsi, draft.perkiraanJiwa, draft.nama, draft.telepon, draft.email];
  return draft.koordinat !== null || typed.some((s) => s.trim() !== '');
}

/**
 * What the form asks beyond the schema: a judul and an uraian that are not blank (the schema
 * allows an empty string), the jenis chosen, and a dusun when the host requires one.
 */
export function formIssues(draft: UsulanDraft, options: { requireDusun?: boolean } = {}): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const need = (path: string, ok: boolean, id: string, en: string) => {
    if (!ok) out.push(makeIssue(path, 'error', 'required', id, en));
  };
  need('jenis', draft.jenis !== '', 'Pilih jenis kiriman.', 'Choose the type of submission.');
  need('judul', trimmed(draft.judul) !== '', 'Judul wajib diisi.', 'A title is required.');
  need('deskripsi', trimmed(draft.deskripsi) !== '', 'Uraian wajib diisi.', 'A description is required.');
  if (options.requireDusun) need('lokasi.dusunId', draft.dusunId !== '', 'Pilih dusun.', 'Choose a hamlet.');
  return out;
}

/**
 * A reference the reader can quote when the receiver gave no ticket: the random end of the
 * device's id (its start may be a fixed prefix such as `usl-`).
 */
export function localReference(clientId: string): string {
  const tail = clientId.replace(/[^A-Za-z0-9]/g, '').toUpperCase().slice(-8);
  return `L-${tail.slice(0, 4)}-${tail.slice(4)}`;
}
