/**
 * Section 12, codes: kode rekening against the shipped chart, kodeKegiatan against the
 * bidang/sub-bidang list, 5.x lines carrying a kegiatan, and leaf-only lines.
 */
import type { Rule } from './family.js';
import type { Apbdes } from '../entities/apbdes.js';
import type { KpmDesaDataset } from '../entities/dataset.js';
import { formatPath, makeIssue, type ValidationIssue } from '../issues.js';
import type { Segments } from './segments.js';
import { BIDANG, SUB_BIDANG, bidangOfKegiatan, subBidangOfKegiatan } from '../codes/bidang.js';
import {
  KODE_REKENING,
  REFERENSI_KODE_DIKENAL,
  akunOf,
  isKodeWithin,
  jenisOf,
  kelompokOf,
} from '../codes/kode-rekening.js';

/** `at` is the line's path; the issue's path (…kodeRekening) is only written when there is one. */
function checkKodeRekening(kode: string, at: Segments): ValidationIssue | undefined {
  const kelompok = kelompokOf(kode);
  if (kelompok === undefined || !(kelompok in KODE_REKENING)) {
    return makeIssue(
      formatPath([...at, 'kodeRekening']),
      'error',
      'unknown_kode_rekening',
      `Kode rekening ${kode} tidak dikenal: kelompok ${kelompok ?? akunOf(kode)} tidak ada dalam daftar kode Permendagri 20/2018.`,
      `Account code ${kode} is unknown: group ${kelompok ?? akunOf(kode)} is not in the Permendagri 20/2018 chart.`,
    );
  }
  const jenis = jenisOf(kode);
  if (jenis === undefined || !(jenis in KODE_REKENING)) {
    return makeIssue(
      formatPath([...at, 'kodeRekening']),
      'warning',
      'unknown_jenis_rekening',
      `Jenis rekening ${jenis ?? kode} tidak ada dalam daftar kode; baris ini dihitung di bawah ${kelompok} ${KODE_REKENING[kelompok].id}.`,
      `Account type ${jenis ?? kode} is not in the chart; this line is counted under ${kelompok} ${KODE_REKENING[kelompok].en}.`,
    );
  }
  return undefined;
}

/** Checks a kodeKegiatan or subBidang starts with a listed bidang and sub-bidang. */
function checkBidang(kode: string, at: Segments): ValidationIssue | undefined {
  const sub = subBidangOfKegiatan(kode);
  if (bidangOfKegiatan(kode) in BIDANG && sub !== undefined && sub in SUB_BIDANG) return undefined;
  return makeIssue(
    formatPath(at),
    'error',
    'kode_kegiatan_bidang',
    `Kode ${kode} tidak diawali bidang dan sub bidang yang dikenal (misalnya 2.3 Pekerjaan Umum dan Penataan Ruang).`,
    `Code ${kode} does not start with a known bidang and sub-bidang (for example 2.3 Public works and spatial planning).`,
  );
}

/** A stated bidang or sub-bidang must be the one its more detailed code starts with. */
function checkMatches(
  stated: number | string | undefined,
  derived: number | string | undefined,
  kode: string,
  at: Segments,
): ValidationIssue | undefined {
  if (stated === undefined || derived === undefined || stated === derived) return undefined;
  return makeIssue(
    formatPath(at),
    'error',
    'kode_kegiatan_bidang',
    `Isian ${stated} tidak sesuai dengan kode ${kode}, yang termasuk ${derived}.`,
    `The value ${stated} does not match code ${kode}, which belongs to ${derived}.`,
  );
}

function checkReferensiKode(a: Apbdes, i: number): ValidationIssue | undefined {
  if (a.referensiKode === undefined || REFERENSI_KODE_DIKENAL.includes(a.referensiKode)) return undefined;
  return makeIssue(
    formatPath(['apbdes', i, 'referensiKode']),
    'warning',
    'unknown_referensi_kode',
    `Referensi kode "${a.referensiKode}" tidak dikenal; kode rekening diperiksa dengan daftar Permendagri 20/2018.`,
    `Code reference "${a.referensiKode}" is unknown; account codes are checked against the Permendagri 20/2018 chart.`,
  );
}

/**
 * Leaf-only: within one kegiatan, a line whose kode rekening is a parent of another line's
 * would count the same money twice in every total.
 */
function checkLeaves(a: Apbdes, i: number): ValidationIssue[] {
  // One pass maps every strict ancestor code (per kegiatan) to the first line beneath it, so
  // the check stays linear: comparing every line with every other took seconds at 5,000 lines.
  // Keyed by kegiatan, then by ancestor code (the part before each dot).
  const firstBeneath = new Map<string, Map<string, string>>();
  for (const b of a.baris) {
    const kode = b.kodeRekening;
    let dot = kode.indexOf('.');
    if (dot < 0) continue;
    const kegiatan = b.kodeKegiatan ?? '';
    let beneath = firstBeneath.get(kegiatan);
    if (!beneath) firstBeneath.set(kegiatan, (beneath = new Map()));
    for (; dot >= 0; dot = kode.indexOf('.', dot + 1)) {
      const ancestor = kode.slice(0, dot);
      if (!beneath.has(ancestor)) beneath.set(ancestor, kode);
    }
  }
  const issues: ValidationIssue[] = [];
  a.baris.forEach((parent, j) => {
    const child = firstBeneath.get(parent.kodeKegiatan ?? '')?.get(parent.kodeRekening);
    if (child === undefined) return;
    issues.push(
      makeIssue(
        formatPath(['apbdes', i, 'baris', j, 'kodeRekening']),
        'error',
        'not_leaf_line',
        `Baris ${parent.kodeRekening} adalah induk dari baris ${child} pada kegiatan yang sama; isikan hanya baris rincian agar jumlah tidak terhitung dua kali.`,
        `Line ${parent.kodeRekening} is the parent of line ${child} in the same activity; enter only the detail lines so amounts are not counted twice.`,
      ),
    );
  });
  return issues;
}

export function checkKode(data: KpmDesaDataset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const push = (issue: ValidationIssue | undefined) => issue && issues.push(issue);

  data.apbdes?.forEach((a, i) => {
    push(checkReferensiKode(a, i));
    a.baris.forEach((b, j) => {
      const at = ['apbdes', i, 'baris', j];
      push(checkKodeRekening(b.kodeRekening, at));
      const belanja = akunOf(b.kodeRekening) === '5';
      if ((belanja || isKodeWithin(b.kodeRekening, '6.2')) && b.sumberDana === undefined) {
        issues.push(
          makeIssue(
            formatPath([...at, 'sumberDana']),
            'error',
            'missing_sumber_dana',
            `Baris ${b.kodeRekening} "${b.uraian}" belum memiliki sumber dana; setiap belanja dan pengeluaran pembiayaan harus menyebut sumber dananya.`,
            `Line ${b.kodeRekening} "${b.uraian}" has no funding source; every expenditure and financing outflow names its source.`,
          ),
        );
      }
      if (b.kodeKegiatan !== undefined) push(checkBidang(b.kodeKegiatan, [...at, 'kodeKegiatan']));
      else if (belanja) {
        issues.push(
          makeIssue(
            formatPath([...at, 'kodeKegiatan']),
            'error',
            'missing_kode_kegiatan',
            `Baris belanja ${b.kodeRekening} "${b.uraian}" belum memiliki kode kegiatan; setiap belanja harus masuk ke satu kegiatan.`,
            `Expenditure line ${b.kodeRekening} "${b.uraian}" has no activity code; every expenditure belongs to an activity.`,
          ),
        );
      }
    });
    issues.push(...checkLeaves(a, i));
  });

  // Kegiatan and usulan state bidang and sub-bidang beside the finer code; they must agree.
  const checkClassified = (
    item: { bidang?: number; subBidang?: string; kodeKegiatan?: string },
    at: Segments,
  ) => {
    if (item.kodeKegiatan !== undefined) push(checkBidang(item.kodeKegiatan, [...at, 'kodeKegiatan']));
    if (item.subBidang !== undefined) push(checkBidang(item.subBidang, [...at, 'subBidang']));
    const finest = item.kodeKegiatan ?? item.subBidang;
    if (finest === undefined) return;
    push(checkMatches(item.bidang, bidangOfKegiatan(finest), finest, [...at, 'bidang']));
    if (item.kodeKegiatan !== undefined) {
      const sub = subBidangOfKegiatan(item.kodeKegiatan);
      push(checkMatches(item.subBidang, sub, item.kodeKegiatan, [...at, 'subBidang']));
    }
  };
  data.kegiatan?.forEach((k, i) => checkClassified(k, ['kegiatan', i]));
  data.usulan?.forEach((u, i) => checkClassified(u, ['usulan', i]));

  return issues;
}

/** Kode rekening and kode kegiatan of budget lines, kegiatan and usulan. */
export const kodeRules: Rule = (data) => checkKode(data);
