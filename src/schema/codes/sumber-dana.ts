/**
 * Section 11 / A.3: which kode rekening each sumber dana flows from, and its Siskeudes code.
 * Labels live with the enum in `entities/enums.ts`; this file holds only the mappings.
 */
import type { SumberDana } from '../entities/enums.js';
import { isKodeWithin } from './kode-rekening.js';

/** The income account each source is booked under (a kelompok for the open-ended ones). */
export const SUMBER_DANA_KODE = {
  pades: '4.1',
  swadaya: '4.1.3',
  dana_desa: '4.2.1',
  bhpr: '4.2.2',
  add: '4.2.3',
  bankeu_provinsi: '4.2.4',
  bankeu_kabkota: '4.2.5',
  hibah: '4.3.4',
  csr: '4.3.3',
  silpa: '6.1.1',
  lainnya: '4.3',
} as const satisfies Record<SumberDana, string>;

/** The `sumberDana` slug; the enum itself is owned by `entities/enums.ts`. */
export type SumberDanaSlug = SumberDana;

/**
 * Siskeudes funding codes; only `DDS` is verified (OpenSID filters on it), the rest are
 * customary [K]. Several sources share `DLL`, so the reverse lookup maps it to `lainnya`.
 */
export const SUMBER_DANA_SISKEUDES: Readonly<Record<SumberDana, string | undefined>> = {
  pades: 'PAD',
  swadaya: 'SWD',
  dana_desa: 'DDS',
  bhpr: 'PBH',
  add: 'ADD',
  bankeu_provinsi: 'PBP',
  bankeu_kabkota: 'PBK',
  hibah: 'DLL',
  csr: 'DLL',
  silpa: undefined,
  lainnya: 'DLL',
};

const DARI_SISKEUDES: Readonly<Record<string, SumberDana>> = {
  PAD: 'pades',
  SWD: 'swadaya',
  DDS: 'dana_desa',
  PBH: 'bhpr',
  ADD: 'add',
  PBP: 'bankeu_provinsi',
  PBK: 'bankeu_kabkota',
  DLL: 'lainnya',
  SILPA: 'silpa',
};

/** `sumberDanaFromSiskeudes('DDS') === 'dana_desa'`; undefined for an unknown code. */
export function sumberDanaFromSiskeudes(kode: string): SumberDana | undefined {
  return DARI_SISKEUDES[kode.trim().toUpperCase()];
}

/**
 * The source an income line belongs to by its kode rekening, using the most specific
 * mapping: `4.1.3` → swadaya, `4.1.2` → pades, `4.3.6` → lainnya, `6.1.1` → silpa.
 * Undefined for accounts no source flows from (belanja, `6.1.2`, …).
 */
export function sumberDanaOfKodeRekening(kode: string): SumberDana | undefined {
  let best: SumberDana | undefined;
  let bestLen = -1;
  for (const [slug, root] of Object.entries(SUMBER_DANA_KODE) as [SumberDana, string][]) {
    if (isKodeWithin(kode, root) && root.length > bestLen) {
      best = slug;
      bestLen = root.length;
    }
  }
  return best;
}
