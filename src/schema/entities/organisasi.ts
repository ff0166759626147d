/** Section 9: partner organisations (Popolo Organization with an IATI type). */
import * as z from 'zod/mini';
import { doc, entity, expecting, id, koordinat, kodeWilayah, kodeWilayahPrefix, opt, text, url } from './common.js';
import { kontakSchema } from './desa.js';
import { JENIS_ORGANISASI, SKEMA_IDENTIFIER } from './enums.js';

export const organisasiSchema = doc(
  entity({
    id: doc(id(), 'Id organisasi', 'Organisation id'),
    nama: doc(text(), 'Nama organisasi', 'Organisation name'),
    singkatan: opt(text(), 'Singkatan', 'Abbreviation'),
    jenis: doc(z.enum(JENIS_ORGANISASI), 'Jenis organisasi', 'Organisation type'),
    iatiOrganisationType: opt(
      expecting(z.string().check(z.regex(/^\d{2}$/)), { id: 'kode IATI 2 angka', en: 'a 2-digit IATI code' }),
      'Kode IATI OrganisationType (menimpa bawaan jenis)',
      'IATI OrganisationType code (overrides the default for the type)',
    ),
    identifiers: opt(
      z.array(
        z.object({
          skema: doc(z.enum(SKEMA_IDENTIFIER), 'Skema', 'Scheme'),
          id: doc(text(), 'Nomor', 'Identifier'),
        }),
      ),
      'Nomor identitas resmi',
      'Official identifiers',
    ),
    kantor: opt(
      z.object({
        alamat: opt(text(), 'Alamat', 'Address'),
        kodeWilayah: opt(kodeWilayah(), 'Kode wilayah desa', 'Village code'),
        kabupatenKode: opt(kodeWilayahPrefix(2), 'Kode kabupaten/kota', 'District code'),
        koordinat: opt(koordinat(), 'Titik kantor', 'Office location'),
      }),
      'Kantor',
      'Office',
    ),
    situsWeb: opt(url(), 'Situs web', 'Website'),
    kontak: opt(kontakSchema(), 'Kontak publik', 'Public contact'),
    logoUrl: opt(url(), 'Tautan logo', 'Logo link'),
    deskripsi: opt(text(), 'Deskripsi', 'Description'),
  }),
  'Organisasi mitra',
  'Partner organisation',
  'Organisasi',
);

export type Organisasi = z.infer<typeof organisasiSchema>;
