/** Section 2: the village profile. */
import * as z from 'zod/mini';
import {
  count, doc, email, entity, expecting, id, koordinat, kodeWilayah, kodeWilayahPrefix,
  multiPolygon, opt, periode, polygon, text, url, year, amount,
} from './common.js';
import { JENIS_DESA, STATUS_IDM, ZONA_WAKTU } from './enums.js';

const wilayah = (levels: 1 | 2 | 3, idName: string, enName: string) =>
  doc(
    z.object({
      kode: doc(kodeWilayahPrefix(levels), `Kode ${idName}`, `${enName} code`),
      nama: doc(text(), `Nama ${idName}`, `${enName} name`),
    }),
    idName[0]!.toUpperCase() + idName.slice(1),
    enName,
  );

export const dusunSchema = doc(
  entity({
    id: doc(id(), 'Id dusun, dirujuk oleh dusunId', 'Hamlet id, referenced by dusunId'),
    nama: doc(text(), 'Nama dusun', 'Hamlet name'),
    rw: opt(z.array(text()), 'Nomor RW di dusun ini', 'RW (community unit) numbers in the hamlet'),
  }),
  'Dusun (wilayah di bawah desa)',
  'Hamlet (area within the village)',
  'Dusun',
);

/** Public office contact; no personal numbers. */
export const kontakSchema = () =>
  z.object({
    website: opt(url(), 'Situs web', 'Website'),
    email: opt(email(), 'Email kantor', 'Office email'),
    telepon: opt(text(), 'Telepon kantor', 'Office phone'),
    alamat: opt(text(), 'Alamat kantor', 'Office address'),
  });

const batasWilayah = () =>
  expecting(
    z.union([polygon(), multiPolygon(), z.object({ url: doc(url(), 'Alamat berkas GeoJSON', 'GeoJSON file URL') })]),
    {
      id: 'GeoJSON Polygon/MultiPolygon, atau objek { url }',
      en: 'a GeoJSON Polygon/MultiPolygon, or an object { url }',
    },
  );

export const desaSchema = doc(
  entity({
    kodeWilayah: doc(
      kodeWilayah(),
      'Kode wilayah Kemendagri; segmen terakhir 2xxx desa, 1xxx kelurahan, 3xxx desa adat',
      'Kemendagri region code; last segment 2xxx village, 1xxx urban ward, 3xxx customary village',
    ),
    kodeBps: opt(
      expecting(z.string().check(z.regex(/^\d{10}$/)), { id: 'kode BPS 10 angka', en: 'a 10-digit BPS code' }),
      'Kode BPS, bila diketahui',
      'BPS statistics code, if known',
    ),
    nama: doc(text(), 'Nama desa tanpa awalan "Desa"', 'Village name without the "Desa" prefix'),
    jenis: doc(z.enum(JENIS_DESA), 'Jenis: desa, desa adat atau kelurahan', 'Type: village, customary village or urban ward'),
    sebutanLokal: opt(text(), 'Sebutan lokal, mis. Nagari, Gampong', 'Local name for a village, e.g. Nagari, Gampong'),
    kecamatan: wilayah(3, 'kecamatan', 'Sub-district'),
    kabupaten: wilayah(2, 'kabupaten/kota', 'District'),
    provinsi: wilayah(1, 'provinsi', 'Province'),
    dusun: opt(z.array(dusunSchema), 'Daftar dusun', 'Hamlets'),
    kepalaDesa: opt(
      z.object({
        nama: doc(text(), 'Nama kepala desa', 'Village head name'),
        periode: opt(periode(), 'Masa jabatan', 'Term of office'),
      }),
      'Kepala desa',
      'Village head',
    ),
    jumlahPenduduk: opt(count(), 'Jumlah penduduk', 'Population'),
    jumlahKk: opt(count(), 'Jumlah kepala keluarga', 'Number of households'),
    tahunData: opt(year(), 'Tahun data kependudukan', 'Year of the population figures'),
    luasWilayahKm2: opt(amount(), 'Luas wilayah (km²)', 'Area (km²)'),
    koordinat: opt(koordinat(), 'Titik tengah atau kantor desa (WGS84)', 'Centroid or village office (WGS84)'),
    batasWilayah: opt(batasWilayah(), 'Batas wilayah: GeoJSON atau { url }', 'Boundary: GeoJSON or { url }'),
    statusIdm: opt(z.enum(STATUS_IDM), 'Status Indeks Desa Membangun', 'Village development index class'),
    tahunIdm: opt(year(), 'Tahun status IDM', 'Year of the IDM class'),
    zonaWaktu: opt(z.enum(ZONA_WAKTU), 'Zona waktu (bawaan Asia/Jakarta)', 'Time zone (default Asia/Jakarta)'),
    kontak: opt(kontakSchema(), 'Kontak kantor desa (publik)', 'Public village office contact'),
  }),
  'Profil desa',
  'Village profile',
  'Desa',
);

export type Desa = z.infer<typeof desaSchema>;
export type Dusun = z.infer<typeof dusunSchema>;
