// A seeded generator of valid, realistic village datasets (DATA-MODEL.md v0.1): any seed gives
// the same village, and every village passes validateDataset without errors. It varies what
// the contract allows — how many budgets, lines, kegiatan, groups, submissions and partners,
// the depth of the account codes, date shapes, tiny and huge amounts, optional fields present
// or not — so tests meet villages nobody wrote by hand. Warnings (an unbalanced budget, a
// musrenbangdes in May) are allowed: real villages have them and the widgets must cope.
import {
  FORUM_USULAN, JABATAN_ANGGOTA, JENIS_BUKTI, JENIS_DOKUMEN, JENIS_DOKUMEN_KEMITRAAN, JENIS_FORUM,
  JENIS_KELOMPOK, JENIS_LEGALITAS, JENIS_ORGANISASI, JENIS_PEKERJAAN, JENIS_PELAKSANA, JENIS_PENGUSUL,
  JENIS_USULAN, KATEGORI_USULAN, KELOMPOK_SASARAN, KODE_REKENING, KPM_8_KRITERIA, METODE_PENILAIAN,
  PERAN_MITRA, POLA_PELAKSANAAN, SATUAN_DURASI, SIFAT_KEGIATAN, SKEMA_IDENTIFIER, STATUS_IDM,
  STATUS_KEGIATAN, STATUS_KEMITRAAN, STATUS_USULAN, SUB_BIDANG, SUMBER_DANA, SUMBER_RENCANA, ZONA_WAKTU,
  sumberDanaOfKodeRekening,
} from '../../src/schema/index.js';
import { seededRandom } from '../../bench/random.js';

type Obj = Record<string, unknown>;

class Dice {
  constructor(readonly next: () => number) {}
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** `k` distinct items of `list` (fewer when the list is shorter). */
  some<T>(list: readonly T[], k: number): T[] {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < k && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
  /** Rupiah from a few thousand to `max`, spread evenly over the orders of magnitude. */
  rupiah(min = 1_000, max = 1e12): number {
    const lo = Math.log10(min);
    const hi = Math.log10(max);
    const raw = 10 ** (lo + this.next() * (hi - lo));
    // Round to a whole thousand most of the time, as budgets are written; odd amounts otherwise.
    return Math.min(max, Math.max(0, this.chance(0.8) ? Math.round(raw / 1000) * 1000 : Math.round(raw)));
  }
  /** A date in `year` (month and day within it), as YYYY-MM-DD. */
  date(year: number, fromMonth = 1, toMonth = 12): string {
    const m = this.int(fromMonth, toMonth);
    const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
    return `${year}-${pad(m)}-${pad(this.int(1, days))}`;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Sets `key` when the dice say so (optional fields present or absent at random). */
function maybe(d: Dice, obj: Obj, key: string, make: () => unknown, p = 0.5): void {
  if (d.chance(p)) obj[key] = make();
}

const SYLLABLES = ['su', 'ka', 'ma', 'ju', 'ra', 'ha', 'ja', 'ya', 'wa', 'ti', 'ngan', 'sa', 'ri', 'mul', 'ya', 'ba', 'to', 'lo', 'ke', 'dung', 'pa', 'gar', 'sem', 'bung', 'tan', 'jung', 'ci', 'li', 'ma'];
const WORDS = ['jalan', 'rabat beton', 'saluran irigasi', 'posyandu', 'pelatihan', 'bantuan', 'sumur bor', 'balai dusun', 'drainase', 'jembatan', 'PAUD', 'embung', 'lampu jalan', 'tambatan perahu', 'bibit', 'pupuk', 'sanitasi', 'BUM Desa', 'pemuda', 'kesenian', 'talud', 'gorong-gorong', 'MCK', 'pengerasan', 'stunting', 'perpustakaan'];
const SEBUTAN = ['Nagari', 'Gampong', 'Kampung', 'Negeri', 'Pekon', 'Lembang', 'Kalurahan'];

function name(d: Dice, parts = d.int(2, 4)): string {
  const s = Array.from({ length: parts }, () => d.pick(SYLLABLES)).join('');
  return s[0]!.toUpperCase() + s.slice(1);
}

/** A label as villages write them: a few words, sometimes very long, sometimes a single long word. */
function label(d: Dice, head: string): string {
  const roll = d.next();
  if (roll < 0.05) return `${head}${'Pemberdayaanmasyarakat'.repeat(d.int(2, 6))}`;
  if (roll < 0.15) return `${head} ${Array.from({ length: d.int(10, 25) }, () => d.pick(WORDS)).join(' ')}`;
  return `${head} ${Array.from({ length: d.int(1, 3) }, () => d.pick(WORDS)).join(' ')} ${name(d, 2)}`;
}

/** A Teks: a plain string, `{id}`, or `{id, en}`. */
function teks(d: Dice, id: string, en: string): unknown {
  const roll = d.next();
  if (roll < 0.3) return id;
  if (roll < 0.45) return { id };
  // A spreadsheet's empty English cell: readers of English get the Indonesian.
  if (roll < 0.55) return { id, en: d.pick(['', ' ']) };
  return { id, en };
}

const JENIS_REKENING = Object.keys(KODE_REKENING).filter((k) => k.split('.').length === 3);
const REKENING = {
  4: JENIS_REKENING.filter((k) => k.startsWith('4.')),
  5: JENIS_REKENING.filter((k) => k.startsWith('5.')),
  61: JENIS_REKENING.filter((k) => k.startsWith('6.1.')),
  62: JENIS_REKENING.filter((k) => k.startsWith('6.2.')),
};
const SUB_BIDANGS = Object.keys(SUB_BIDANG);
/** Jenis codes the shipped chart lacks (another Siskeudes version): a warning, counted under the kelompok. */
const UNKNOWN_JENIS = { 4: ['4.1.5', '4.2.6', '4.3.7'], 5: ['5.2.8', '5.3.10', '5.1.9'], 61: ['6.1.4'], 62: ['6.2.3'] };

export interface RandomVillageOptions {
  /** The latest fiscal year; default 2021–2030 by seed. */
  year?: number;
}

/** A valid, realistic village dataset for `seed`; the same seed always gives the same one. */
export function randomVillage(seed: number, options: RandomVillageOptions = {}): any {
  const d = new Dice(seededRandom(seed * 7919 + 17));
  const Y = options.year ?? (d.chance(0.85) ? d.int(2021, 2030) : d.pick([2004, 2005, 2010, 2090, 2092]));

  // --- how many of everything, and their ids, first: references go both ways ---
  const nDusun = d.pick([0, 1, 2, 3, 4, 5, 6, 9]);
  const nKegiatan = d.pick([0, 1, 2, 5, 8, 12, 20, 35, 60, d.int(0, 60)]);
  const nKelompok = d.pick([0, 1, 2, 3, 5, 10, d.int(0, 10)]);
  const nUsulan = d.pick([0, 1, 3, 7, 12, 25, 40, d.int(0, 40)]);
  const nOrganisasi = d.pick([0, 1, 2, 4, 9, 20, 40, d.int(0, 40)]);
  const nKemitraan = nOrganisasi ? d.pick([0, 1, 3, 6, 12, d.int(0, 15)]) : 0;
  const nForum = d.pick([0, 1, 4, 11, d.int(0, 15)]);
  const nDokumen = d.pick([0, 1, 3, 9, d.int(0, 12)]);
  const nYears = d.pick([0, 1, 1, 2, 3, 3]);

  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);
  const dusunIds = ids('dsn', nDusun);
  const kegiatanIds = ids('keg', nKegiatan);
  const kelompokIds = ids('klp', nKelompok);
  const usulanIds = ids('usl', nUsulan);
  const orgIds = ids('org', nOrganisasi);
  const mitraIds = ids('mitra', nKemitraan);
  const forumIds = ids('forum', nForum);
  const dokIds = ids('dok', nDokumen);

  // --- desa ---
  const jenisDesa = d.pick(['desa', 'desa', 'desa', 'desa_adat', 'kelurahan'] as const);
  const prov = d.int(11, 94);
  const kab = `${pad(prov)}.${pad(d.int(1, 79))}`;
  const kec = `${kab}.${pad(d.int(1, 40))}`;
  const digit = { kelurahan: 1, desa: 2, desa_adat: 3 }[jenisDesa];
  const kodeWilayah = `${kec}.${digit}${String(d.int(1, 999)).padStart(3, '0')}`;
  const lat = -10 + d.next() * 15;
  const lng = 95 + d.next() * 46;
  const desa: Obj = {
    kodeWilayah,
    nama: d.chance(0.05) ? `${name(d, 3)} ${'Kidul'.repeat(d.int(8, 20))}` : name(d),
    jenis: jenisDesa,
    kecamatan: { kode: kec, nama: name(d) },
    kabupaten: { kode: kab, nama: name(d) },
    provinsi: { kode: pad(prov), nama: name(d) },
  };
  maybe(d, desa, 'kodeBps', () => kodeWilayah.replace(/\./g, ''), 0.4);
  maybe(d, desa, 'sebutanLokal', () => d.pick(SEBUTAN), 0.2);
  if (nDusun || d.chance(0.3)) {
    desa.dusun = dusunIds.map((id) => {
      const dusun: Obj = { id, nama: `${d.pick(['Dusun', 'Dukuh', 'Jorong', 'Banjar'])} ${name(d)}` };
      maybe(d, dusun, 'rw', () => Array.from({ length: d.int(0, 4) }, (_, i) => pad(i + 1)));
      return dusun;
    });
  }
  maybe(d, desa, 'kepalaDesa', () => {
    const k: Obj = { nama: `${name(d)} ${name(d)}` };
    maybe(d, k, 'periode', () => (d.chance(0.5) ? { mulai: d.date(Y - 3) } : { mulai: d.date(Y - 3), selesai: d.date(Y + 5) }));
    return k;
  });
  maybe(d, desa, 'jumlahPenduduk', () => d.int(150, 40000));
  maybe(d, desa, 'jumlahKk', () => d.int(50, 12000));
  maybe(d, desa, 'tahunData', () => Y - d.int(0, 3));
  maybe(d, desa, 'luasWilayahKm2', () => Math.round(d.next() * 20000) / 100);
  if (d.chance(0.7)) desa.koordinat = { lat, lng };
  maybe(d, desa, 'batasWilayah', () => {
    const r = 0.005 + d.next() * 0.05;
    const ring = [[lng - r, lat - r], [lng + r, lat - r], [lng + r, lat + r], [lng - r, lat + r], [lng - r, lat - r]];
    // One draw, as before, so adding the URL form left every other field of every seed as it was.
    const form = d.next();
    if (form < 0.6) return { type: 'Polygon', coordinates: [ring] };
    if (form < 0.8 || typeof location === 'undefined') return { type: 'MultiPolygon', coordinates: [[ring]] };
    // A boundary file the host serves (the schema takes absolute http(s) URLs only); the map
    // fetches it over the test server like any other file.
    return { url: `${location.origin}/test/fixtures/partner-map/dusun.topojson.json` };
  }, 0.3);
  maybe(d, desa, 'statusIdm', () => d.pick(STATUS_IDM));
  if (desa.statusIdm) maybe(d, desa, 'tahunIdm', () => Y - 1);
  maybe(d, desa, 'zonaWaktu', () => d.pick(ZONA_WAKTU), 0.3);
  maybe(d, desa, 'kontak', () => {
    const k: Obj = {};
    maybe(d, k, 'website', () => `https://${String(desa.nama).toLowerCase().replace(/[^a-z]/g, '').slice(0, 30)}.desa.id`);
    maybe(d, k, 'email', () => 'pemdes@desa.id');
    maybe(d, k, 'telepon', () => `0${d.int(200, 999)}-${d.int(100000, 999999)}`);
    maybe(d, k, 'alamat', () => `Jl. ${name(d)} No. ${d.int(1, 200)}`);
    return k;
  }, 0.4);

  // Some villages put every place at the kantor desa: one point, a map of zero extent.
  const onePlace = d.chance(0.15);
  const point = () => (onePlace ? { lat, lng } : { lat: lat + (d.next() - 0.5) * 0.05, lng: lng + (d.next() - 0.5) * 0.05 });
  /** Any GeoJSON geometry around the village, sometimes with altitudes and a bbox. */
  const geometry = () => {
    const p = () => {
      const q = point();
      return d.chance(0.2) ? [q.lng, q.lat, d.int(0, 3000)] : [q.lng, q.lat];
    };
    const line = () => Array.from({ length: d.int(2, 6) }, p);
    const ring = () => {
      const r = line().concat([p(), p()]);
      return [...r, r[0]!];
    };
    const g: Obj = d.pick([
      () => ({ type: 'Point', coordinates: p() }),
      () => ({ type: 'MultiPoint', coordinates: Array.from({ length: d.int(1, 4) }, p) }),
      () => ({ type: 'LineString', coordinates: line() }),
      () => ({ type: 'MultiLineString', coordinates: [line(), line()] }),
      () => ({ type: 'Polygon', coordinates: [ring()] }),
      () => ({ type: 'MultiPolygon', coordinates: [[ring()], [ring()]] }),
    ])();
    if (d.chance(0.1)) g.bbox = [lng - 0.1, lat - 0.1, lng + 0.1, lat + 0.1];
    return g;
  };
  const someDusun = () => (dusunIds.length ? d.pick(dusunIds) : undefined);

  // --- kegiatan codes the budgets and kegiatan share ---
  const kodePool = Array.from({ length: d.int(1, 12) }, () => `${d.pick(SUB_BIDANGS)}.${pad(d.int(1, 99))}`);

  // --- APBDes ---
  const apbdes: Obj[] = [];
  const firstYear = Y - nYears + 1;
  for (let y = firstYear; y <= Y; y++) {
    const murni = budget(d, y, 'murni', kodePool, kegiatanIds);
    const versions: Obj[] = [];
    if (d.chance(0.2)) versions.push({ ...budget(d, y, 'rancangan', kodePool, kegiatanIds), status: 'draf', id: `apbdes-${y}-rancangan` });
    versions.push(murni);
    if (d.chance(0.45)) versions.push(perubahan(d, murni, y));
    apbdes.push(...(d.chance(0.5) ? versions : versions.reverse()));
  }

  // --- planning documents and forums ---
  const dokumen = dokIds.map((id) => {
    const jenis = d.pick(JENIS_DOKUMEN);
    const doc: Obj = { id, jenis };
    if (jenis === 'rpjmdes') {
      if (d.chance(0.8)) {
        const mulai = Math.max(2000, Y - d.int(0, 5));
        doc.periode = { tahunMulai: mulai, tahunSelesai: mulai + d.pick([5, 7]) };
      }
    } else maybe(d, doc, 'tahun', () => Y - d.int(-1, 3), 0.8);
    maybe(d, doc, 'nomorPerdes', () => `Perdes No. ${d.int(1, 12)} Tahun ${Y - 1}`);
    maybe(d, doc, 'tanggalPenetapan', () => d.date(Y - d.int(0, 2)));
    maybe(d, doc, 'url', () => `https://desa.example.id/dokumen/${id}.pdf`, 0.3);
    return doc;
  });
  const forum = forumIds.map((id) => {
    const jenis = d.pick(JENIS_FORUM);
    const f: Obj = { id, jenis, tanggal: d.date(Y - d.int(0, 2)) };
    maybe(d, f, 'tahunPerencanaan', () => Y + d.int(-1, 1));
    if (jenis === 'musdus' && dusunIds.length) maybe(d, f, 'dusunId', () => d.pick(dusunIds), 0.8);
    maybe(d, f, 'kelompokSasaran', () => d.some(KELOMPOK_SASARAN, d.int(1, 3)), 0.3);
    maybe(d, f, 'lokasi', () => `Balai ${name(d)}`);
    maybe(d, f, 'peserta', () => {
      const total = d.int(0, 400);
      const p: Obj = { total };
      maybe(d, p, 'perempuan', () => d.int(0, total));
      maybe(d, p, 'disabilitas', () => d.int(0, Math.min(total, 10)));
      return p;
    });
    maybe(d, f, 'beritaAcaraUrl', () => `https://desa.example.id/ba/${id}`, 0.2);
    maybe(d, f, 'catatan', () => label(d, 'Catatan'), 0.2);
    return f;
  });

  // --- organisations (unique names: two records of one name are merged as one partner) ---
  const orgNames = new Set<string>();
  const organisasi = orgIds.map((id, i) => {
    const jenis = d.pick(JENIS_ORGANISASI);
    let nama = `${d.pick(['Yayasan', 'PT', 'LSM', 'BUM Desa', 'Koperasi', 'Universitas', 'Dinas', 'Forum'])} ${label(d, name(d))}`;
    if (orgNames.has(nama)) nama = `${nama} ${i + 1}`;
    orgNames.add(nama);
    const o: Obj = { id, nama, jenis };
    maybe(d, o, 'singkatan', () => (d.chance(0.1) ? '' : name(d, 2).toUpperCase()), 0.4);
    maybe(d, o, 'iatiOrganisationType', () => d.pick(['10', '11', '21', '22', '40', '60', '70', '80', '90']), 0.2);
    maybe(d, o, 'identifiers', () => [{ skema: d.pick(SKEMA_IDENTIFIER), id: `ID-${seed}-${i}` }], 0.2);
    maybe(d, o, 'kantor', () => {
      const k: Obj = {};
      maybe(d, k, 'alamat', () => `Jl. ${name(d)} ${d.int(1, 99)}`);
      maybe(d, k, 'kodeWilayah', () => kodeWilayah, 0.3);
      maybe(d, k, 'kabupatenKode', () => kab, 0.3);
      // An international partner's office is abroad (Geneva, Canberra, Tokyo); a national one in Jakarta.
      maybe(d, k, 'koordinat', () => (jenis === 'lsm_internasional' || jenis === 'multilateral' ? d.pick([{ lat: 46.2, lng: 6.14 }, { lat: -35.28, lng: 149.13 }, { lat: 35.68, lng: 139.69 }]) : jenis === 'pemerintah_pusat' || jenis === 'lsm_nasional' ? { lat: -6.2, lng: 106.82 } : point()), 0.6);
      return k;
    }, 0.6);
    maybe(d, o, 'situsWeb', () => `https://org${i}.example.org`, 0.3);
    maybe(d, o, 'kontak', () => ({ email: `info${i}@example.org` }), 0.2);
    maybe(d, o, 'logoUrl', () => `https://org${i}.example.org/logo.png`, 0.1);
    maybe(d, o, 'deskripsi', () => label(d, 'Organisasi'), 0.3);
    return o;
  });

  // --- groups and their assessments ---
  const kelompokKpm = kelompokIds.map((id, i) => {
    const k: Obj = { id, nama: label(d, d.pick(['Kelompok', 'KPM', 'PKK', 'Karang Taruna', 'Poktan'])), jenis: d.pick(JENIS_KELOMPOK) };
    maybe(d, k, 'legalitas', () => Array.from({ length: d.int(1, 2) }, () => {
      const l: Obj = { jenisDokumen: d.pick(JENIS_LEGALITAS) };
      maybe(d, l, 'nomor', () => `${d.int(1, 99)}/${Y}`);
      maybe(d, l, 'tanggal', () => d.date(Y - 2));
      maybe(d, l, 'url', () => `https://desa.example.id/sk/${id}`, 0.3);
      return l;
    }), 0.4);
    maybe(d, k, 'periode', () => ({ mulai: d.date(Y - 3), ...(d.chance(0.6) ? { selesai: d.date(Y + 2) } : {}) }));
    maybe(d, k, 'anggota', () => Array.from({ length: d.int(0, 12) }, () => {
      const a: Obj = { nama: `${name(d)} ${name(d, 2)}`, jabatan: d.pick(JABATAN_ANGGOTA) };
      maybe(d, a, 'bidangTugas', () => d.pick(WORDS), 0.3);
      maybe(d, a, 'jenisKelamin', () => d.pick(['L', 'P']));
      if (dusunIds.length) maybe(d, a, 'dusunId', () => d.pick(dusunIds), 0.4);
      maybe(d, a, 'mulai', () => d.date(Y - 2), 0.3);
      return a;
    }));
    maybe(d, k, 'jumlahAnggota', () => {
      const total = d.int(0, 60);
      return { total, ...(d.chance(0.5) ? { perempuan: d.int(0, total) } : {}) };
    });
    if (dusunIds.length) maybe(d, k, 'wilayahKerja', () => d.some(dusunIds, d.int(1, dusunIds.length)), 0.4);
    maybe(d, k, 'kontak', () => ({ telepon: `08${d.int(100000000, 999999999)}` }), 0.2);
    if (orgIds.length) maybe(d, k, 'induk', () => d.pick(orgIds), 0.2);
    if (i === 0 && nKelompok > 1 && d.chance(0.5)) k.jenis = 'kelompok_pemberdayaan';
    return k;
  });

  const kerangkaPenilaian: Obj[] = [];
  if (nKelompok && d.chance(0.4)) kerangkaPenilaian.push(customKerangka(d, seed));
  if (nKelompok && d.chance(0.15)) kerangkaPenilaian.push(structuredClone(KPM_8_KRITERIA) as unknown as Obj);
  const frameworks = [KPM_8_KRITERIA as unknown as Obj, ...kerangkaPenilaian.filter((k) => k.id !== KPM_8_KRITERIA.id)];

  const penilaianKpm: Obj[] = [];
  for (const kelompokId of kelompokIds) {
    const n = d.pick([0, 1, 1, 2, 3]);
    const dates = new Set<string>();
    while (dates.size < n) dates.add(d.date(Y - d.int(0, 3)));
    for (const tanggal of dates) penilaianKpm.push(penilaian(d, `nilai-${penilaianKpm.length + 1}`, kelompokId, tanggal, d.pick(frameworks), orgIds));
  }
  if (d.chance(0.5)) penilaianKpm.reverse();

  // --- usulan ---
  const usulan = usulanIds.map((id) => {
    const jenis = d.pick(JENIS_USULAN);
    const tampil = d.chance(0.5);
    const tahunUsulan = Y - d.int(0, 3);
    const u: Obj = {
      id,
      jenis,
      judul: label(d, d.pick(['Perbaikan', 'Usul', 'Mohon', 'Keluhan', 'Pembangunan'])).slice(0, 120),
      deskripsi: label(d, 'Warga mengusulkan').slice(0, 2000),
      forum: d.pick(FORUM_USULAN),
      tahunUsulan,
      pengusul: { jenis: d.pick(JENIS_PENGUSUL), tampilkanNama: tampil },
      persetujuan: {
        simpanData: true,
        publikasiIsi: d.chance(0.8),
        publikasiNama: tampil,
        bolehDihubungi: d.chance(0.5),
        tanggal: `${d.date(tahunUsulan)}T${pad(d.int(0, 23))}:${pad(d.int(0, 59))}:00${d.pick(['+07:00', '+08:00', '+09:00', 'Z'])}`,
        versiKebijakan: d.pick(['2025-01', 'v1', '1.2']),
      },
      status: d.pick(STATUS_USULAN),
    };
    const pengusul = u.pengusul as Obj;
    // A name only with consent; now and then one left in without it (a warning, never shown).
    if (tampil ? d.chance(0.9) : d.chance(0.1)) pengusul.nama = `${name(d)} ${name(d, 2)}`;
    if (kelompokIds.length) maybe(d, pengusul, 'kelompokId', () => d.pick(kelompokIds), 0.2);
    maybe(d, pengusul, 'jenisKelamin', () => d.pick(['L', 'P']), 0.4);
    maybe(d, pengusul, 'kelompokRentan', () => d.some(KELOMPOK_SASARAN, d.int(1, 2)), 0.2);
    classify(d, u, 0.6);
    maybe(d, u, 'kategori', () => d.pick(KATEGORI_USULAN), 0.7);
    maybe(d, u, 'lokasi', () => {
      const l: Obj = {};
      if (dusunIds.length) maybe(d, l, 'dusunId', () => d.pick(dusunIds), 0.7);
      maybe(d, l, 'rt', () => pad(d.int(1, 20)), 0.3);
      maybe(d, l, 'rw', () => pad(d.int(1, 9)), 0.3);
      maybe(d, l, 'deskripsi', () => `Dekat ${d.pick(WORDS)}`, 0.3);
      maybe(d, l, 'koordinat', point, 0.3);
      return l;
    }, 0.6);
    maybe(d, u, 'perkiraan', () => ({ ...(d.chance(0.5) ? { volume: d.int(1, 500), satuan: d.pick(['m', 'unit', 'paket']) } : {}), ...(d.chance(0.6) ? { biaya: d.rupiah(100_000, 5e9) } : {}) }), 0.4);
    maybe(d, u, 'penerimaManfaat', () => ({ perkiraanJiwa: d.int(0, 3000), ...(d.chance(0.5) ? { kelompok: d.some(KELOMPOK_SASARAN, d.int(1, 3)) } : {}) }), 0.3);
    if (forumIds.length) maybe(d, u, 'forumId', () => d.pick(forumIds), 0.3);
    maybe(d, u, 'tahunRencana', () => tahunUsulan + 1, 0.5);
    maybe(d, u, 'riwayatStatus', () => Array.from({ length: d.int(0, 4) }, (_, j) => ({
      status: d.pick(STATUS_USULAN),
      tanggal: d.date(tahunUsulan + Math.floor(j / 2)),
      ...(d.chance(0.3) ? { catatan: label(d, 'Dibahas') } : {}),
    })), 0.6);
    maybe(d, u, 'tanggapan', () => (d.chance(0.1) ? '' : label(d, 'Terima kasih,')), 0.3);
    if (kegiatanIds.length) maybe(d, u, 'kegiatanId', () => d.pick(kegiatanIds), 0.2);
    return u;
  });

  // --- kemitraan ---
  const neighbour = `${kec}.2${String(d.int(1, 999)).padStart(3, '0')}`;
  const kemitraan = mitraIds.map((id) => {
    const peran = d.some(PERAN_MITRA, d.int(1, 4)).map((p) => ({ organisasiId: d.pick(orgIds), peran: p }));
    const lokasi = Array.from({ length: d.int(1, 3) }, () => {
      const own = d.chance(0.8);
      const l: Obj = { kodeWilayah: own ? kodeWilayah : neighbour };
      if (own && dusunIds.length) maybe(d, l, 'dusunId', () => d.pick(dusunIds), 0.5);
      maybe(d, l, 'koordinat', point, 0.5);
      maybe(d, l, 'geometri', geometry, 0.2);
      maybe(d, l, 'keterangan', () => `Sekitar ${d.pick(WORDS)}`, 0.3);
      return l;
    });
    const mulai = d.date(Y - d.int(0, 4));
    const m: Obj = {
      id,
      judul: label(d, d.pick(['Program', 'Kerja sama', 'Pendampingan', 'Hibah'])),
      peran,
      lokasi,
      periode: d.chance(0.6) ? { mulai, selesai: d.date(Number(mulai.slice(0, 4)) + d.int(0, 3)) } : { mulai },
      status: d.pick(STATUS_KEMITRAAN),
    };
    // Dates on one year can still run backwards: keep selesai ≥ mulai.
    const periode = m.periode as Obj;
    if (periode.selesai && String(periode.selesai) < mulai) periode.selesai = mulai;
    maybe(d, m, 'deskripsi', () => label(d, 'Kegiatan bersama'), 0.5);
    maybe(d, m, 'sektor', () => d.some([1, 2, 3, 4, 5], d.int(1, 2)).map((b) => ({ bidang: b, ...(d.chance(0.3) ? { subBidang: d.pick(SUB_BIDANGS.filter((s) => s.startsWith(`${b}.`))) } : {}) })), 0.6);
    maybe(d, m, 'tema', () => d.some(['stunting', 'air bersih', 'pertanian', 'UMKM', 'digital', 'bencana'], d.int(1, 3)), 0.5);
    maybe(d, m, 'nilai', () => ({ jumlah: d.rupiah(0 + 1_000_000, 1e12), mataUang: 'IDR', ...(d.chance(0.3) ? { catatan: 'termasuk natura' } : {}) }), 0.6);
    const withLines = apbdes.filter((a) => (a.baris as Obj[]).length);
    if (withLines.length) {
      maybe(d, m, 'tercatatDiApbdes', () => {
        const a = d.pick(withLines);
        return { apbdesId: a.id, kodeRekening: (d.pick(a.baris as Obj[]) as Obj).kodeRekening };
      }, 0.3);
    }
    maybe(d, m, 'dokumen', () => ({ jenis: d.pick(JENIS_DOKUMEN_KEMITRAAN), ...(d.chance(0.5) ? { nomor: `${d.int(1, 99)}/MoU/${Y}` } : {}), ...(d.chance(0.5) ? { tanggal: mulai } : {}) }), 0.4);
    if (kegiatanIds.length) maybe(d, m, 'kegiatanIds', () => d.some(kegiatanIds, d.int(1, 3)), 0.3);
    return m;
  });

  // --- kegiatan ---
  const kegiatan = kegiatanIds.map((id) => kegiatanItem(d, id, Y, { kodePool, dusunIds, dokIds, usulanIds, mitraIds, orgIds, kelompokIds, point, geometry }));
  // Some villages put (nearly) everything under one bidang: more than a page of one group.
  if (d.chance(0.15)) {
    const only = d.int(1, 5);
    for (const k of kegiatan) if (k.bidang !== only) {
      k.bidang = only;
      delete k.subBidang;
      delete k.kodeKegiatan;
    }
  }

  // --- envelope ---
  const dataset: Obj = {
    schemaVersion: d.pick(['0.1.0', '0.1.0', '0.1.3', '0.2.0-beta.1']),
    generatedAt: `${Y}-${pad(d.int(1, 12))}-${pad(d.int(1, 28))}T${pad(d.int(0, 23))}:${pad(d.int(0, 59))}:${pad(d.int(0, 59))}${d.pick(['Z', '+07:00', '+08:00'])}`,
    sumber: { sistem: d.pick(['manual', 'opensid', 'siskeudes', 'spreadsheet', 'lainnya']) },
    desa,
  };
  maybe(d, dataset.sumber as Obj, 'versi', () => `${d.int(1, 24)}.${d.int(0, 9)}`);
  maybe(d, dataset, 'lisensi', () => d.pick(['CC-BY-4.0', 'CC0-1.0', 'ODbL-1.0']));
  // A collection is left out, empty or filled: all three are valid.
  const put = (key: string, list: unknown[]) => {
    if (list.length) dataset[key] = list;
    else if (d.chance(0.5)) dataset[key] = [];
  };
  put('dokumenPerencanaan', dokumen);
  put('forum', forum);
  put('apbdes', apbdes);
  put('kegiatan', kegiatan);
  put('kelompokKpm', kelompokKpm);
  put('kerangkaPenilaian', kerangkaPenilaian);
  put('penilaianKpm', penilaianKpm);
  put('usulan', usulan);
  put('organisasi', organisasi);
  put('kemitraan', kemitraan);
  return dataset;
}

/** Bidang, sub-bidang and kodeKegiatan, any subset, always consistent. */
function classify(d: Dice, item: Obj, p: number, kodePool?: readonly string[]): void {
  if (!d.chance(p)) return;
  const kode = kodePool && d.chance(0.7) ? d.pick(kodePool) : `${d.pick(SUB_BIDANGS)}.${pad(d.int(1, 99))}`;
  const sub = kode.split('.').slice(0, 2).join('.');
  const roll = d.int(0, 3);
  if (roll >= 1) item.bidang = Number(kode[0]);
  if (roll >= 2) item.subBidang = sub;
  if (roll === 3 && kodePool) item.kodeKegiatan = kode;
}

/** A budget of `versi` for year `y`: lines under known jenis, sometimes an objek level, leaf-only per kegiatan. */
function budget(d: Dice, y: number, versi: string, kodePool: readonly string[], kegiatanIds: readonly string[]): Obj {
  const n = d.pick([1, 2, 4, 8, 15, 25, 40, d.int(1, 40)]);
  // Lines of a village sit near one magnitude: a tiny, a normal or a huge village.
  const scale = d.pick([1e5, 1e7, 1e8, 1e9, 1e11]);
  const zero = d.chance(0.05);
  // Per kegiatan (or none, for 4.x/6.x) and jenis: whether lines are written at the jenis or the objek level.
  const depth = new Map<string, boolean>();
  const baris: Obj[] = [];
  for (let i = 0; i < n; i++) {
    const roll = d.next();
    const akun = i === 0 ? 4 : i === 1 ? 5 : roll < 0.3 ? 4 : roll < 0.85 ? 5 : roll < 0.95 ? 61 : 62;
    const jenis = d.chance(0.05) ? d.pick(UNKNOWN_JENIS[akun as 4 | 5 | 61 | 62]) : d.pick(REKENING[akun as 4 | 5 | 61 | 62]);
    const kodeKegiatan = akun === 5 ? d.pick(kodePool) : undefined;
    const key = `${kodeKegiatan ?? ''}|${jenis}`;
    if (!depth.has(key)) depth.set(key, d.chance(0.3));
    const kodeRekening = depth.get(key) ? `${jenis}.${pad(d.pick([1, 1, 2, 3, 90, 99]))}` : jenis;
    const anggaran = Math.min(1e12, zero || d.chance(0.03) ? 0 : d.rupiah(Math.max(1000, scale / 100), Math.min(1e12, scale * 10)));
    const b: Obj = { kodeRekening, uraian: label(d, String(KODE_REKENING[jenis]?.id ?? jenis)), anggaran };
    if (akun === 5 || akun === 62) b.sumberDana = d.pick(SUMBER_DANA);
    else maybe(d, b, 'sumberDana', () => sumberDanaOfKodeRekening(jenis) ?? d.pick(SUMBER_DANA), 0.6);
    if (kodeKegiatan) b.kodeKegiatan = kodeKegiatan;
    if (kodeKegiatan) maybe(d, b, 'namaKegiatan', () => label(d, 'Kegiatan'), 0.4);
    maybe(d, b, 'volume', () => (d.chance(0.8) ? d.int(1, 2000) : Math.round(d.next() * 10000) / 100), 0.3);
    if (b.volume !== undefined) maybe(d, b, 'satuan', () => d.pick(['m', 'm²', 'unit', 'paket', 'OK', 'bulan', '']), 0.8);
    maybe(d, b, 'lokasi', () => (d.chance(0.2) ? '' : `Dusun ${name(d)}`), 0.2);
    if (kegiatanIds.length && akun === 5) maybe(d, b, 'kegiatanId', () => d.pick(kegiatanIds), 0.2);
    maybe(d, b, 'kodeSumberSiskeudes', () => d.pick(['DDS', 'ADD', 'PAD', 'PBH', 'DLL']), 0.15);
    baris.push(b);
  }
  const a: Obj = { id: `apbdes-${y}-${versi}`, tahunAnggaran: y, versi, status: 'ditetapkan', baris };
  maybe(d, a, 'nomorPerdes', () => `Perdes No. ${d.int(1, 12)} Tahun ${y - 1}`);
  maybe(d, a, 'tanggalPenetapan', () => d.date(y - 1, 10, 12), 0.7);
  maybe(d, a, 'referensiKode', () => d.pick(['permendagri-20-2018', 'siskeudes-2.0.5']), 0.3);
  maybe(d, a, 'dokumenUrl', () => `https://desa.example.id/apbdes-${y}.pdf`, 0.3);
  if (d.chance(0.6)) addRealisasi(d, baris, y);
  return a;
}

/** Cumulative realisation snapshots on some lines: Semester I, year end, or a month or two into the LPJ period. */
function addRealisasi(d: Dice, baris: Obj[], y: number): void {
  const dates = d.pick([[`${y}-06-30`], [`${y}-06-30`, `${y}-12-31`], [`${y}-03-31`, `${y}-06-30`, `${y}-09-30`], [`${y}-12-31`], [`${y}-08-15`, `${y + 1}-02-28`]]);
  const periode = d.pick(['semester_1', 'semester_2', 'triwulan_2', 'bulanan', 'lainnya']);
  for (const b of baris) {
    if (!d.chance(0.75)) continue;
    let sofar = 0;
    const snaps: Obj[] = [];
    for (const sampaiTanggal of dates) {
      if (!d.chance(0.85)) continue;
      // Mostly within the budget, now and then over it (a warning, not an error).
      const target = Math.round(Number(b.anggaran) * (d.chance(0.05) ? 1 + d.next() * 0.2 : d.next()));
      sofar = Math.min(1e13, Math.max(sofar, target));
      const r: Obj = { sampaiTanggal, jumlah: sofar };
      maybe(d, r, 'periode', () => periode, 0.4);
      maybe(d, r, 'sumber', () => 'Laporan realisasi', 0.3);
      snaps.push(r);
    }
    if (snaps.length) b.realisasi = d.chance(0.2) ? snaps.reverse() : snaps;
  }
}

/** A perubahan of `murni`: the same lines with some amounts changed (anggaranSemula kept), a few added or dropped. */
function perubahan(d: Dice, murni: Obj, y: number): Obj {
  const baris = (murni.baris as Obj[]).filter((_, i) => i < 2 || d.chance(0.9)).map((b) => {
    const copy = structuredClone(b);
    if (d.chance(0.3)) {
      copy.anggaranSemula = b.anggaran;
      copy.anggaran = Math.min(1e12, Math.round(Number(b.anggaran) * (0.5 + d.next())));
      // Realisation that the new amount undercuts stays: over-budget is a warning only.
    }
    return copy;
  });
  const a: Obj = { id: `apbdes-${y}-perubahan`, tahunAnggaran: y, versi: 'perubahan', status: d.chance(0.85) ? 'ditetapkan' : 'draf', baris };
  maybe(d, a, 'menggantikanId', () => murni.id, 0.8);
  maybe(d, a, 'tanggalPenetapan', () => d.date(y, 7, 10), 0.7);
  maybe(d, a, 'nomorPerdes', () => `Perdes No. ${d.int(1, 12)} Tahun ${y}`);
  return a;
}

/** A framework of its own: 1–10 criteria, a scale starting at 0–2 and reaching 3–10 points above. */
function customKerangka(d: Dice, seed: number): Obj {
  const [min, maks] = d.pick([[0, 1], [1, 3], [1, 5], [0, 4], [2, 6], [0, 10], [1, 10], [0, 100], [d.int(0, 2), d.int(3, 12)]] as const);
  const label: Record<string, unknown> = {};
  for (let s = min; s <= maks; s++) if (d.chance(maks - min > 10 ? 0.05 : 0.6)) label[String(s)] = teks(d, `Tingkat ${s}`, `Level ${s}`);
  const kriteria = Array.from({ length: d.pick([1, 2, 3, 5, 8, 12, 25]) }, (_, i) => {
    const k: Obj = { kode: `kriteria_${i + 1}`, nama: teks(d, label2(d, 'Kriteria'), `Criterion ${i + 1}`) };
    maybe(d, k, 'deskripsi', () => teks(d, label2(d, 'Penjelasan'), 'Explanation'));
    maybe(d, k, 'indikator', () => Array.from({ length: d.int(1, 4) }, (_, j) => ({ id: `ind-${i + 1}-${j + 1}`, teks: teks(d, `Indikator ${j + 1}`, `Indicator ${j + 1}`) })));
    return k;
  });
  const k: Obj = { id: `kerangka-desa-${seed}`, nama: teks(d, 'Kerangka penilaian desa', 'Village assessment framework'), skala: { min, maks }, kriteria };
  if (Object.keys(label).length) (k.skala as Obj).label = label;
  maybe(d, k, 'sumber', () => 'Musyawarah desa');
  maybe(d, k, 'deskripsi', () => teks(d, 'Disusun bersama', 'Drawn up together'));
  return k;
}

const label2 = (d: Dice, head: string) => `${head} ${d.pick(WORDS)}`;

function penilaian(d: Dice, id: string, kelompokId: string, tanggal: string, kerangka: Obj, orgIds: readonly string[]): Obj {
  const { min, maks } = kerangka.skala as { min: number; maks: number };
  const allNull = d.chance(0.08);
  const kriteria = (kerangka.kriteria as Obj[]).map((c) => {
    const skor = allNull || d.chance(0.15) ? null : d.int(min, maks);
    const k: Obj = {
      kode: c.kode,
      skor,
      bukti: Array.from({ length: d.pick([0, 0, 1, 2, 3]) }, () => {
        const b: Obj = { jenis: d.pick(JENIS_BUKTI), judul: label(d, 'Bukti') };
        maybe(d, b, 'url', () => 'https://desa.example.id/bukti', 0.4);
        maybe(d, b, 'tanggal', () => tanggal, 0.4);
        maybe(d, b, 'keterangan', () => d.pick(WORDS), 0.2);
        return b;
      }),
    };
    const indikator = c.indikator as Obj[] | undefined;
    if (indikator) maybe(d, k, 'indikator', () => indikator.filter(() => d.chance(0.8)).map((x) => ({ id: x.id, terpenuhi: d.chance(0.5) })), 0.6);
    maybe(d, k, 'catatan', () => label(d, 'Catatan'), 0.3);
    maybe(d, k, 'rekomendasi', () => label(d, 'Perlu'), 0.3);
    return k;
  });
  const p: Obj = { id, kelompokId, kerangkaId: kerangka.id, tanggal, metode: d.pick(METODE_PENILAIAN), kriteria: d.chance(0.2) ? kriteria.reverse() : kriteria };
  maybe(d, p, 'penilai', () => ({ ...(d.chance(0.7) ? { nama: name(d) } : {}), ...(d.chance(0.5) ? { peran: 'Pendamping desa' } : {}), ...(orgIds.length && d.chance(0.3) ? { organisasiId: d.pick(orgIds) } : {}) }), 0.6);
  maybe(d, p, 'ringkasan', () => label(d, 'Ringkasan'), 0.3);
  return p;
}

interface KegiatanContext {
  kodePool: readonly string[];
  dusunIds: readonly string[];
  dokIds: readonly string[];
  usulanIds: readonly string[];
  mitraIds: readonly string[];
  orgIds: readonly string[];
  kelompokIds: readonly string[];
  point: () => { lat: number; lng: number };
  geometry: () => Obj;
}

function kegiatanItem(d: Dice, id: string, Y: number, c: KegiatanContext): Obj {
  const tahun = Y - d.int(-1, 3);
  const status = d.pick(STATUS_KEGIATAN);
  const k: Obj = { id, nama: label(d, d.pick(['Pembangunan', 'Rehabilitasi', 'Pelatihan', 'Penyediaan', 'Pengadaan'])), bidang: d.int(1, 5), tahun, sumberRencana: d.pick(SUMBER_RENCANA), status };
  classify(d, k, 0.7, c.kodePool);
  if (k.bidang === undefined) k.bidang = d.int(1, 5);
  maybe(d, k, 'deskripsi', () => (d.chance(0.1) ? '' : label(d, 'Kegiatan ini')), 0.4);
  if (c.dokIds.length) maybe(d, k, 'dokumenIds', () => d.some(c.dokIds, d.int(1, 2)), 0.3);
  maybe(d, k, 'lokasi', () => {
    const l: Obj = {};
    if (c.dusunIds.length) maybe(d, l, 'dusunId', () => d.pick(c.dusunIds), 0.7);
    maybe(d, l, 'rt', () => [pad(d.int(1, 20))], 0.2);
    maybe(d, l, 'rw', () => [pad(d.int(1, 9))], 0.2);
    maybe(d, l, 'deskripsi', () => `Ruas ${name(d)}`, 0.3);
    maybe(d, l, 'koordinat', c.point, 0.4);
    maybe(d, l, 'geometri', c.geometry, 0.15);
    return l;
  }, 0.7);
  maybe(d, k, 'volume', () => d.int(1, 3000), 0.3);
  if (k.volume !== undefined) k.satuan = d.pick(['m', 'unit', 'orang', 'paket']);
  maybe(d, k, 'keluaran', () => label(d, 'Terbangun'), 0.3);
  maybe(d, k, 'sasaran', () => label(d, 'Warga'), 0.3);
  maybe(d, k, 'penerimaManfaat', () => ({ lakiLaki: d.int(0, 900), perempuan: d.int(0, 900), ...(d.chance(0.4) ? { rumahTanggaMiskin: d.int(0, 100) } : {}), ...(d.chance(0.3) ? { kk: d.int(0, 300) } : {}) }), 0.3);
  maybe(d, k, 'jenisPekerjaan', () => d.pick(JENIS_PEKERJAAN), 0.4);
  maybe(d, k, 'sifat', () => d.pick(SIFAT_KEGIATAN), 0.3);
  maybe(d, k, 'polaPelaksanaan', () => d.pick(POLA_PELAKSANAAN), 0.3);
  maybe(d, k, 'pelaksana', () => {
    const p: Obj = { jenis: d.pick(JENIS_PELAKSANA) };
    maybe(d, p, 'nama', () => `TPK ${name(d)}`);
    if (c.orgIds.length) maybe(d, p, 'organisasiId', () => d.pick(c.orgIds), 0.2);
    if (c.kelompokIds.length) maybe(d, p, 'kelompokId', () => d.pick(c.kelompokIds), 0.2);
    return p;
  }, 0.5);
  maybe(d, k, 'anggaran', () => {
    const parts = Array.from({ length: d.int(0, 3) }, () => ({ sumberDana: d.pick(SUMBER_DANA), jumlah: d.rupiah(0 + 100_000, 1e12) }));
    const total = parts.length ? parts.reduce((s, p) => s + p.jumlah, 0) : d.chance(0.1) ? 0 : d.rupiah(100_000, 1e12);
    const a: Obj = { total };
    if (parts.length) a.perSumber = parts;
    maybe(d, a, 'anggaranSemula', () => d.rupiah(100_000, 1e12), 0.15);
    return a;
  }, 0.7);
  maybe(d, k, 'realisasiAnggaran', () => {
    const total = Number((k.anggaran as Obj | undefined)?.total ?? d.rupiah());
    const first = Math.round(total * d.next() * 0.6);
    return [{ sampaiTanggal: `${tahun}-06-30`, jumlah: first }, ...(d.chance(0.5) ? [{ sampaiTanggal: `${tahun}-12-31`, jumlah: Math.max(first, Math.round(total * d.next())) }] : [])];
  }, 0.3);
  // Date shapes: none, start only (open-ended), end only, a start and an end in the year or over
  // several years, or a duration with or without a start.
  const shape = d.int(0, 6);
  const mulai = d.date(tahun);
  const jadwal: Obj | undefined =
    shape === 0 ? undefined
    : shape === 1 ? { mulai }
    : shape === 2 ? { selesai: d.date(tahun) }
    : shape === 3 ? { mulai: d.date(tahun, 1, 6), selesai: d.date(tahun, 7, 12) }
    : shape === 4 ? { mulai, selesai: d.date(tahun + d.int(1, 3)) }
    : shape === 5 ? { mulai, durasi: { jumlah: d.int(1, 24), satuan: d.pick(SATUAN_DURASI) } }
    : { durasi: { jumlah: d.int(0, 12), satuan: d.pick(SATUAN_DURASI) } };
  if (jadwal) k.jadwal = jadwal;
  if (status === 'berjalan' || status === 'selesai' || status === 'tertunda' || d.chance(0.1)) {
    maybe(d, k, 'progres', () => {
      let pct = 0;
      const dates = [...new Set(Array.from({ length: d.int(1, 5) }, () => d.date(tahun)))].sort();
      return dates.map((tanggal) => {
        const drop = pct > 10 && d.chance(0.1);
        pct = drop ? pct - d.int(1, 10) : Math.min(100, pct + d.int(0, 40) + (d.chance(0.2) ? 0.5 : 0));
        const p: Obj = { tanggal, persenFisik: pct };
        if (drop) p.catatan = 'Diukur ulang oleh TPK';
        else maybe(d, p, 'catatan', () => label(d, 'Pekerjaan'), 0.2);
        maybe(d, p, 'fotoUrl', () => ['https://desa.example.id/foto/1.jpg'], 0.1);
        return p;
      });
    }, 0.8);
  }
  if (c.usulanIds.length) maybe(d, k, 'usulanIds', () => d.some(c.usulanIds, d.int(1, 2)), 0.2);
  if (c.mitraIds.length) maybe(d, k, 'mitraIds', () => d.some(c.mitraIds, 1), 0.2);
  return k;
}
