import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { makeIssue, type ValidationIssue } from '../schema/issues.js';

export type Position = readonly [number, number];

/** One area to draw: all rings of a Polygon or MultiPolygon (holes drawn even-odd). */
export interface BoundaryShape {
  name?: string;
  rings: Position[][];
}

export type BoundaryResult = { ok: true; shapes: BoundaryShape[] } | { ok: false; issue: ValidationIssue };

class Malformed extends Error {
  constructor(
    readonly path: string,
    readonly expected: { id: string; en: string },
  ) {
    super(path);
  }
}

const POSITION = { id: 'posisi [bujur, lintang] dengan bujur −180…180 dan lintang −90…90', en: 'a position [longitude, latitude] with longitude −180…180 and latitude −90…90' };
const RING = { id: 'cincin poligon: daftar minimal 4 posisi', en: 'a polygon ring: a list of at least 4 positions' };
const LIST = { id: 'daftar (array)', en: 'a list (array)' };
const GEOJSON = {
  id: 'GeoJSON (FeatureCollection, Feature, Polygon, MultiPolygon) atau TopoJSON (Topology)',
  en: 'GeoJSON (FeatureCollection, Feature, Polygon, MultiPolygon) or TopoJSON (Topology)',
};

function position(p: unknown, path: string): Position {
  if (!Array.isArray(p) || p.length < 2) throw new Malformed(path, POSITION);
  const [lng, lat] = p as unknown[];
  if (typeof lng !== 'number' || typeof lat !== 'number' || !(Math.abs(lng) <= 180) || !(Math.abs(lat) <= 90)) {
    throw new Malformed(path, POSITION);
  }
  return [lng, lat];
}

function list(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw new Malformed(path, LIST);
  return v;
}

function rings(polygon: unknown, path: string): Position[][] {
  return list(polygon, path).map((ring, i) => {
    const at = `${path}[${i}]`;
    const r = list(ring, at);
    if (r.length < 4) throw new Malformed(at, RING);
    return r.map((p, j) => position(p, `${at}[${j}]`));
  });
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nameOf(properties: unknown): string | undefined {
  if (!isObject(properties)) return undefined;
  // nama/name for hand-made files, NAMOBJ/WADMKD for BIG (Badan Informasi Geospasial) exports.
  for (const k of ['nama', 'name', 'NAMOBJ', 'WADMKD']) {
    const v = properties[k];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return undefined;
}

/** Areas of one geometry; points and lines in a boundary file are labels or roads, not boundaries. */
function geometryShapes(g: unknown, path: string, name?: string): BoundaryShape[] {
  if (g === null) return [];
  if (!isObject(g) || typeof g.type !== 'string') throw new Malformed(path, GEOJSON);
  const coordinates = join(path, 'coordinates');
  switch (g.type) {
    case 'Polygon':
      return [{ name, rings: rings(g.coordinates, coordinates) }];
    case 'MultiPolygon':
      return [{ name, rings: list(g.coordinates, coordinates).flatMap((poly, i) => rings(poly, `${coordinates}[${i}]`)) }];
    case 'GeometryCollection': {
      const at = join(path, 'geometries');
      return list(g.geometries, at).flatMap((x, i) => geometryShapes(x, `${at}[${i}]`, name));
    }
    case 'Point':
    case 'MultiPoint':
    case 'LineString':
    case 'MultiLineString':
      return [];
    default:
      throw new Malformed(join(path, 'type'), GEOJSON);
  }
}

function shapesOf(input: unknown, path: string): BoundaryShape[] {
  if (!isObject(input)) throw new Malformed(path, GEOJSON);
  const at = (key: string) => join(path, key);
  switch (input.type) {
    case 'FeatureCollection':
      return list(input.features, at('features')).flatMap((f, i) => shapesOf(f, `${at('features')}[${i}]`));
    case 'Feature':
      return geometryShapes(input.geometry, at('geometry'), nameOf(input.properties));
    case 'Topology': {
      if (!isObject(input.objects) || !isObject(input.transform ?? {}) || !Array.isArray(input.arcs)) {
        throw new Malformed(path, GEOJSON);
      }
      const topology = input as unknown as Topology;
      return Object.entries(topology.objects).flatMap(([key, object]) => {
        let converted: unknown;
        try {
          converted = feature(topology, object);
        } catch {
          throw new Malformed(at(`objects.${key}`), GEOJSON);
        }
        return shapesOf(converted, at(`objects.${key}`));
      });
    }
    default:
      return geometryShapes(input, path);
  }
}

/**
 * Reads boundaries from a host's GeoJSON or TopoJSON. Anything malformed is one error issue
 * with the JSON path of the first bad value, so an admin can find it in the file.
 */
export function parseBoundaries(input: unknown, path = ''): BoundaryResult {
  try {
    return { ok: true, shapes: shapesOf(input, path) };
  } catch (e) {
    if (!(e instanceof Malformed)) throw e;
    return {
      ok: false,
      issue: makeIssue(
        e.path,
        'error',
        'invalid_geojson',
        `Batas wilayah tidak dapat dibaca: harus ${e.expected.id}`,
        `The boundaries cannot be read: expected ${e.expected.en}`,
      ),
    };
  }
}
