import { html, svg, type TemplateResult } from 'lit';
import { formatPercent, formatRupiahCompact } from '../../core/format.js';
import type { Lang } from '../../core/locale.js';
import { barWidth, scaleMax } from './bars.js';
import type { BudgetStrings } from './strings.js';
import type { ChartRow } from './view-model.js';

export const SVG_WIDTH = 720;
const PAD = 16;
const ROW = 52;
const HEAD = 64;
const LABEL_CHARS = 86;

/** Resolved colours: an exported file cannot read the page's custom properties. */
export interface SvgColors {
  text: string;
  muted: string;
  bg: string;
  surface: string;
  tones: Record<string, string>;
}

export function svgHeight(rows: number): number {
  return HEAD + rows * ROW + PAD;
}

function clip(text: string): string {
  return text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text;
}

/**
 * The chart as a standalone SVG for download: the same rows, colours and compact labels as
 * the page, in a system font stack so the file needs no embedded font. Long labels are cut
 * with an ellipsis and keep their full text in a `<title>`.
 */
export function renderChartSvg(
  title: string, summary: string, rows: readonly ChartRow[], c: SvgColors, s: BudgetStrings, lang: Lang, realised = true,
): TemplateResult {
  const height = svgHeight(rows.length);
  const inner = SVG_WIDTH - 2 * PAD;
  const max = scaleMax(rows);
  const w = (n: number) => (barWidth(n, max) / 1000) * inner;
  return html`<svg xmlns="http://www.w3.org/2000/svg" width=${SVG_WIDTH} height=${height} viewBox=${`0 0 ${SVG_WIDTH} ${height}`}
    font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif" role="img" aria-label=${title}>
    ${svg`<rect width=${SVG_WIDTH} height=${height} fill=${c.bg}></rect>
    <text x=${PAD} y="28" font-size="18" font-weight="700" fill=${c.text}>${clip(title)}</text>
    <text x=${PAD} y="50" font-size="12" fill=${c.muted}>${clip(summary)}<title>${summary}</title></text>
    ${rows.map((row, i) => {
      const y = HEAD + i * ROW;
      const tone = c.tones[row.tone] ?? c.text;
      return svg`<g>
        <text x=${PAD} y=${y + 14} font-size="13" fill=${c.text}>${clip(row.label)}<title>${row.label}</title></text>
        <rect x=${PAD} y=${y + 20} width=${w(row.anggaran)} height="16" fill=${c.surface} stroke=${tone}></rect>
        <rect x=${PAD} y=${y + 24} width=${w(row.realisasi)} height="8" fill=${tone}></rect>
        <text x=${PAD} y=${y + 49} font-size="11" fill=${c.muted}>${formatRupiahCompact(row.anggaran, lang)}${realised ? ` · ${s.realisasi} ${formatRupiahCompact(row.realisasi, lang)} (${formatPercent(row.persen, lang)})` : ''}</text>
      </g>`;
    })}`}
  </svg>`;
}
