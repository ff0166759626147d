/** Texts and tables the scorecard derives from the model: summary sentence, data table, CSV. */
import type { CsvCell } from '../../core/csv.js';
import type { DataTableModel } from '../../core/data-table.js';
import { formatDate, formatList, formatNumber } from '../../core/format.js';
import type { Lang } from '../../core/locale.js';
import { teksIn } from '../../core/teks.js';
import type { GroupScorecard } from '../../model/scorecard-groups.js';
import type { CriterionScore, ScorecardScore } from '../../model/scorecard-score.js';
import type { ScorecardTrend } from '../../model/scorecard-trend.js';
import { LABEL_METODE_PENILAIAN } from '../../schema/index.js';
import type { ScorecardStrings } from './strings.js';

/** A score or a change as the reader sees it: `2,71`; changes carry their sign (`+1`, `-0,5`). */
export function scoreText(value: number, lang: Lang): string {
  return formatNumber(value, lang, 2);
}

export function changeText(delta: number, lang: Lang): string {
  return `${delta > 0 ? '+' : ''}${formatNumber(delta, lang, 2)}`;
}

export function groupName(g: GroupScorecard): string {
  return g.kelompok?.nama ?? g.kelompokId;
}

/**
 * A criterion's indicator count under its row: met of all when every indicator is answered;
 * with unanswered ones it says how many nobody checked, and with none answered it gives no
 * count (an unknown indicator is not an unmet one). Empty when the criterion lists none.
 */
export function indicatorText(k: CriterionScore, s: ScorecardStrings): string {
  const total = k.indikator.length;
  if (!total) return '';
  if (!k.indikatorDiketahui) return s.indicatorsUnchecked;
  const unchecked = total - k.indikatorDiketahui;
  return unchecked ? s.indicatorsPartly(k.indikatorTerpenuhi, total, unchecked) : s.indicators(k.indikatorTerpenuhi, total);
}

/** The same for the table and CSV cell: `2/3`, `1/3 (2 not checked)`, or empty when none is answered. */
function indicatorCell(k: CriterionScore, s: ScorecardStrings): string {
  const total = k.indikator.length;
  if (!k.indikatorDiketahui) return '';
  const cell = `${k.indikatorTerpenuhi}/${total}`;
  const unchecked = total - k.indikatorDiketahui;
  return unchecked ? s.indicatorsCellUnchecked(cell, unchecked) : cell;
}

/** The plain-language summary read before the chart. */
export function summaryText(score: ScorecardScore, trend: ScorecardTrend | undefined, s: ScorecardStrings, lang: Lang): string {
  const maks = scoreText(score.kerangka.skala.maks, lang);
  const parts = [
    score.rataRata === null
      ? s.summaryNone(score.total)
      : s.summary(scoreText(score.rataRata, lang), maks, score.dinilai, score.total),
  ];
  if (score.terlemah.length) {
    parts.push(s.summaryWeakest(formatList(score.terlemah.map((k) => teksIn(k.nama, lang)), lang)));
  }
  if (score.tanpaBukti.length) parts.push(s.summaryNoEvidence(score.tanpaBukti.length));
  if (trend && trend.selisihRataRata !== null) {
    parts.push(s.summaryTrend(changeText(trend.selisihRataRata, lang), formatDate(trend.sebelumnya.tanggal, lang)));
  }
  return parts.join(' ');
}

function rowCells(score: ScorecardScore, trend: ScorecardTrend | undefined, lang: Lang, s: ScorecardStrings) {
  return score.kriteria.map((k, i) => {
    const change = trend?.perubahan[i];
    return {
      kode: k.kode,
      nama: teksIn(k.nama, lang),
      skor: k.skor,
      label: k.skor === null ? s.notAssessed : teksIn(k.label, lang),
      sebelumnya: change?.sebelumnya ?? null,
      selisih: change?.selisih ?? null,
      indikator: indicatorCell(k, s),
      bukti: k.bukti.length,
    };
  });
}

export function scoreTable(g: GroupScorecard, s: ScorecardStrings, lang: Lang): DataTableModel | null {
  if (!g.skor) return null;
  const c = s.columns;
  const dash = '–';
  return {
    caption: s.tableCaption(groupName(g), formatDate(g.skor.penilaian.tanggal, lang)),
    columns: [
      { header: c.kriteria },
      { header: c.skor, numeric: true },
      { header: c.label },
      ...(g.tren ? [{ header: c.sebelumnya, numeric: true }, { header: c.perubahan, numeric: true }] : []),
      { header: c.indikator, numeric: true },
      { header: c.bukti, numeric: true },
    ],
    rows: rowCells(g.skor, g.tren, lang, s).map((r) => [
      r.nama,
      r.skor === null ? dash : scoreText(r.skor, lang),
      r.label || dash,
      ...(g.tren
        ? [r.sebelumnya === null ? dash : scoreText(r.sebelumnya, lang), r.selisih === null ? dash : changeText(r.selisih, lang)]
        : []),
      r.indikator || dash,
      String(r.bukti),
    ]),
    footer: [
      s.average,
      g.skor.rataRata === null ? dash : scoreText(g.skor.rataRata, lang),
      s.assessed(g.skor.dinilai, g.skor.total),
      ...(g.tren
        ? [
            g.tren.rataRataSebelumnya === null ? dash : scoreText(g.tren.rataRataSebelumnya, lang),
            g.tren.selisihRataRata === null ? dash : changeText(g.tren.selisihRataRata, lang),
          ]
        : []),
      '',
      String(g.skor.jumlahBukti),
    ],
  };
}

/** One row per group and criterion; numbers stay numbers so a spreadsheet can sum them. */
export function scorecardCsv(groups: readonly GroupScorecard[], s: ScorecardStrings, lang: Lang): CsvCell[][] {
  const c = s.columns;
  const rows: CsvCell[][] = [
    [c.kelompok, c.tanggal, c.metode, c.kode, c.kriteria, c.skor, c.label, c.sebelumnya, c.perubahan, c.indikator, c.bukti, s.rekomendasi],
  ];
  for (const g of groups) {
    if (!g.skor) continue;
    const p = g.skor.penilaian;
    rowCells(g.skor, g.tren, lang, s).forEach((r, i) => {
      rows.push([
        groupName(g),
        p.tanggal,
        LABEL_METODE_PENILAIAN[p.metode][lang],
        r.kode,
        r.nama,
        r.skor,
        r.skor === null ? s.notAssessed : r.label,
        r.sebelumnya,
        r.selisih,
        r.indikator,
        r.bukti,
        g.skor!.kriteria[i]!.rekomendasi ?? '',
      ]);
    });
  }
  return rows;
}
