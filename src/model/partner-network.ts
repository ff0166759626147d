import type { KpmDesaDataset } from '../schema/index.js';
import type { Kemitraan, Koordinat, Organisasi } from '../schema/index.js';
import type { JENIS_ORGANISASI, PERAN_MITRA } from '../schema/index.js';

export type PeranMitra = (typeof PERAN_MITRA)[number];
export type JenisOrganisasi = (typeof JENIS_ORGANISASI)[number];

/** One organisation after merging every dataset that names it. */
export interface NetworkOrg {
  /** Stable key: the first occurrence's `dataset:id`. */
  key: string;
  nama: string;
  singkatan?: string;
  jenis: JenisOrganisasi;
  identifiers: { skema: string; id: string }[];
  kantor?: Organisasi['kantor'];
  /** The first office with coordinates among the merged records. */
  koordinat?: Koordinat;
  situsWeb?: string;
  /** Every local record merged here, as `{ dataset, id }`. */
  records: { dataset: number; id: string }[];
}

export interface NetworkRole {
  orgKey: string;
  peran: PeranMitra;
}

export interface NetworkPartnership {
  /** `dataset:id`: ids are local to each dataset. */
  key: string;
  dataset: number;
  kemitraan: Kemitraan;
  /** Role links in data order, without repeats. */
  roles: NetworkRole[];
}

export interface PartnerNetwork {
  orgs: NetworkOrg[];
  partnerships: NetworkPartnership[];
}

const collator = new Intl.Collator('id', { numeric: true });

/** Indonesian alphabetical order, numbers by value ("Pos 2" before "Pos 10"); one shared collator, as `localeCompare(…, 'id')` builds one per call. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Identifier numbers are written with stray spaces and mixed case; neither makes a different organisation. */
function identifierKey(skema: string, id: string): string {
  return `${skema}:${id.replace(/\s+/g, '').toUpperCase()}`;
}

/**
 * Kinds every village has one of its own: the BPD, BUM Desa, PKK or Karang Taruna of one
 * village is not that of the next, however alike their names.
 */
const VILLAGE_OWN: ReadonlySet<string> = new Set(['pemerintah_desa', 'bpd', 'bumdes', 'lkd']);

/**
 * The name two records must share to be read as one organisation. For a village's own kind
 * the name counts only within its village: the office's `kodeWilayah`, else the village
 * whose dataset lists it.
 */
function nameKey(org: Organisasi, nama: string, data: KpmDesaDataset): string {
  return VILLAGE_OWN.has(org.jenis) ? `${org.kantor?.kodeWilayah ?? data.desa?.kodeWilayah ?? ''}|${nama}` : nama;
}

interface Group {
  org: NetworkOrg;
  ids: Map<string, Set<string>>;
}

function conflicts(group: Group, org: Organisasi): boolean {
  return (org.identifiers ?? []).some((i) => {
    const known = group.ids.get(i.skema);
    return known !== undefined && !known.has(identifierKey(i.skema, i.id));
  });
}

/**
 * Joins the organisations and partnerships of several villages' datasets. Ids are local to
 * each dataset, so two records are one organisation when they share an identifier (IATI,
 * AHU, NPWP …), else when their names match exactly (for a village's own BPD, BUM Desa or
 * LKD: within the same village) and no identifier of the same scheme disagrees — never
 * because their ids happen to match.
 */
export function buildPartnerNetwork(datasets: readonly KpmDesaDataset[]): PartnerNetwork {
  const groups: Group[] = [];
  const byIdentifier = new Map<string, Group>();
  const byName = new Map<string, Group[]>();
  const local = new Map<string, Group>();

  datasets.forEach((data, dataset) => {
    for (const org of data.organisasi ?? []) {
      const nama = org.nama.trim();
      const byNameKey = nameKey(org, nama, data);
      const keys = (org.identifiers ?? []).map((i) => identifierKey(i.skema, i.id));
      let group = keys.map((k) => byIdentifier.get(k)).find((g) => g !== undefined);
      group ??= (byName.get(byNameKey) ?? []).find((g) => !conflicts(g, org));
      if (!group) {
        group = {
          org: { key: `${dataset}:${org.id}`, nama, jenis: org.jenis, identifiers: [], records: [] },
          ids: new Map(),
        };
        groups.push(group);
        byName.set(byNameKey, [...(byName.get(byNameKey) ?? []), group]);
      }
      const merged = group.org;
      merged.records.push({ dataset, id: org.id });
      merged.singkatan ??= org.singkatan;
      merged.situsWeb ??= org.situsWeb;
      merged.kantor ??= org.kantor;
      merged.koordinat ??= org.kantor?.koordinat;
      for (const i of org.identifiers ?? []) {
        const key = identifierKey(i.skema, i.id);
        if (byIdentifier.has(key)) continue;
        byIdentifier.set(key, group);
        merged.identifiers.push({ skema: i.skema, id: i.id });
        group.ids.set(i.skema, (group.ids.get(i.skema) ?? new Set()).add(key));
      }
      local.set(`${dataset}:${org.id}`, group);
    }
  });

  const partnerships: NetworkPartnership[] = [];
  datasets.forEach((data, dataset) => {
    for (const kemitraan of data.kemitraan ?? []) {
      const roles: NetworkRole[] = [];
      for (const p of kemitraan.peran) {
        const group = local.get(`${dataset}:${p.organisasiId}`);
        if (!group) continue;
        if (!roles.some((r) => r.orgKey === group.org.key && r.peran === p.peran)) {
          roles.push({ orgKey: group.org.key, peran: p.peran });
        }
      }
      partnerships.push({ key: `${dataset}:${kemitraan.id}`, dataset, kemitraan, roles });
    }
  });

  return { orgs: groups.map((g) => g.org), partnerships };
}

/** Orgs by key, for the views that look them up per role. */
export function orgIndex(network: PartnerNetwork): Map<string, NetworkOrg> {
  return new Map(network.orgs.map((o) => [o.key, o]));
}
