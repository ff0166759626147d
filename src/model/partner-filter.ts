import type { Kemitraan } from '../schema/index.js';
import { compareNames, orgIndex, type NetworkOrg, type NetworkPartnership, type PartnerNetwork } from './partner-network.js';

/**
 * What a reader narrows the partnerships to. Fields combine with AND; the values of a list
 * field with OR (`status: ['aktif', 'direncanakan']`). Empty lists and missing fields do not filter.
 */
export interface PartnerFilter {
  peran?: readonly string[];
  jenis?: readonly string[];
  status?: readonly string[];
  bidang?: readonly number[];
  tema?: string;
  tahun?: number;
}

const some = <T>(list: readonly T[] | undefined): list is readonly T[] => list !== undefined && list.length > 0;

function yearOf(date: string | undefined): number | undefined {
  const y = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isFinite(y) ? y : undefined;
}

/**
 * The first and last calendar year of a partnership; an open end is `undefined`. A period
 * entered backwards (the validator warns) is read between its two dates, not as empty.
 */
function yearSpan(k: Kemitraan): [number | undefined, number | undefined] {
  const from = yearOf(k.periode.mulai);
  const to = yearOf(k.periode.selesai);
  return from !== undefined && to !== undefined && to < from ? [to, from] : [from, to];
}

/** A partnership runs in `tahun` when its period overlaps that calendar year (open-ended runs on). */
export function runsInYear(k: Kemitraan, tahun: number): boolean {
  const [from = -Infinity, to = Infinity] = yearSpan(k);
  return from <= tahun && tahun <= to;
}

/**
 * Keeps the partnerships that match, with all their partners (a reader filtering by
 * "pendana" still wants to see who implements), and the organisations that take part.
 * Role and organisation type apply to the same link: "a swasta organisation as pendana".
 */
export function filterNetwork(network: PartnerNetwork, f: PartnerFilter): PartnerNetwork {
  const orgs = orgIndex(network);
  const partnerships = network.partnerships.filter((p) => {
    const k = p.kemitraan;
    if (some(f.status) && !f.status.includes(k.status)) return false;
    if (some(f.bidang) && !(k.sektor ?? []).some((s) => f.bidang!.includes(s.bidang))) return false;
    if (f.tema && !(k.tema ?? []).includes(f.tema)) return false;
    if (f.tahun && !runsInYear(k, f.tahun)) return false;
    if (some(f.peran) || some(f.jenis)) {
      return p.roles.some(
        (r) => (!some(f.peran) || f.peran.includes(r.peran)) && (!some(f.jenis) || f.jenis.includes(orgs.get(r.orgKey)?.jenis ?? '')),
      );
    }
    return true;
  });
  const used = new Set(partnerships.flatMap((p) => p.roles.map((r) => r.orgKey)));
  return { orgs: network.orgs.filter((o) => used.has(o.key)), partnerships };
}

export interface FilterOptions {
  peran: string[];
  jenis: string[];
  status: string[];
  bidang: number[];
  tema: string[];
  tahun: number[];
}

/** The values present in the data, so a filter never offers a choice that empties the view. */
export function filterOptions(network: PartnerNetwork): FilterOptions {
  const orgs = orgIndex(network);
  const peran = new Set<string>();
  const jenis = new Set<string>();
  const status = new Set<string>();
  const bidang = new Set<number>();
  const tema = new Set<string>();
  const tahun = new Set<number>();
  for (const p of network.partnerships) {
    const k = p.kemitraan;
    status.add(k.status);
    for (const r of p.roles) {
      peran.add(r.peran);
      const j = orgs.get(r.orgKey)?.jenis;
      if (j) jenis.add(j);
    }
    for (const s of k.sektor ?? []) bidang.add(s.bidang);
    for (const t of k.tema ?? []) tema.add(t);
    const [from, end] = yearSpan(k);
    const to = end ?? from;
    // A run of decades is a data error, not 50 menu entries.
    if (from !== undefined && to !== undefined) for (let y = from; y <= Math.min(to, from + 30); y++) tahun.add(y);
  }
  return {
    peran: [...peran],
    jenis: [...jenis],
    status: [...status],
    bidang: [...bidang].sort((a, b) => a - b),
    tema: [...tema].sort(compareNames),
    tahun: [...tahun].sort((a, b) => a - b),
  };
}

export interface PartnerSummary {
  orgCount: number;
  partnershipCount: number;
  activeCount: number;
  /** Sum of `nilai.jumlah` over the partnerships (each counted once). */
  totalNilai: number;
  /** The funder (pendana) with the largest total value of the partnerships it funds; ties go to the name first in order. */
  topFunder: { org: NetworkOrg; jumlah: number } | null;
}

/**
 * The numbers behind the summary sentence. A partnership with two funders counts its whole
 * value for each: the data does not say how they split it.
 */
export function partnerSummary(network: PartnerNetwork): PartnerSummary {
  const orgs = orgIndex(network);
  const funded = new Map<string, number>();
  let totalNilai = 0;
  for (const p of network.partnerships) {
    const jumlah = p.kemitraan.nilai?.jumlah ?? 0;
    totalNilai += jumlah;
    for (const r of p.roles) if (r.peran === 'pendana') funded.set(r.orgKey, (funded.get(r.orgKey) ?? 0) + jumlah);
  }
  let topFunder: PartnerSummary['topFunder'] = null;
  for (const [key, jumlah] of funded) {
    const org = orgs.get(key);
    if (!org || jumlah <= 0) continue;
    if (!topFunder || jumlah > topFunder.jumlah || (jumlah === topFunder.jumlah && compareNames(org.nama, topFunder.org.nama) < 0)) {
      topFunder = { org, jumlah };
    }
  }
  return {
    orgCount: network.orgs.length,
    partnershipCount: network.partnerships.length,
    activeCount: network.partnerships.filter((p) => p.kemitraan.status === 'aktif').length,
    totalNilai,
    topFunder,
  };
}

/** Partnerships an organisation takes part in, with its roles there. */
export function partnershipsOf(network: PartnerNetwork, orgKey: string): NetworkPartnership[] {
  return network.partnerships.filter((p) => p.roles.some((r) => r.orgKey === orgKey));
}
