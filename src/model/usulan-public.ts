/**
 * The public list of submissions: what may be shown (UU 27/2022 PDP: no private contact, a
 * name only with consent, no content where the submitter withheld it), how it is filtered,
 * and the counts the summary sentence reads.
 */
import { STATUS_USULAN, type Usulan } from '../schema/index.js';

export type StatusUsulan = Usulan['status'];

/** An Usulan reduced to what may be published. `judul`/`deskripsi` are absent when withheld. */
export interface PublicUsulan {
  id: string;
  jenis: Usulan['jenis'];
  judul?: string;
  deskripsi?: string;
  kategori?: Usulan['kategori'];
  bidang?: Usulan['bidang'];
  dusunId?: string;
  tahunUsulan: number;
  tahunRencana?: number;
  /** Only when both `tampilkanNama` and `publikasiNama` are true. */
  nama?: string;
  pengusulJenis: Usulan['pengusul']['jenis'];
  status: StatusUsulan;
  riwayatStatus: NonNullable<Usulan['riwayatStatus']>;
  tanggapan?: string;
  kegiatanId?: string;
  /** The submitter did not consent to publishing the content. */
  isiDisembunyikan: boolean;
}

export function toPublicUsulan(u: Usulan): PublicUsulan {
  const showIsi = u.persetujuan.publikasiIsi;
  const showName = u.pengusul.tampilkanNama && u.persetujuan.publikasiNama && Boolean(u.pengusul.nama);
  const out: PublicUsulan = {
    id: u.id,
    jenis: u.jenis,
    tahunUsulan: u.tahunUsulan,
    pengusulJenis: u.pengusul.jenis,
    status: u.status,
    riwayatStatus: [...(u.riwayatStatus ?? [])].sort((a, b) => a.tanggal.localeCompare(b.tanggal)),
    isiDisembunyikan: !showIsi,
  };
  if (showIsi) {
    out.judul = u.judul;
    out.deskripsi = u.deskripsi;
    if (u.tanggapan !== undefined) out.tanggapan = u.tanggapan;
  }
  if (showName) out.nama = u.pengusul.nama;
  if (u.kategori !== undefined) out.kategori = u.kategori;
  if (u.bidang !== undefined) out.bidang = u.bidang;
  if (u.lokasi?.dusunId !== undefined) out.dusunId = u.lokasi.dusunId;
  if (u.tahunRencana !== undefined) out.tahunRencana = u.tahunRencana;
  if (u.kegiatanId !== undefined) out.kegiatanId = u.kegiatanId;
  return out;
}

export interface UsulanFilter {
  status?: StatusUsulan | '';
  jenis?: Usulan['jenis'] | '';
  dusunId?: string;
  tahun?: number | null;
}

export function filterUsulan(list: readonly PublicUsulan[], f: UsulanFilter): PublicUsulan[] {
  return list.filter(
    (u) =>
      (!f.status || u.status === f.status) &&
      (!f.jenis || u.jenis === f.jenis) &&
      (!f.dusunId || u.dusunId === f.dusunId) &&
      (f.tahun === undefined || f.tahun === null || u.tahunUsulan === f.tahun),
  );
}

/**
 * The filter without the values `list` does not offer (the data changed under it: another
 * village, a reload): the selects list only what occurs, so such a value would filter out
 * everything while its select reads "all".
 */
export function offeredFilter(list: readonly PublicUsulan[], f: UsulanFilter): UsulanFilter {
  const offers = <K extends keyof PublicUsulan>(key: K, value: unknown) => list.some((u) => u[key] === value);
  const out: UsulanFilter = {};
  if (f.status && offers('status', f.status)) out.status = f.status;
  if (f.jenis && offers('jenis', f.jenis)) out.jenis = f.jenis;
  if (f.dusunId && offers('dusunId', f.dusunId)) out.dusunId = f.dusunId;
  if (f.tahun !== undefined && f.tahun !== null && offers('tahunUsulan', f.tahun)) out.tahun = f.tahun;
  return out;
}

/** Years that have submissions, newest first. */
export function usulanYears(list: readonly PublicUsulan[]): number[] {
  return [...new Set(list.map((u) => u.tahunUsulan))].sort((a, b) => b - a);
}

/** Counts per status in the life-cycle order of STATUS_USULAN, statuses with none left out. */
export function countByStatus(list: readonly PublicUsulan[]): { status: StatusUsulan; count: number }[] {
  const counts = new Map<StatusUsulan, number>();
  for (const u of list) counts.set(u.status, (counts.get(u.status) ?? 0) + 1);
  return STATUS_USULAN.filter((s) => counts.has(s)).map((status) => ({ status, count: counts.get(status)! }));
}

/** Newest first by year, then by the latest status date, so what moved lately is on top. */
export function sortUsulan(list: readonly PublicUsulan[]): PublicUsulan[] {
  const last = (u: PublicUsulan) => u.riwayatStatus.at(-1)?.tanggal ?? '';
  return [...list].sort((a, b) => b.tahunUsulan - a.tahunUsulan || last(b).localeCompare(last(a)) || a.id.localeCompare(b.id));
}
