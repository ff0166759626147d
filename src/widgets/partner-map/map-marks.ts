import type { Lang } from '../../core/locale.js';
import { clusterPoints } from '../../model/map-cluster.js';
import type { Point } from '../../model/map-projection.js';
import { applyTransform, type ViewTransform } from '../../model/map-view.js';
import type { NetworkOrg, NetworkPartnership, PeranMitra } from '../../model/partner-network.js';
import type { MapPlace } from '../../model/partner-points.js';
import { LABEL_PERAN_MITRA, LABEL_STATUS_KEMITRAAN, PERAN_MITRA } from '../../schema/index.js';
import type { LegendItem, MapMark, MarkCategory } from './map-view.js';
import type { PartnerStrings } from './strings.js';

/** What the marks of one render depend on. */
export interface MarkContext {
  places: readonly MapPlace[];
  projected: ReadonlyMap<string, Point>;
  orgs: ReadonlyMap<string, NetworkOrg>;
  /** The partnerships and organisations the filters keep. */
  partnerships: ReadonlyMap<string, NetworkPartnership>;
  orgsShown: ReadonlySet<string>;
  transform: ViewTransform;
  width: number;
  height: number;
  radius: number;
  colorBy: 'status' | 'role';
  selectedOrg: string | null;
  peranFilter: readonly string[];
  s: PartnerStrings;
  lang: Lang;
}

export type PlacedMark = MapMark & { members: MapPlace[] };

/** What naming a place needs. */
export type LabelContext = Pick<MarkContext, 'orgs' | 'partnerships' | 'colorBy' | 'selectedOrg' | 'peranFilter' | 's' | 'lang'>;

/**
 * The role a partnership point shows when coloured by role: the selected organisation's role
 * there, else a filtered role, else the first present in IATI order (pendana first).
 */
export function leadRole(part: NetworkPartnership, c: Pick<MarkContext, 'selectedOrg' | 'peranFilter'>): PeranMitra | undefined {
  const mine = part.roles.find((r) => r.orgKey === c.selectedOrg) ?? part.roles.find((r) => c.peranFilter.includes(r.peran));
  if (mine) return mine.peran;
  return PERAN_MITRA.find((peran) => part.roles.some((r) => r.peran === peran));
}

/** A place in words: title, where, status (and role when coloured by role). */
export function placeLabel(pl: MapPlace, c: LabelContext): string {
  const { s, lang } = c;
  if (pl.kind === 'kantor') return `${s.map.kantor}: ${c.orgs.get(pl.orgKey)?.nama ?? ''}`;
  const part = c.partnerships.get(pl.partnershipKey);
  if (!part) return '';
  const k = part.kemitraan;
  const where = [pl.keterangan, pl.approximate ? s.approximate : ''].filter(Boolean).join(', ');
  const role = c.colorBy === 'role' ? leadRole(part, c) : undefined;
  return [k.judul, where, LABEL_STATUS_KEMITRAAN[k.status][lang], role ? LABEL_PERAN_MITRA[role][lang] : ''].filter(Boolean).join(' — ');
}

function look(pl: MapPlace, c: MarkContext): { category: MarkCategory; letter: string } {
  if (pl.kind === 'kantor') return { category: { by: 'kantor' }, letter: '' };
  const part = c.partnerships.get(pl.partnershipKey)!;
  if (c.colorBy === 'role') {
    const peran = leadRole(part, c) ?? 'pelaksana';
    return { category: { by: 'role', peran }, letter: c.s.roleLetter[peran] };
  }
  return { category: { by: 'status', status: part.kemitraan.status }, letter: '' };
}

/**
 * The marks in view at the current zoom: the shown places, moved by the zoom transform,
 * clustered in screen units, in reading order (west to east, then north to south), each
 * labelled with its position in that order for screen readers.
 */
export function computeMarks(c: MarkContext): PlacedMark[] {
  const margin = 10;
  const visible: { place: MapPlace; xy: Point }[] = [];
  for (const place of c.places) {
    if (place.kind === 'lokasi' ? !c.partnerships.has(place.partnershipKey) : !c.orgsShown.has(place.orgKey)) continue;
    const xy = applyTransform(c.transform, c.projected.get(place.key)!);
    if (xy[0] < -margin || xy[1] < -margin || xy[0] > c.width + margin || xy[1] > c.height + margin) continue;
    visible.push({ place, xy });
  }
  const sel = c.selectedOrg;
  const involves = (pl: MapPlace) =>
    pl.kind === 'kantor' ? pl.orgKey === sel : Boolean(c.partnerships.get(pl.partnershipKey)?.roles.some((r) => r.orgKey === sel));
  const clusters = clusterPoints(visible, (v) => v.xy, c.radius);
  const marks = clusters
    .map((cl): PlacedMark => {
      const members = cl.members.map((m) => m.place);
      const one = members.length === 1 ? members[0] : null;
      const titles = members.slice(0, 3).map((m) => placeLabel(m, c).split(' — ')[0]).join('; ');
      return {
        key: members[0].key,
        x: Math.round(cl.x * 10) / 10,
        y: Math.round(cl.y * 10) / 10,
        count: members.length,
        ...(one ? look(one, c) : { category: { by: 'cluster' }, letter: '' }),
        label: one ? placeLabel(one, c) : `${c.s.map.cluster(members.length)}: ${titles}${members.length > 3 ? '…' : ''}`,
        dimmed: sel !== null && !members.some(involves),
        members,
      };
    })
    .sort((a, b) => a.x - b.x || a.y - b.y);
  marks.forEach((m, i) => (m.label = c.s.map.place(m.label, i + 1, marks.length)));
  return marks;
}

/** Legend entries for what the map can show: statuses or roles present, offices, clusters. */
export function legendItems(shown: readonly NetworkPartnership[], hasKantor: boolean, c: Pick<MarkContext, 'colorBy' | 'selectedOrg' | 'peranFilter' | 's' | 'lang'>): LegendItem[] {
  const { s, lang } = c;
  const items: LegendItem[] = [];
  if (c.colorBy === 'role') {
    const present = new Set(shown.map((x) => leadRole(x, c)));
    for (const peran of PERAN_MITRA) {
      if (present.has(peran)) items.push({ category: { by: 'role', peran }, letter: s.roleLetter[peran], label: LABEL_PERAN_MITRA[peran][lang] });
    }
  } else {
    const present = new Set(shown.map((x) => x.kemitraan.status));
    for (const status of Object.keys(LABEL_STATUS_KEMITRAAN) as (keyof typeof LABEL_STATUS_KEMITRAAN)[]) {
      if (present.has(status)) items.push({ category: { by: 'status', status }, letter: '', label: LABEL_STATUS_KEMITRAAN[status][lang] });
    }
  }
  if (hasKantor) items.push({ category: { by: 'kantor' }, letter: '', label: s.map.kantor });
  items.push({ category: { by: 'cluster' }, letter: '', label: s.map.clusterLegend });
  return items;
}
