/**
 * Section 12, balance of each planned APBDes (on `anggaran`): SiLPA berjalan, spending per
 * funding source, and the 70/30 cap on siltap and allowances.
 */
import type { Rule } from './family.js';
import type { Apbdes, BarisAnggaran } from '../entities/apbdes.js';
import type { KpmDesaDataset } from '../entities/dataset.js';
import { LABEL_SUMBER_DANA, type SumberDana } from '../entities/enums.js';
import { formatPath, makeIssue, type ValidationIssue } from '../issues.js';
import { akunOf, isKodeWithin } from '../codes/kode-rekening.js';
import { siltapSelector } from '../codes/siltap.js';
import { sumberDanaOfKodeRekening } from '../codes/sumber-dana.js';
import { formatPersen, formatRupiah } from './format.js';
import type { ResolvedRuleOptions } from './options.js';

const sum = (lines: readonly BarisAnggaran[]) => lines.reduce((total, b) => total + b.anggaran, 0);
const within = (a: Apbdes, root: string) => a.baris.filter((b) => isKodeWithin(b.kodeRekening, root));

/** SiLPA berjalan = (pendapatan − belanja) + (6.1 − 6.2); a plan is normally set to 0. */
function checkSilpa(a: Apbdes, i: number): ValidationIssue | undefined {
  const surplus = sum(within(a, '4')) - sum(within(a, '5'));
  const netto = sum(within(a, '6.1')) - sum(within(a, '6.2'));
  const silpa = surplus + netto;
  if (silpa === 0) return undefined;
  const [id, en] = silpa > 0 ? ['lebih', 'surplus'] : ['kurang', 'shortfall'];
  return makeIssue(
    formatPath(['apbdes', i]),
    'warning',
    'silpa_not_zero',
    `Rencana SiLPA tahun berjalan ${id} ${formatRupiah(Math.abs(silpa))}: surplus/defisit ${formatRupiah(surplus)} ditambah pembiayaan netto ${formatRupiah(netto)} seharusnya 0.`,
    `Planned year-end balance shows a ${en} of ${formatRupiah(Math.abs(silpa), 'en')}: surplus/deficit ${formatRupiah(surplus, 'en')} plus net financing ${formatRupiah(netto, 'en')} should be 0.`,
  );
}

/**
 * Spending per source (5.x and 6.2 lines by `sumberDana`) against income of that source
 * (4.x lines by `sumberDana`, else by their kode rekening, plus 6.1 lines). SiLPA is read as a
 * source of its own: lines paid from last year's surplus carry `sumberDana: 'silpa'` and are
 * covered by 6.1.1, not by topping up other sources. This is how Siskeudes books it, and it
 * keeps "every sumber dana balances" true for the example dataset.
 */
function checkSumberDana(a: Apbdes, i: number): ValidationIssue[] {
  const income = new Map<SumberDana, number>();
  const spending = new Map<SumberDana, number>();
  const add = (map: Map<SumberDana, number>, key: SumberDana | undefined, amount: number) => {
    if (key !== undefined) map.set(key, (map.get(key) ?? 0) + amount);
  };
  for (const b of a.baris) {
    if (isKodeWithin(b.kodeRekening, '4') || isKodeWithin(b.kodeRekening, '6.1')) {
      add(income, b.sumberDana ?? sumberDanaOfKodeRekening(b.kodeRekening), b.anggaran);
    } else {
      add(spending, b.sumberDana, b.anggaran);
    }
  }
  const issues: ValidationIssue[] = [];
  for (const [sumber, spent] of spending) {
    const available = income.get(sumber) ?? 0;
    if (spent <= available) continue;
    const label = LABEL_SUMBER_DANA[sumber];
    issues.push(
      makeIssue(
        formatPath(['apbdes', i]),
        'warning',
        'sumber_dana_overspent',
        `Belanja dari ${label.id} ${formatRupiah(spent)} melebihi pendapatan ${label.id} ${formatRupiah(available)}.`,
        `Spending from ${label.en} of ${formatRupiah(spent, 'en')} exceeds income from ${label.en} of ${formatRupiah(available, 'en')}.`,
      ),
    );
  }
  return issues;
}

/** 70/30: siltap and allowances of the village head, officials and BPD over the cap of belanja. */
function checkSiltap(a: Apbdes, i: number, batas: number): ValidationIssue | undefined {
  const belanja = a.baris.filter((b) => akunOf(b.kodeRekening) === '5');
  const total = sum(belanja);
  const siltap = sum(belanja.filter(siltapSelector(belanja).isSiltap));
  if (total === 0 || siltap / total <= batas) return undefined;
  return makeIssue(
    formatPath(['apbdes', i]),
    'warning',
    'siltap_over_30',
    `Penghasilan tetap dan tunjangan ${formatRupiah(siltap)} adalah ${formatPersen(siltap / total)} dari belanja ${formatRupiah(total)}, melebihi batas ${formatPersen(batas)}.`,
    `Fixed income and allowances of ${formatRupiah(siltap, 'en')} are ${formatPersen(siltap / total, 'en')} of expenditure ${formatRupiah(total, 'en')}, above the ${formatPersen(batas, 'en')} limit.`,
  );
}

/**
 * One enacted budget per year and version (DATA-MODEL.md section 1): a second one is warned
 * at the later entry, naming the first. A draft beside the enacted one is the normal way a
 * budget is prepared, and is not warned.
 */
function checkOnePerVersion(list: readonly Apbdes[]): ValidationIssue[] {
  const first = new Map<string, Apbdes>();
  const issues: ValidationIssue[] = [];
  list.forEach((a, i) => {
    if (a.status !== 'ditetapkan') return;
    const key = `${a.tahunAnggaran}|${a.versi}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, a);
      return;
    }
    issues.push(
      makeIssue(
        formatPath(['apbdes', i]),
        'warning',
        'apbdes_version_twice',
        `APBDes ${a.versi} TA ${a.tahunAnggaran} ditetapkan dua kali (juga "${earlier.id}"); tampilan memilih salah satu.`,
        `The ${a.versi} APBDes of FY ${a.tahunAnggaran} is enacted twice (also "${earlier.id}"); views pick one of them.`,
      ),
    );
  });
  return issues;
}

export function checkBalance(data: KpmDesaDataset, options: ResolvedRuleOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = checkOnePerVersion(data.apbdes ?? []);
  data.apbdes?.forEach((a, i) => {
    const silpa = checkSilpa(a, i);
    if (silpa) issues.push(silpa);
    issues.push(...checkSumberDana(a, i));
    const siltap = checkSiltap(a, i, options.batasSiltap);
    if (siltap) issues.push(siltap);
  });
  return issues;
}

/** APBDes balance: pembiayaan, surplus, siltap share. */
export const balanceRules: Rule = (data, o) => checkBalance(data, o);
