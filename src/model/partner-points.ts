import type { Geometri, KpmDesaDataset } from '../schema/index.js';
import type { Position } from './map-boundaries.js';
import type { PartnerNetwork } from './partner-network.js';

/** A place on the partner map: where a partnership works, or an organisation's office. */
export type MapPlace =
  | { kind: 'lokasi'; key: string; position: Position; partnershipKey: string; keterangan?: string; approximate: boolean }
  | { kind: 'kantor'; key: string; position: Position; orgKey: string };

function flatPositions(g: Geometri): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates as unknown as Position];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates as unknown as Position[];
    case 'MultiLineString':
    case 'Polygon':
      return (g.coordinates as unknown as Position[][]).flat();
    case 'MultiPolygon':
      return (g.coordinates as unknown as Position[][][]).flat(2);
  }
}

/** A plain mean of a geometry's vertices: close enough to place one marker on a road or a field. */
export function geometryAnchor(g: Geometri): Position | null {
  const ps = flatPositions(g);
  if (!ps.length) return null;
  let lng = 0, lat = 0;
  for (const p of ps) {
    lng += p[0];
    lat += p[1];
  }
  return [lng / ps.length, lat / ps.length];
}

/**
 * The places of the shown partnerships and organisations. A location without its own point
 * takes its geometry's anchor, or — when it is the dataset's own village — the village's
 * point, marked approximate; a location with none of these is not on the map (the list has it).
 */
export function mapPlaces(network: PartnerNetwork, datasets: readonly KpmDesaDataset[]): MapPlace[] {
  const places: MapPlace[] = [];
  for (const p of network.partnerships) {
    const desa = datasets[p.dataset]?.desa;
    p.kemitraan.lokasi.forEach((l, i) => {
      let position: Position | null = l.koordinat ? [l.koordinat.lng, l.koordinat.lat] : null;
      let approximate = false;
      if (!position && l.geometri) position = geometryAnchor(l.geometri);
      if (!position && desa?.koordinat && l.kodeWilayah === desa.kodeWilayah) {
        position = [desa.koordinat.lng, desa.koordinat.lat];
        approximate = true;
      }
      if (position) places.push({ kind: 'lokasi', key: `${p.key}#${i}`, position, partnershipKey: p.key, keterangan: l.keterangan, approximate });
    });
  }
  for (const o of network.orgs) {
    if (o.koordinat) places.push({ kind: 'kantor', key: `${o.key}#kantor`, position: [o.koordinat.lng, o.koordinat.lat], orgKey: o.key });
  }
  return places;
}
