import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ViewTransform } from '../../model/map-view.js';
import type { PartnerStrings } from './strings.js';

/** What a mark stands for; the glyph's shape (and letter) carry it as well as its colour. */
export type MarkCategory =
  | { by: 'status'; status: string }
  | { by: 'role'; peran: string }
  | { by: 'kantor' }
  | { by: 'cluster' };

export interface MapMark {
  key: string;
  x: number;
  y: number;
  count: number;
  category: MarkCategory;
  letter: string;
  label: string;
  dimmed: boolean;
}

export interface MapRender {
  width: number;
  height: number;
  /** Marks are drawn this many times their size, so they keep it on a map shown smaller than its width. */
  markScale: number;
  transform: ViewTransform;
  paths: readonly { d: string; name?: string }[];
  marks: readonly MapMark[];
  active: number;
  s: PartnerStrings;
  onKey: (e: KeyboardEvent) => void;
  onFocusMark: (index: number) => void;
  onActivate: (index: number) => void;
  onWheel: (e: WheelEvent) => void;
  onPointerDown: (e: PointerEvent) => void;
  onPointerMove: (e: PointerEvent) => void;
  onPointerUp: (e: PointerEvent) => void;
}

const STATUS_SHAPE: Record<string, 'circle' | 'ring' | 'square' | 'diamond'> = {
  aktif: 'circle',
  direncanakan: 'ring',
  selesai: 'square',
  dihentikan: 'diamond',
};

function categoryClass(c: MarkCategory): string {
  switch (c.by) {
    case 'status': return `c-${c.status}`;
    case 'role': return `c-${c.peran}`;
    default: return `c-${c.by}`;
  }
}

/** The glyph of a mark at (0, 0); the legend draws the same one. */
export function glyph(c: MarkCategory, letter: string, count = 1): SVGTemplateResult {
  const text = (t: string) => svg`<text class="glyph-text" y="0.35em" text-anchor="middle">${t}</text>`;
  switch (c.by) {
    case 'cluster': {
      const r = Math.min(18, 10 + Math.log2(count) * 1.5);
      return svg`<circle class="shape" r=${r}></circle>${text(String(count))}`;
    }
    case 'kantor':
      return svg`<path class="shape" d="M0,-9L9,7L-9,7Z"></path>${letter ? text(letter) : nothing}`;
    case 'role':
      return svg`<circle class="shape" r="9"></circle>${text(letter)}`;
    case 'status': {
      const shape = STATUS_SHAPE[c.status] ?? 'circle';
      if (shape === 'square') return svg`<rect class="shape" x="-7" y="-7" width="14" height="14"></rect>`;
      if (shape === 'diamond') return svg`<path class="shape" d="M0,-9L9,0L0,9L-9,0Z"></path>`;
      return svg`<circle class=${shape === 'ring' ? 'shape ring' : 'shape'} r="7"></circle>`;
    }
  }
}

/** The map: boundaries under a zoom transform, marks placed in screen units so they keep their size. */
export function renderMap(m: MapRender): TemplateResult {
  const t = m.transform;
  return html`<svg class="map" part="map" viewBox="0 0 ${m.width} ${m.height}" role="group"
      aria-label=${m.s.map.label} aria-describedby="map-hint"
      @keydown=${m.onKey} @wheel=${m.onWheel} @pointerdown=${m.onPointerDown} @pointermove=${m.onPointerMove}
      @pointerup=${m.onPointerUp} @pointercancel=${m.onPointerUp}>
    <rect class="sea" width=${m.width} height=${m.height}></rect>
    <g class="boundaries" part="boundaries" transform="translate(${t.x} ${t.y}) scale(${t.k})" aria-hidden="true">
      ${m.paths.map((p) => svg`<path class="area" d=${p.d}>${p.name ? svg`<title>${p.name}</title>` : nothing}</path>`)}
    </g>
    <g class="marks">
      ${m.marks.map(
        (mark, i) => svg`<g class=${`mark ${categoryClass(mark.category)}${mark.dimmed ? ' dim' : ''}`} part="point"
          role="button" tabindex=${i === m.active ? 0 : -1} aria-label=${mark.label} data-index=${i} data-key=${mark.key}
          transform="translate(${mark.x} ${mark.y})${m.markScale === 1 ? '' : ` scale(${m.markScale})`}"
          @focus=${() => m.onFocusMark(i)} @click=${() => m.onActivate(i)}>
          ${glyph(mark.category, mark.letter, mark.count)}
        </g>`,
      )}
    </g>
  </svg>`;
}

export interface LegendItem {
  category: MarkCategory;
  letter: string;
  label: string;
}

/** The legend as a list: each entry's shape and letter say what its colour says. */
export function renderLegend(items: readonly LegendItem[], s: PartnerStrings): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${s.map.legend}>
    ${items.map(
      (it) => html`<li><svg class="key ${categoryClass(it.category)}" viewBox="-10 -10 20 20" aria-hidden="true">${glyph(it.category, it.letter, 2)}</svg><span>${it.label}</span></li>`,
    )}
  </ul>`;
}
