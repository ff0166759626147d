import { compareNames, type NetworkOrg, type NetworkPartnership, type PartnerNetwork, type PeranMitra } from './partner-network.js';

export interface GraphNode {
  key: string;
  kind: 'org' | 'kemitraan';
  x: number;
  y: number;
  /** Radius: organisations by their number of partnerships, partnerships by value. */
  r: number;
}

export interface GraphEdge {
  orgKey: string;
  partnershipKey: string;
  /** One edge per organisation and partnership; several roles share it. */
  peran: PeranMitra[];
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphLayoutOptions {
  width: number;
  /** Vertical room per node in the longer column. */
  rowHeight?: number;
  /** Barycentre passes; more untangles more, each costs one sort per column. */
  sweeps?: number;
}

const ORG_X = 0.35;
const KEMITRAAN_X = 0.65;

function radius(value: number, max: number, min: number, big: number): number {
  return max > 0 ? Math.round((min + (big - min) * Math.sqrt(value / max)) * 10) / 10 : min;
}

/**
 * A two-layer drawing: organisations in one column, partnerships in the other, an edge for
 * each organisation's part in a partnership. Rows are ordered by a few barycentre sweeps
 * (each node moves towards the mean row of its neighbours; ties keep the previous order),
 * which removes most crossings, costs O(n log n) and — unlike a force layout from a random
 * start — draws the same data the same way every time.
 */
export function layoutPartnerGraph(network: PartnerNetwork, options: GraphLayoutOptions): GraphLayout {
  const { width, rowHeight = 32, sweeps = 4 } = options;
  const edgesBy = new Map<string, GraphEdge>();
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const p of network.partnerships) {
    for (const r of p.roles) {
      const key = `${r.orgKey}|${p.key}`;
      const e = edgesBy.get(key);
      if (e) {
        e.peran.push(r.peran);
        continue;
      }
      edgesBy.set(key, { orgKey: r.orgKey, partnershipKey: p.key, peran: [r.peran], x1: 0, y1: 0, x2: 0, y2: 0 });
      link(r.orgKey, p.key);
      link(p.key, r.orgKey);
    }
  }
  const degree = (k: string) => neighbours.get(k)?.length ?? 0;
  let orgs: NetworkOrg[] = [...network.orgs].sort(
    (a, b) => degree(b.key) - degree(a.key) || compareNames(a.nama, b.nama) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  let parts: NetworkPartnership[] = [...network.partnerships];
  const rank = new Map<string, number>();
  const setRanks = (list: { key: string }[]) => list.forEach((n, i) => rank.set(n.key, i / Math.max(1, list.length - 1)));
  const reorder = <T extends { key: string }>(list: T[]): T[] => {
    const bary = new Map<string, number>();
    list.forEach((n, i) => {
      const ns = neighbours.get(n.key) ?? [];
      bary.set(n.key, ns.length ? ns.reduce((s, k) => s + (rank.get(k) ?? 0), 0) / ns.length : i / Math.max(1, list.length - 1));
    });
    const index = new Map(list.map((n, i) => [n.key, i]));
    return [...list].sort((a, b) => bary.get(a.key)! - bary.get(b.key)! || index.get(a.key)! - index.get(b.key)!);
  };
  setRanks(orgs);
  for (let s = 0; s < sweeps; s++) {
    parts = reorder(parts);
    setRanks(parts);
    orgs = reorder(orgs);
    setRanks(orgs);
  }

  const rows = Math.max(orgs.length, parts.length, 1);
  const height = rows * rowHeight + rowHeight;
  const place = (i: number, count: number) => Math.round((rowHeight / 2 + ((i + 0.5) * (height - rowHeight)) / count) * 10) / 10;
  const maxDegree = Math.max(0, ...orgs.map((o) => degree(o.key)));
  const maxValue = Math.max(0, ...parts.map((p) => p.kemitraan.nilai?.jumlah ?? 0));
  const nodes: GraphNode[] = [
    ...orgs.map((o, i): GraphNode => ({ key: o.key, kind: 'org', x: Math.round(width * ORG_X), y: place(i, orgs.length), r: radius(degree(o.key), maxDegree, 4, 12) })),
    ...parts.map((p, i): GraphNode => ({ key: p.key, kind: 'kemitraan', x: Math.round(width * KEMITRAAN_X), y: place(i, parts.length), r: radius(p.kemitraan.nilai?.jumlah ?? 0, maxValue, 4, 14) })),
  ];
  const at = new Map(nodes.map((n) => [n.key, n]));
  const edges = [...edgesBy.values()].map((e) => {
    const a = at.get(e.orgKey)!, b = at.get(e.partnershipKey)!;
    return { ...e, x1: a.x, y1: a.y, x2: b.x, y2: b.y };
  });
  return { width, height, nodes, edges };
}
