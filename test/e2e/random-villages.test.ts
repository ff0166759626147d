// Many different, valid villages through every widget: test/helpers/random-village.ts makes a
// realistic dataset per seed (0–3 budget years, 0–60 kegiatan, 0–10 groups with built-in and
// custom frameworks, 0–40 submissions and organisations, boundaries inline or as a file…).
// Each must validate without errors; then every widget, in every view and both languages, must
// show no error panel, throw nothing, fit 320 px, and show figures this file works out from the
// raw data on its own.
import { expect, waitUntil } from '@open-wc/testing';
import { KODE_REKENING, validateDataset } from '../../src/schema/index.js';
import { axeViolations } from '../helpers/a11y.js';
import { overflowing } from '../helpers/overflow.js';
import { randomVillage } from '../helpers/random-village.js';
import { assertSafe, mount, unwatchPage, visibleText, watchPage, type Mounted, type WidgetCase } from '../fixtures/hostile/harness.js';

const SEEDS = Array.from({ length: 25 }, (_, i) => i + 1);
/** axe is slow: one widget per seed on these seeds only. */
const AXE_SEEDS = new Set([2, 9, 14, 17, 24]);
const LANGS = ['id', 'en'] as const;
type Lang = (typeof LANGS)[number];

const VIEWS: Array<[WidgetCase, string[]]> = [
  [{ label: 'budget-chart', tag: 'kpm-budget-chart' }, ['ringkasan', 'pendapatan', 'belanja', 'jenis', 'pembiayaan', 'tren']],
  [{ label: 'program-timeline', tag: 'kpm-program-timeline' }, ['list', 'timeline']],
  [{ label: 'scorecard', tag: 'kpm-scorecard' }, ['']],
  [{ label: 'scorecard edit', tag: 'kpm-scorecard', attrs: { mode: 'edit' } }, ['']],
  [{ label: 'participation-form', tag: 'kpm-participation-form' }, ['', 'list']],
  [{ label: 'partner-map', tag: 'kpm-partner-map' }, ['list', 'map', 'relationships']],
];

// --- what the reader should see, worked out from the raw data (DATA-MODEL.md sections 0, 3, 7, 8, 10) ---

const flat = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const rupiah = (n: number, lang: Lang) =>
  flat(new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { style: 'currency', currency: 'IDR', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(n));
const number = (n: number, lang: Lang) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 2 }).format(n);

/** "Which budget is current": the latest year; ditetapkan over draf; perubahan > murni > rancangan. */
function currentBudget(apbdes: any[]): any | undefined {
  const year = Math.max(...apbdes.map((a) => a.tahunAnggaran));
  const rank = (a: any) => (a.status === 'ditetapkan' ? 10 : 0) + { rancangan: 0, murni: 1, perubahan: 2 }[a.versi as string]!;
  return apbdes.filter((a) => a.tahunAnggaran === year).sort((a, b) => rank(b) - rank(a))[0];
}

/** Budget and cumulative realisation (the latest snapshot on or before the budget's latest date) of the lines under `prefix`. */
function totals(budget: any, under: (line: any) => boolean): { anggaran: number; realisasi: number } {
  const dates = budget.baris.flatMap((b: any) => (b.realisasi ?? []).map((r: any) => r.sampaiTanggal as string)).sort();
  const asOf = dates[dates.length - 1];
  let anggaran = 0;
  let realisasi = 0;
  for (const b of budget.baris.filter(under)) {
    anggaran += b.anggaran;
    const upTo = (b.realisasi ?? []).filter((r: any) => asOf !== undefined && r.sampaiTanggal <= asOf);
    upTo.sort((x: any, y: any) => (x.sampaiTanggal < y.sampaiTanggal ? -1 : 1));
    realisasi += upTo.length ? upTo[upTo.length - 1].jumlah : 0;
  }
  return { anggaran, realisasi };
}

/** The group a scorecard shows by default: the first kelompok_pemberdayaan, else the first group. */
function defaultGroup(d: any): any | undefined {
  const groups = d.kelompokKpm ?? [];
  return groups.find((g: any) => g.jenis === 'kelompok_pemberdayaan') ?? groups[0];
}

/** Average of the assessed criteria in the group's latest assessment, as the headline writes it. */
function expectedAverage(d: any, kelompokId: string, lang: Lang): string | null {
  const latest = (d.penilaianKpm ?? []).filter((p: any) => p.kelompokId === kelompokId).sort((a: any, b: any) => (a.tanggal < b.tanggal ? 1 : -1))[0];
  if (!latest) return null;
  const scores = latest.kriteria.map((k: any) => k.skor).filter((s: any) => s !== null);
  return scores.length ? number(scores.reduce((a: number, b: number) => a + b, 0) / scores.length, lang) : '–';
}

// --- mounting and looking ---

async function settle(m: Mounted): Promise<void> {
  // A lang change reaches the widget through a MutationObserver: a task later.
  await new Promise((r) => setTimeout(r));
  await m.el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
}

const shadow = (m: Mounted) => m.el.shadowRoot!;
const texts = (m: Mounted, selector: string) => [...shadow(m).querySelectorAll(selector)].map((e) => flat(e.textContent ?? '').replace(/\s+/g, ' ').trim());

/** Text or attributes that only a computation gone wrong writes (NaN widths, "undefined" labels). */
function brokenValues(root: ShadowRoot): string[] {
  const out: string[] = [];
  const bad = /\b(NaN|undefined|Infinity)\b|\[object Object\]/;
  const visit = (node: ShadowRoot | Element) => {
    for (const e of node.querySelectorAll('*')) {
      for (const a of e.getAttributeNames()) if (bad.test(e.getAttribute(a)!)) out.push(`<${e.localName} ${a}="${e.getAttribute(a)}">`);
      for (const t of e.childNodes) if (t.nodeType === Node.TEXT_NODE && bad.test(t.textContent!)) out.push(`<${e.localName}>${t.textContent!.trim().slice(0, 80)}`);
      if (e.shadowRoot) visit(e.shadowRoot);
    }
  };
  visit(root);
  return out.slice(0, 6);
}

/** What every view of every valid village must pass. */
function looksFine(m: Mounted, where: string): void {
  assertSafe(m);
  expect(brokenValues(shadow(m)), `${where}: no NaN, undefined or [object Object] in text or attributes`).to.deep.equal([]);
  expect(texts(m, '[part~=error], [role=alert]'), `${where}: no error panel for valid data`).to.deep.equal([]);
  expect(overflowing(m.el), `${where}: no sideways overflow at 320 px`).to.deep.equal([]);
}

const percent = (part: number, whole: number, lang: Lang) =>
  whole > 0 ? new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { style: 'percent', maximumFractionDigits: 1 }).format(part / whole) : '–';

/** One bar per key, each showing the sum of the budget of the lines `keyOf` puts under it. */
function checkBars(m: Mounted, lines: any[], keyOf: (line: any) => string, lang: Lang, where: string): void {
  const sums = new Map<string, number>();
  for (const l of lines) sums.set(keyOf(l), (sums.get(keyOf(l)) ?? 0) + l.anggaran);
  expect([...shadow(m).querySelectorAll('.mark')].map((e) => e.getAttribute('data-key')).sort(), `${where}: bars`).to.deep.equal([...sums.keys()].sort());
  for (const [key, anggaran] of sums) expect(texts(m, `.mark[data-key="${key}"]`)[0], `${where}: ${key}`).to.contain(rupiah(anggaran, lang));
}

const under = (prefix: string) => (line: any) => line.kodeRekening.startsWith(`${prefix}.`);
/** A line's jenis (first three levels); one the shipped chart lacks counts under its kelompok. */
const jenisOrKelompok = (line: any) => {
  const parts = line.kodeRekening.split('.');
  const jenis = parts.slice(0, 3).join('.');
  return jenis in KODE_REKENING ? jenis : parts.slice(0, 2).join('.');
};
const kelompok = (line: any) => line.kodeRekening.split('.').slice(0, 2).join('.');

function checkBudget(m: Mounted, d: any, view: string, lang: Lang, where: string): void {
  const budget = currentBudget(d.apbdes);
  const mark = (key: string) => texts(m, `.mark[data-key="${key}"]`)[0] ?? '';
  if (view === 'pendapatan') checkBars(m, budget.baris.filter(under('4')), jenisOrKelompok, lang, where);
  if (view === 'jenis') checkBars(m, budget.baris.filter(under('5')), kelompok, lang, where);
  if (view === 'pembiayaan') checkBars(m, budget.baris.filter(under('6')), kelompok, lang, where);
  if (view === 'tren') {
    // One pair of bars per year, each from that year's current budget.
    const years = [...new Set<number>(d.apbdes.map((a: any) => a.tahunAnggaran))];
    const rows = years.flatMap((y) => {
      const b = currentBudget(d.apbdes.filter((a: any) => a.tahunAnggaran === y));
      return ['4', '5'].map((akun) => ({ kodeRekening: `${akun}.`, key: `${y}-${akun}`, anggaran: totals(b, under(akun)).anggaran }));
    });
    checkBars(m, rows, (r) => r.key, lang, where);
  }
  if (view === 'ringkasan') {
    for (const [key, akun] of [['pendapatan', '4'], ['belanja', '5']] as const) {
      const t = totals(budget, under(akun));
      expect(mark(key), `${where}: ${key} budget`).to.contain(rupiah(t.anggaran, lang));
      if (budget.baris.some((b: any) => (b.realisasi ?? []).length > 0)) {
        expect(mark(key), `${where}: ${key} realised`).to.contain(rupiah(t.realisasi, lang));
        expect(mark(key), `${where}: ${key} share realised`).to.match(new RegExp(`, ${percent(t.realisasi, t.anggaran, lang).replace('.', '\\.')}$`));
      } else {
        // No realisation report yet: the budget alone, not a "realised Rp 0" that reads as measured.
        expect(mark(key), `${where}: ${key} without a report`).to.match(new RegExp(`: (anggaran|budget) ${rupiah(t.anggaran, lang).replace(/[.()]/g, '\\$&')}$`));
      }
    }
    const years = new Set(d.apbdes.map((a: any) => a.tahunAnggaran));
    expect(shadow(m).querySelectorAll('select[name=year] option').length, `${where}: one year option per budget year`).to.equal(years.size > 1 ? years.size : 0);
  }
  if (view === 'belanja') {
    // The drill-down opens on the five bidang, each the sum of its kegiatan's lines.
    const belanja = budget.baris.filter((b: any) => b.kodeRekening.startsWith('5.'));
    const bidang: string[] = [...new Set<string>(belanja.map((b: any) => b.kodeKegiatan[0]))].sort();
    expect([...shadow(m).querySelectorAll('.mark')].map((e) => e.getAttribute('data-key')).sort(), `${where}: one bar per bidang`).to.deep.equal(bidang);
    for (const b of bidang) {
      const t = totals(budget, (line) => line.kodeRekening.startsWith('5.') && line.kodeKegiatan[0] === b);
      expect(mark(b), `${where}: bidang ${b}`).to.contain(rupiah(t.anggaran, lang));
    }
  }
}

/** Opens the first bidang of the belanja view: one bar per sub-bidang, each the sum of its lines. */
async function checkBelanjaDrill(m: Mounted, d: any, lang: Lang, where: string): Promise<void> {
  const first = shadow(m).querySelector<HTMLButtonElement>('.mark');
  if (!first) return;
  const b = first.getAttribute('data-key')!;
  first.click();
  await settle(m);
  const lines = currentBudget(d.apbdes).baris.filter((l: any) => l.kodeRekening.startsWith('5.') && l.kodeKegiatan[0] === b);
  const subOf = (l: any) => l.kodeKegiatan.split('.').slice(0, 2).join('.');
  const subs = [...new Set(lines.map(subOf))].sort();
  expect([...shadow(m).querySelectorAll('.mark')].map((e) => e.getAttribute('data-key')).sort(), `${where}: bidang ${b} opens on its sub-bidang`).to.deep.equal(subs);
  for (const sub of subs) {
    const anggaran = lines.filter((l: any) => subOf(l) === sub).reduce((sum: number, l: any) => sum + l.anggaran, 0);
    expect(texts(m, `.mark[data-key="${sub}"]`)[0], `${where}: sub-bidang ${sub}`).to.contain(rupiah(anggaran, lang));
  }
  looksFine(m, `${where} drilled`);
}

function checkTimeline(m: Mounted, d: any, view: string, lang: Lang, where: string): void {
  if (view !== 'list') return;
  // Default filter: every year, every status; grouped by bidang 1–5, each group with its count.
  const perBidang = [1, 2, 3, 4, 5].map((b) => (d.kegiatan ?? []).filter((k: any) => k.bidang === b).length).filter((n) => n > 0);
  expect(texts(m, '.group-title .count'), `${where}: kegiatan per bidang`).to.deep.equal(perBidang.map((n) => `(${number(n, lang)})`));
  expect(shadow(m).querySelectorAll('.row[part=row]').length, `${where}: rows shown (50 per group at first)`).to.equal(perBidang.reduce((s, n) => s + Math.min(n, 50), 0));
  // The summary's average physical progress: each kegiatan's latest measurement, cancelled ones left out.
  const latest = (d.kegiatan ?? []).filter((k: any) => k.status !== 'dibatalkan' && k.progres?.length).map((k: any) => k.progres[k.progres.length - 1].persenFisik);
  const summary = texts(m, '.summary')[0] ?? '';
  const phrase = lang === 'en' ? 'average physical progress' : 'rata-rata progres fisik';
  if (!latest.length) expect(summary, `${where}: no average without measurements`).not.to.contain(phrase);
  else expect(summary, `${where}: average progress`).to.contain(`${phrase} ${percent(latest.reduce((a: number, b: number) => a + b, 0) / latest.length / 100, 1, lang)}`);
}

function checkScorecard(m: Mounted, d: any, lang: Lang, where: string): void {
  const group = defaultGroup(d);
  const avg = group ? expectedAverage(d, group.id, lang) : null;
  const headline = texts(m, '.headline .big')[0];
  if (avg === null) expect(headline, `${where}: no headline without an assessment`).to.equal(undefined);
  else expect(headline, `${where}: average of the latest assessment`).to.equal(avg);
  if (avg === null) return;
  // The trend: the newest earlier assessment of the same group on the same framework.
  const mine = (d.penilaianKpm ?? []).filter((p: any) => p.kelompokId === group.id).sort((a: any, b: any) => (a.tanggal < b.tanggal ? 1 : -1));
  const previous = mine.slice(1).find((p: any) => p.kerangkaId === mine[0].kerangkaId);
  const said = texts(m, '.group > p.muted').find((t) => t.startsWith(lang === 'en' ? 'Previous assessment' : 'Penilaian sebelumnya'));
  if (!previous) expect(said, `${where}: no previous assessment`).to.equal(undefined);
  else {
    const kerangka = [...(d.kerangkaPenilaian ?? []), { id: 'kpm-8-kriteria', skala: { maks: 4 } }].find((k: any) => k.id === previous.kerangkaId);
    const scores = previous.kriteria.map((k: any) => k.skor).filter((x: any) => x !== null);
    const prev = scores.length ? number(scores.reduce((a: number, b: number) => a + b, 0) / scores.length, lang) : '–';
    expect(said, `${where}: previous average`).to.match(new RegExp(`: ${prev.replace('.', '\\.')} / ${number(kerangka.skala.maks, lang)}$`));
  }
}

function checkForm(m: Mounted, d: any, lang: Lang, where: string): void {
  const usulan: any[] = d.usulan ?? [];
  if (!usulan.length) return;
  expect(shadow(m).querySelectorAll('li.card[part=item]').length, `${where}: one card per usulan`).to.equal(Math.min(usulan.length, 50));
  const summary = texts(m, '[part=summary]')[0] ?? '';
  expect(summary, `${where}: summary count`).to.match(new RegExp(`^${usulan.length} ${lang === 'en' ? 'submission' : 'usulan'}`));
  // UU 27/2022: a name is public only with both the submitter's choice and consent.
  const text = visibleText(m.el);
  for (const u of usulan) {
    const nama = u.pengusul.nama;
    if (!nama) continue;
    const shown = u.pengusul.tampilkanNama && u.persetujuan.publikasiNama;
    expect(text.includes(nama), `${where}: name of ${u.id} ${shown ? 'shown' : 'withheld'}`).to.equal(shown);
  }
}

function checkPartners(m: Mounted, d: any, view: string, lang: Lang, where: string): void {
  const kemitraan: any[] = d.kemitraan ?? [];
  if (!kemitraan.length) {
    // Organisations alone draw nothing: the widget says there are no partnerships.
    expect(texts(m, '[part=empty]'), `${where}: empty`).to.deep.equal([lang === 'en' ? 'No partnership data yet.' : 'Belum ada data kemitraan.']);
    return;
  }
  const orgs = new Set(kemitraan.flatMap((k) => k.peran.map((p: any) => p.organisasiId))).size;
  const aktif = kemitraan.filter((k) => k.status === 'aktif').length;
  const en = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;
  const summary = lang === 'en'
    ? `${en(orgs, 'partner')} in ${en(kemitraan.length, 'partnership')} (${aktif} active)`
    : `${orgs} mitra dalam ${kemitraan.length} kemitraan (${aktif} aktif)`;
  expect(texts(m, '.summary')[0], `${where}: summary`).to.contain(summary);
  if (view === 'list') expect(shadow(m).querySelectorAll('li.card[part=card]').length, `${where}: one card per kemitraan`).to.equal(kemitraan.length);
}

/** After the views: the settings a reader changes, each against figures worked out here. */
async function checkSettings(m: Mounted, d: any, seed: number): Promise<void> {
  const lang: Lang = seed % 2 ? 'en' : 'id';
  m.el.setAttribute('lang', lang);
  const where = (what: string) => `#${seed} ${m.el.localName} ${what} ${lang}`;
  const at = async (attrs: Record<string, string | null>) => {
    for (const [k, v] of Object.entries(attrs)) (v === null ? m.el.removeAttribute(k) : m.el.setAttribute(k, v));
    await settle(m);
  };
  switch (m.el.localName) {
    case 'kpm-budget-chart': {
      // Every budget of every year, asked for by year and version.
      for (const a of d.apbdes ?? []) {
        await at({ view: 'ringkasan', year: String(a.tahunAnggaran), version: a.versi });
        const w = where(`${a.id}`);
        looksFine(m, w);
        const t = totals(a, (b) => b.kodeRekening.startsWith('5.'));
        expect(texts(m, '.mark[data-key="belanja"]')[0], `${w}: belanja`).to.contain(rupiah(t.anggaran, lang));
        expect(texts(m, '[part=title]')[0], `${w}: title names the year`).to.contain(String(a.tahunAnggaran));
      }
      break;
    }
    case 'kpm-program-timeline': {
      const list: any[] = d.kegiatan ?? [];
      const status = ['usulan', 'direncanakan', 'dianggarkan', 'berjalan', 'selesai', 'tertunda', 'dibatalkan'];
      await at({ view: 'list', group: 'status' });
      looksFine(m, where('by status'));
      const perStatus = status.map((st) => list.filter((k) => k.status === st).length).filter((n) => n > 0);
      expect(texts(m, '.group-title .count'), where('kegiatan per status')).to.deep.equal(perStatus.map((n) => `(${number(n, lang)})`));
      const years = [...new Set(list.map((k) => k.tahun as number))].sort();
      await at({ group: 'tahun' });
      expect(texts(m, '.group-title .count'), where('kegiatan per year')).to.deep.equal(years.map((y) => `(${number(list.filter((k) => k.tahun === y).length, lang)})`));
      if (years.length) {
        const y = years[seed % years.length]!;
        const some = status.filter((_, i) => (seed >> i) & 1);
        await at({ year: String(y), 'filter-status': some.join(' ') });
        looksFine(m, where(`year ${y}, ${some.join(' ')}`));
        const n = list.filter((k) => k.tahun === y && (!some.length || some.includes(k.status))).length;
        expect(shadow(m).querySelectorAll('.row[part=row]').length, where(`kegiatan of ${y} with status ${some.join(' ')}`)).to.equal(Math.min(n, 50));
        // The host clears the deep link: every kegiatan again.
        await at({ year: null, 'filter-status': null });
        looksFine(m, where('filters removed'));
        const perYear = years.map((yr) => Math.min(list.filter((k) => k.tahun === yr).length, 50));
        expect(shadow(m).querySelectorAll('.row[part=row]').length, where('every kegiatan once the year attribute is removed')).to.equal(perYear.reduce((a, b) => a + b, 0));
      }
      break;
    }
    case 'kpm-scorecard': {
      if (m.el.getAttribute('mode') === 'edit') break;
      const groups: any[] = d.kelompokKpm ?? [];
      if (!groups.length) break;
      await at({ group: groups.map((g) => g.id).join(' ') });
      looksFine(m, where('every group'));
      for (const g of groups) {
        const avg = expectedAverage(d, g.id, lang);
        const headline = [...shadow(m).querySelectorAll(`section[data-group="${g.id}"] .headline .big`)].map((e) => e.textContent!.trim())[0];
        expect(headline, where(`average of ${g.id}`)).to.equal(avg ?? undefined);
      }
      break;
    }
    case 'kpm-partner-map': {
      const kemitraan: any[] = d.kemitraan ?? [];
      if (!kemitraan.length) break;
      const years = kemitraan.map((k) => Number(k.periode.mulai.slice(0, 4)));
      const y = years[seed % years.length]! + (seed % 3);
      await at({ view: 'list', year: String(y) });
      looksFine(m, where(`year ${y}`));
      const runs = kemitraan.filter((k) => Number(k.periode.mulai.slice(0, 4)) <= y && (!k.periode.selesai || y <= Number(k.periode.selesai.slice(0, 4))));
      expect(shadow(m).querySelectorAll('li.card[part=card]').length, where(`partnerships running in ${y}`)).to.equal(runs.length);
      break;
    }
    case 'kpm-participation-form': {
      const usulan: any[] = d.usulan ?? [];
      const select = shadow(m).querySelector<HTMLSelectElement>('select[name=tahun]');
      if (!usulan.length || !select) break;
      const y = usulan[seed % usulan.length].tahunUsulan;
      select.value = String(y);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(m);
      looksFine(m, where(`year ${y}`));
      expect(shadow(m).querySelectorAll('li.card[part=item]').length, where(`usulan of ${y}`)).to.equal(usulan.filter((u) => u.tahunUsulan === y).length);
      // The host shows another village: the list is what its year select says.
      const other = randomVillage(seed + 1000);
      const next: any[] = other.usulan ?? [];
      (m.el as any).data = other;
      await settle(m);
      looksFine(m, where('another village'));
      const chosen = shadow(m).querySelector<HTMLSelectElement>('select[name=tahun]')?.value ?? '';
      const expected = chosen ? next.filter((u) => String(u.tahunUsulan) === chosen).length : next.length;
      expect(shadow(m).querySelectorAll('li.card[part=item]').length, where(`new usulan under the year select's "${chosen || 'all'}"`)).to.equal(Math.min(expected, 50));
      break;
    }
  }
}

describe('random valid villages through every widget', function () {
  this.timeout(60000);
  before(watchPage);
  after(unwatchPage);

  for (const seed of SEEDS) {
    describe(`village #${seed}`, () => {
      const data = randomVillage(seed);

      it('is valid', () => {
        const errors = validateDataset(structuredClone(data)).issues.filter((i) => i.severity === 'error');
        expect(errors.map((i) => `${i.path}: ${i.code}`)).to.deep.equal([]);
      });

      VIEWS.forEach(([w, views], wi) => {
        it(`${w.label}: ${views.filter(Boolean).join(', ') || 'default view'}, id and en`, async () => {
          const m = await mount(w, { data: structuredClone(data) });
          m.page.style.width = '320px';
          for (const view of views) {
            if (view) m.el.setAttribute('view', view);
            for (const lang of LANGS) {
              m.el.setAttribute('lang', lang);
              await settle(m);
              const where = `#${seed} ${w.label} ${view} ${lang}`;
              looksFine(m, where);
              if (w.tag === 'kpm-budget-chart' && data.apbdes?.length) {
                checkBudget(m, data, view, lang, where);
                // Last, as it leaves the chart drilled in; the next view starts at the top again.
                if (view === 'belanja' && lang === 'en') await checkBelanjaDrill(m, data, lang, where);
              }
              if (w.tag === 'kpm-program-timeline') checkTimeline(m, data, view, lang, where);
              if (w.label === 'scorecard') checkScorecard(m, data, lang, where);
              if (w.tag === 'kpm-participation-form' && view === 'list') checkForm(m, data, lang, where);
              if (w.tag === 'kpm-partner-map') checkPartners(m, data, view, lang, where);
              if (w.tag === 'kpm-partner-map' && view === 'map' && data.kemitraan?.length && data.desa.batasWilayah?.url) {
                // A boundary file the host serves comes over HTTP: drawn once it is in.
                await waitUntil(() => shadow(m).querySelector('[part=boundaries] path.area'), `${where}: boundary file drawn`, { timeout: 5000 });
                looksFine(m, `${where} with its boundary file`);
              }
            }
          }
          await checkSettings(m, data, seed);
          if (AXE_SEEDS.has(seed) && wi === seed % VIEWS.length) {
            expect(await axeViolations(m.el), `#${seed} ${w.label}: axe`).to.deep.equal([]);
          }
          m.page.remove();
        });
      });
    });
  }
});
