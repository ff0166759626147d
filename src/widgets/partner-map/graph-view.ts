import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Lang } from '../../core/locale.js';
import type { GraphEdge, GraphLayout } from '../../model/partner-graph-layout.js';
import type { NetworkOrg, NetworkPartnership } from '../../model/partner-network.js';
import { LABEL_PERAN_MITRA } from '../../schema/index.js';
import type { PartnerStrings } from './strings.js';

export interface GraphRender {
  layout: GraphLayout;
  orgs: ReadonlyMap<string, NetworkOrg>;
  partnerships: ReadonlyMap<string, NetworkPartnership>;
  /** Organisation keys in the keyboard order (top to bottom). */
  order: readonly string[];
  active: number;
  selected: string | null;
  s: PartnerStrings;
  lang: Lang;
  onKey: (e: KeyboardEvent) => void;
  onFocusNode: (index: number) => void;
  onActivate: (index: number) => void;
}

/** Role labels stay readable up to this many edges; beyond, only the highlighted ones are drawn one by one and labelled. */
const LABEL_ALL_EDGES = 80;

function curve(e: GraphEdge): string {
  const mid = (e.x1 + e.x2) / 2;
  return `M${e.x1},${e.y1}C${mid},${e.y1} ${mid},${e.y2} ${e.x2},${e.y2}`;
}

/** A point on `curve(e)` at `t` (0 at the organisation, 1 at the partnership). */
function pointAt(e: GraphEdge, t: number): [number, number] {
  const mid = (e.x1 + e.x2) / 2;
  const u = 1 - t;
  const x = u * u * u * e.x1 + 3 * u * u * t * mid + 3 * u * t * t * mid + t * t * t * e.x2;
  const y = u * u * u * e.y1 + 3 * u * u * t * e.y1 + 3 * u * t * t * e.y2 + t * t * t * e.y2;
  return [x, y];
}

// Where along its edge a role label may sit, best first: the middle, then outwards.
const LABEL_STOPS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78];

/**
 * Role-label positions that do not collide: edges cross near their middles, so each label takes
 * the first stop along its own edge whose box (10 px bold letters) is free of the labels
 * already placed, or the middle when none is.
 */
function placeRoleLabels(edges: readonly GraphEdge[], text: (e: GraphEdge) => string): [number, number][] {
  const placed: { x: number; y: number; w: number }[] = [];
  const H = 11;
  return edges.map((e) => {
    const w = text(e).length * 7 + 2;
    const free = (x: number, y: number) => placed.every((b) => Math.abs(b.x - x) * 2 >= b.w + w || Math.abs(b.y - y) >= H);
    let at = pointAt(e, 0.5);
    for (const t of LABEL_STOPS) {
      const p = pointAt(e, t);
      if (free(p[0], p[1])) {
        at = p;
        break;
      }
    }
    placed.push({ x: at[0], y: at[1], w });
    return at;
  });
}

/** Cuts a label to what fits beside its column; the full text is in the node's title. */
function fit(text: string, chars: number): string {
  return text.length > chars ? `${text.slice(0, Math.max(1, chars - 1))}…` : text;
}

export function renderGraph(g: GraphRender): TemplateResult {
  const { layout, s, lang } = g;
  const chars = Math.max(8, Math.floor((layout.width * 0.35 - 24) / 7));
  const index = new Map(g.order.map((k, i) => [k, i]));
  const lit = g.selected ? new Set(layout.edges.filter((e) => e.orgKey === g.selected).map((e) => e.partnershipKey)) : null;
  // A big graph draws its unlabelled edges as one path: thousands of elements cost more than they tell.
  const labelAll = layout.edges.length <= LABEL_ALL_EDGES;
  const single = labelAll ? layout.edges : layout.edges.filter((e) => e.orgKey === g.selected);
  const bundled = labelAll ? '' : layout.edges.filter((e) => e.orgKey !== g.selected).map(curve).join('');
  const byOrg = new Map<string, GraphEdge[]>();
  for (const e of layout.edges) {
    const list = byOrg.get(e.orgKey);
    if (list) list.push(e);
    else byOrg.set(e.orgKey, [e]);
  }
  const letters = (e: GraphEdge) => e.peran.map((p) => s.roleLetter[p]).join('');
  const spots = placeRoleLabels(single, letters);
  return html`<div class="graph-wrap" part="graph">
    <svg class="graph" viewBox="0 0 ${layout.width} ${layout.height}" role="group" aria-label=${s.graph.label}
      aria-describedby="graph-hint" @keydown=${g.onKey}>
      <g class="edges" aria-hidden="true">
        ${bundled ? svg`<path class="edge-bundle${g.selected ? ' dim' : ''}" d=${bundled}></path>` : nothing}
        ${single.map((e, i) => {
          const on = g.selected === e.orgKey;
          const roles = letters(e);
          const [mx, my] = spots[i]!;
          return svg`<g class=${`edge${on ? ' on' : g.selected ? ' dim' : ''}`} data-peran=${e.peran.join(' ')}>
            <path d=${curve(e)}></path>
            <text class="role" x=${mx} y=${my} dy="-2" text-anchor="middle">${roles}<title>${e.peran.map((p) => LABEL_PERAN_MITRA[p][lang]).join(', ')}</title></text>
          </g>`;
        })}
      </g>
      <g class="nodes">
        ${layout.nodes.map((n) => {
          if (n.kind === 'kemitraan') {
            return svg`<rect class=${`node kemitraan${lit ? (lit.has(n.key) ? ' on' : ' dim') : ''}`} aria-hidden="true"
              x=${n.x - n.r} y=${n.y - n.r} width=${n.r * 2} height=${n.r * 2} rx="3"></rect>`;
          }
          const org = g.orgs.get(n.key);
          const i = index.get(n.key) ?? -1;
          const edges = byOrg.get(n.key) ?? [];
          const roles = [...new Set(edges.flatMap((e) => e.peran))].map((p) => LABEL_PERAN_MITRA[p][lang]);
          const state = g.selected ? (g.selected === n.key ? ' on' : ' dim') : '';
          return svg`<g class=${`node org${state}`} part="node" role="button" tabindex=${i === g.active ? 0 : -1}
            aria-pressed=${g.selected === n.key ? 'true' : 'false'} aria-label=${s.graph.orgNode(org?.nama ?? n.key, edges.length, roles.join(', '))}
            data-index=${i} data-key=${n.key} transform="translate(${n.x} ${n.y})"
            @focus=${() => g.onFocusNode(i)} @click=${() => g.onActivate(i)}>
            <circle r=${n.r}></circle>
          </g>`;
        })}
      </g>
      <g class="labels" aria-hidden="true">
        ${layout.nodes.map((n) => {
          // Shortened labels live outside the buttons, whose names carry the full text.
          const state = g.selected ? (n.kind === 'org' ? (g.selected === n.key ? ' on' : ' dim') : lit?.has(n.key) ? ' on' : ' dim') : '';
          if (n.kind === 'kemitraan') {
            const judul = g.partnerships.get(n.key)?.kemitraan.judul ?? n.key;
            return svg`<text class=${`label${state}`} x=${n.x + n.r + 6} y=${n.y} dy="0.35em">${fit(judul, chars)}<title>${judul}</title></text>`;
          }
          const org = g.orgs.get(n.key);
          const nama = org?.nama ?? n.key;
          return svg`<text class=${`label${state}`} x=${n.x - n.r - 6} y=${n.y} dy="0.35em" text-anchor="end">${fit(org?.singkatan && nama.length > chars ? org.singkatan : nama, chars)}</text>`;
        })}
      </g>
    </svg>
  </div>`;
}
