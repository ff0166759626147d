/**
 * Building blocks shared by every entity: ids, dates, money, codes, URLs, Teks, coordinates
 * and GeoJSON. Each is a factory, not a shared instance, because zod metadata is keyed by
 * instance: a field's own description must not leak onto every other field of that kind.
 *
 * The factories are marked `@__NO_SIDE_EFFECTS__`: what `expecting` and `doc` record is keyed
 * by the schema they return, so a schema nobody uses can go, and a widget's bundle drops the
 * entity schemas its validator does not compose (src/schema/dataset-validator.ts).
 */
import * as z from 'zod/mini';
import type { LocalizedText } from '../issues.js';

/**
 * What a value of a kind must look like, in words an operator understands; `code` overrides
 * the issue code for format errors (so a bad date reads `invalid_date`, not `invalid_format`).
 */
export interface Expectation extends LocalizedText {
  code?: string;
}

/**
 * Expectations keyed by schema or check instance: zod hands the failing instance to the error
 * map, which looks it up here (see messages.ts). A WeakMap, so nothing is kept alive.
 */
export const expectations = new WeakMap<object, Expectation>();

/** Descriptions in both languages, for the generated field reference. */
export const descriptions = z.registry<LocalizedText>();

/**
 * Title, `$defs` id and description for the JSON Schema. A registry of our own rather than
 * zod's global one, which lives on globalThis and is shared with anything else on the page.
 */
export const jsonSchemaMeta = z.registry<{ id?: string; title?: string; description: string }>();

type AnySchema = z.ZodMiniType;

/** Ties an expectation to a schema and to each of its checks. */
/* @__NO_SIDE_EFFECTS__ */
export function expecting<T extends AnySchema>(schema: T, expect: Expectation): T {
  expectations.set(schema, expect);
  for (const check of schema._zod.def.checks ?? []) expectations.set(check, expect);
  return schema;
}

/**
 * Documents a field or entity: the id/en text feeds docs/data-schema.md, and a combined
 * description (plus an optional title and `$defs` id) feeds the JSON Schema.
 */
/* @__NO_SIDE_EFFECTS__ */
export function doc<T extends AnySchema>(
  schema: T,
  id?: string,
  en?: string,
  name?: string,
): T {
  // Browser builds strip the texts (scripts/strip-docs.ts): then there is nothing to record.
  if (id === undefined || en === undefined) return schema;
  descriptions.add(schema, { id, en });
  jsonSchemaMeta.add(schema, {
    ...(name ? { id: name, title: name } : {}),
    description: `${id} — ${en}`,
  });
  return schema;
}

/** Optional field with its own description. */
/* @__NO_SIDE_EFFECTS__ */
export function opt<T extends AnySchema>(schema: T, id?: string, en?: string) {
  return z.optional(id && en ? doc(schema, id, en) : schema);
}

/**
 * Every entity may carry an `ext` object for extensions (DATA-MODEL section 0); unknown
 * fields elsewhere are warnings, so `ext` is where deliberate extras belong.
 */
/* @__NO_SIDE_EFFECTS__ */
export const ext = () =>
  opt(z.record(z.string(), z.unknown()), 'Data tambahan bebas (ekstensi)', 'Free-form extension data');

/* @__NO_SIDE_EFFECTS__ */
export function entity<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.object({ ...shape, ext: ext() });
}

export const ID_PATTERN = /^[a-z0-9][a-z0-9-_.]{0,63}$/;

/* @__NO_SIDE_EFFECTS__ */
export const id = () =>
  expecting(z.string().check(z.regex(ID_PATTERN)), {
    id: 'id berupa huruf kecil, angka, "-", "_" atau "." (maks. 64 karakter, diawali huruf/angka)',
    en: 'an id of lowercase letters, digits, "-", "_" or "." (max 64 characters, starting with a letter or digit)',
  });

/* @__NO_SIDE_EFFECTS__ */
export const text = () => z.string();

/** Bounded free text, e.g. the 120-character judul of an usulan. */
/* @__NO_SIDE_EFFECTS__ */
export const textMax = (max: number) =>
  expecting(z.string().check(z.maxLength(max)), {
    id: `teks paling banyak ${max} karakter`,
    en: `text of at most ${max} characters`,
  });

/** A non-negative whole number (counts of people, households…). */
/* @__NO_SIDE_EFFECTS__ */
export const count = () =>
  expecting(z.int().check(z.minimum(0)), {
    id: 'bilangan bulat ≥ 0',
    en: 'a whole number ≥ 0',
  });

/** A non-negative measure that may have decimals (volume, area). */
/* @__NO_SIDE_EFFECTS__ */
export const amount = () =>
  expecting(z.number().check(z.minimum(0)), {
    id: 'angka ≥ 0',
    en: 'a number ≥ 0',
  });

export const MAX_MONEY = 1e13;

/* @__NO_SIDE_EFFECTS__ */
export const money = () =>
  expecting(z.int().check(z.minimum(0), z.maximum(MAX_MONEY)), {
    id: 'bilangan bulat ≥ 0 (rupiah tanpa desimal), paling banyak Rp 10.000.000.000.000',
    en: 'a whole number ≥ 0 (rupiah, no decimals), at most Rp 10,000,000,000,000',
  });

/* @__NO_SIDE_EFFECTS__ */
export const year = () =>
  expecting(z.int().check(z.minimum(2000), z.maximum(2100)), {
    id: 'tahun berupa bilangan bulat 2000–2100',
    en: 'a year, a whole number 2000–2100',
  });

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when y-m-d names a day that exists (2025-02-30 does not). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  // The usual case by arithmetic: validation asks this of every realisation snapshot, and a
  // Date per call was a tenth of a large budget's structural check. (Date.UTC reads years
  // 0–99 as 1900–1999, so those, and anything not whole, keep going through Date.)
  if (Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && y >= 100 && y <= 9999) {
    if (m < 1 || m > 12 || d < 1) return false;
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    return d <= (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
  }
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function calendarDateOf(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

const DATE_EXPECT: Expectation = {
  id: 'tanggal berformat YYYY-MM-DD yang ada di kalender, mis. 2025-06-30',
  en: 'a real calendar date written YYYY-MM-DD, e.g. 2025-06-30',
  code: 'invalid_date',
};

/* @__NO_SIDE_EFFECTS__ */
export const date = () =>
  expecting(
    z.string().check(z.regex(DATE_PATTERN, { abort: true }), z.refine(calendarDateOf)),
    DATE_EXPECT,
  );

// RFC 3339 requires seconds and an offset (Z or ±hh:mm); its section 5.6 lets "T" and "Z" be
// written lowercase. (Character classes, not the `i` flag, which JSON Schema cannot carry.)
const TIMESTAMP_PATTERN =
  /^\d{4}-\d{2}-\d{2}[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/* @__NO_SIDE_EFFECTS__ */
export const timestamp = () =>
  expecting(
    z.string().check(z.regex(TIMESTAMP_PATTERN, { abort: true }), z.refine(calendarDateOf)),
    {
      id: 'waktu RFC 3339 dengan zona, mis. 2025-10-06T09:00:00+07:00',
      en: 'an RFC 3339 timestamp with offset, e.g. 2025-10-06T09:00:00+07:00',
      code: 'invalid_timestamp',
    },
  );

/** Case-insensitive scheme without the `i` flag, which JSON Schema patterns cannot carry. */
function anyCase(word: string): string {
  return [...word].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join('');
}

// Only schemes that cannot run script: a `javascript:` or `data:` URL from data is an error.
export const SAFE_URL_PATTERN = new RegExp(
  `^(?:${anyCase('http')}[sS]?://[^\\s/?#]+|${anyCase('mailto')}:|${anyCase('tel')}:)\\S*$`,
);

/* @__NO_SIDE_EFFECTS__ */
export const url = () =>
  expecting(z.string().check(z.regex(SAFE_URL_PATTERN)), {
    id: 'alamat http://, https://, mailto: atau tel: tanpa spasi',
    en: 'an http://, https://, mailto: or tel: address without spaces',
    code: 'invalid_url',
  });

/* @__NO_SIDE_EFFECTS__ */
export const email = () =>
  expecting(z.string().check(z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/)), {
    id: 'alamat email, mis. pemdes@desa.id',
    en: 'an email address, e.g. pemdes@desa.id',
  });

/** A lowercase slug (criterion codes and the like). */
/* @__NO_SIDE_EFFECTS__ */
export const slug = () =>
  expecting(z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,63}$/)), {
    id: 'kode huruf kecil, angka, "_" atau "-"',
    en: 'a code of lowercase letters, digits, "_" or "-"',
  });

export const KODE_REKENING_PATTERN = /^[4-6](\.\d{1,2}){0,3}$/;
export const KODE_KEGIATAN_PATTERN = /^[1-5]\.\d{1,2}\.\d{2}$/;
export const SUB_BIDANG_PATTERN = /^[1-5]\.\d{1,2}$/;
export const KODE_WILAYAH_PATTERN = /^\d{2}\.\d{2}\.\d{2}\.[123]\d{3}$/;

/* @__NO_SIDE_EFFECTS__ */
export const kodeRekening = () =>
  expecting(z.string().check(z.regex(KODE_REKENING_PATTERN)), {
    id: 'kode rekening 4.x, 5.x atau 6.x bertitik, mis. 4.2.1 atau 5.2.7.01',
    en: 'an account code 4.x, 5.x or 6.x with dots, e.g. 4.2.1 or 5.2.7.01',
  });

/* @__NO_SIDE_EFFECTS__ */
export const kodeKegiatan = () =>
  expecting(z.string().check(z.regex(KODE_KEGIATAN_PATTERN)), {
    id: 'kode kegiatan B.S.KK, mis. 2.3.10',
    en: 'an activity code B.S.KK, e.g. 2.3.10',
  });

/* @__NO_SIDE_EFFECTS__ */
export const subBidang = () =>
  expecting(z.string().check(z.regex(SUB_BIDANG_PATTERN)), {
    id: 'kode sub bidang B.S, mis. 2.3',
    en: 'a sub-sector code B.S, e.g. 2.3',
  });

/* @__NO_SIDE_EFFECTS__ */
export const kodeWilayah = () =>
  expecting(z.string().check(z.regex(KODE_WILAYAH_PATTERN)), {
    id: 'kode wilayah Kemendagri desa, mis. 33.99.01.2001',
    en: 'a Kemendagri village code, e.g. 33.99.01.2001',
  });

/** Region code at a given depth: provinsi `33`, kabupaten `33.99`, kecamatan `33.99.01`. */
/* @__NO_SIDE_EFFECTS__ */
export const kodeWilayahPrefix = (levels: 1 | 2 | 3) => {
  const example = ['33', '33.99', '33.99.01'][levels - 1];
  return expecting(
    z.string().check(z.regex(new RegExp(`^\\d{2}${'(?:\\.\\d{2})'.repeat(levels - 1)}$`))),
    { id: `kode wilayah berbentuk ${example}`, en: `a region code shaped like ${example}` },
  );
};

/* @__NO_SIDE_EFFECTS__ */
export const bidang = () =>
  expecting(z.literal([1, 2, 3, 4, 5]), {
    id: 'nomor bidang 1–5',
    en: 'a sector number 1–5',
  });

/** Translatable text: a plain string (read as Indonesian) or `{ id, en? }`. */
/* @__NO_SIDE_EFFECTS__ */
export const teks = () =>
  expecting(
    z.union([
      z.string(),
      // `id: string` as section 0 writes it: no more than the plain-string form asks.
      z.object({ id: z.string(), en: z.optional(z.string()) }),
    ]),
    {
      id: 'teks, atau objek { id, en? }',
      en: 'text, or an object { id, en? }',
    },
  );

/* @__NO_SIDE_EFFECTS__ */
export const koordinat = () =>
  z.object({
    lat: expecting(z.number().check(z.minimum(-90), z.maximum(90)), {
      id: 'lintang −90…90 (WGS84)',
      en: 'a latitude −90…90 (WGS84)',
    }),
    lng: expecting(z.number().check(z.minimum(-180), z.maximum(180)), {
      id: 'bujur −180…180 (WGS84)',
      en: 'a longitude −180…180 (WGS84)',
    }),
  });

// RFC 7946 section 3.1.1: two or more numbers. Longitude and latitude are read; an elevation
// or measure after them (as GIS exports write) is allowed and ignored.
/* @__NO_SIDE_EFFECTS__ */
const position = () =>
  expecting(z.array(z.number()).check(z.minLength(2)), {
    id: 'posisi [bujur, lintang]',
    en: 'a position [longitude, latitude]',
  });

/* @__NO_SIDE_EFFECTS__ */
const geometryOf = <T extends string, C extends AnySchema>(type: T, coordinates: C) =>
  z.object({ type: z.literal(type), coordinates, bbox: z.optional(z.array(z.number())) });

/* @__NO_SIDE_EFFECTS__ */
const ring = () => z.array(position()).check(z.minLength(4));

/* @__NO_SIDE_EFFECTS__ */
export const polygon = () => geometryOf('Polygon', z.array(ring()).check(z.minLength(1)));
/* @__NO_SIDE_EFFECTS__ */
export const multiPolygon = () =>
  geometryOf('MultiPolygon', z.array(z.array(ring()).check(z.minLength(1))));

/** Any GeoJSON geometry a village map draws: points, roads (lines) and areas. */
/* @__NO_SIDE_EFFECTS__ */
export const geometri = () =>
  expecting(
    z.discriminatedUnion('type', [
      geometryOf('Point', position()),
      geometryOf('MultiPoint', z.array(position())),
      geometryOf('LineString', z.array(position()).check(z.minLength(2))),
      geometryOf('MultiLineString', z.array(z.array(position()).check(z.minLength(2)))),
      polygon(),
      multiPolygon(),
    ]),
    {
      id: 'geometri GeoJSON (Point, LineString, Polygon, Multi…)',
      en: 'a GeoJSON geometry (Point, LineString, Polygon, Multi…)',
    },
  );

/** `{mulai, selesai?}`: a term or period. */
/* @__NO_SIDE_EFFECTS__ */
export const periode = () =>
  z.object({
    mulai: doc(date(), 'Tanggal mulai', 'Start date'),
    selesai: opt(date(), 'Tanggal selesai', 'End date'),
  });

export type Teks = z.infer<ReturnType<typeof teks>>;
export type Koordinat = z.infer<ReturnType<typeof koordinat>>;
export type Geometri = z.infer<ReturnType<typeof geometri>>;
