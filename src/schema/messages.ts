/**
 * Turns zod's raw issues into messages a village operator can act on, in id and en. zod/mini's
 * own text is "Invalid input"; ours names what was expected (from the kind's Expectation, see
 * entities/common.ts) and, where safe, what was found.
 */
import type * as z from 'zod/mini';
import type { LocalizedText } from './issues.js';
import { expectations, type Expectation } from './entities/common.js';

export interface Described extends LocalizedText {
  code: string;
}

type RawIssue = z.core.$ZodRawIssue;

const MAX_SHOWN = 40;

function truncate(text: string): string {
  // Control characters would garble a one-line message.
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN - 1)}…` : clean;
}

/** What was found, shortened: values are shown, containers only by kind and size. */
export function describeFound(value: unknown): LocalizedText {
  if (value === undefined) return { id: 'kosong', en: 'nothing' };
  if (value === null) return { id: 'null', en: 'null' };
  if (typeof value === 'string') {
    const shown = `"${truncate(value)}"`;
    return { id: shown, en: shown };
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return { id: String(value), en: String(value) };
  }
  if (Array.isArray(value)) {
    const n = value.length;
    return { id: `daftar berisi ${n} item`, en: `a list of ${n} item${n === 1 ? '' : 's'}` };
  }
  if (typeof value === 'object') return { id: 'sebuah objek', en: 'an object' };
  if (typeof value === 'function') return { id: 'sebuah fungsi', en: 'a function' };
  return { id: typeof value, en: typeof value };
}

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'true atau false', en: 'true or false' },
  array: { id: 'daftar (array)', en: 'a list (array)' },
  object: { id: 'objek', en: 'an object' },
  record: { id: 'objek', en: 'an object' },
  null: { id: 'null', en: 'null' },
};

function typeName(expected: unknown): LocalizedText {
  return TYPE_NAMES[String(expected)] ?? { id: String(expected), en: String(expected) };
}

function listValues(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

function oneOf(values: readonly unknown[]): LocalizedText {
  return { id: `salah satu dari: ${listValues(values)}`, en: `one of: ${listValues(values)}` };
}

function mustBe(code: string, expected: LocalizedText, input: unknown): Described {
  const found = describeFound(input);
  return {
    code,
    id: `harus ${expected.id}; ditemukan ${found.id}`,
    en: `must be ${expected.en}; found ${found.en}`,
  };
}

function sizeMessage(iss: RawIssue & { code: 'too_small' | 'too_big' }): Described {
  const small = iss.code === 'too_small';
  const limit = Number(small ? iss.minimum : iss.maximum);
  const input = iss.input;
  if (iss.origin === 'string') {
    // Characters as zod counts them against the limit: code points, so an emoji is one.
    const length = typeof input === 'string' ? [...input].length : 0;
    return {
      code: iss.code,
      id: small
        ? `terlalu pendek: minimal ${limit} karakter; ditemukan ${length}`
        : `terlalu panjang: paling banyak ${limit} karakter; ditemukan ${length}`,
      en: small
        ? `too short: at least ${limit} characters; found ${length}`
        : `too long: at most ${limit} characters; found ${length}`,
    };
  }
  if (iss.origin === 'array' || iss.origin === 'set') {
    const length = Array.isArray(input) ? input.length : 0;
    if (small && limit === 1) {
      return { code: iss.code, id: 'tidak boleh kosong: isi minimal 1 item', en: 'must not be empty: give at least 1 item' };
    }
    return {
      code: iss.code,
      id: `${small ? 'minimal' : 'paling banyak'} ${limit} item; ditemukan ${length}`,
      en: `${small ? 'at least' : 'at most'} ${limit} items; found ${length}`,
    };
  }
  return mustBe(
    iss.code,
    small ? { id: `paling sedikit ${limit}`, en: `at least ${limit}` } : { id: `paling banyak ${limit}`, en: `at most ${limit}` },
    input,
  );
}

// A missing key surfaces as whichever check ran first; all of them mean "required".
const MISSING_CODES = new Set(['invalid_type', 'invalid_value', 'invalid_union']);

/** The one place a zod issue becomes our code and wording. */
export function describeRawIssue(iss: RawIssue): Described {
  const expect: Expectation | undefined = iss.inst ? expectations.get(iss.inst) : undefined;
  if (iss.input === undefined && MISSING_CODES.has(iss.code)) {
    const expected =
      expect ??
      (iss.code === 'invalid_type' ? typeName(iss.expected) : undefined) ??
      (iss.code === 'invalid_value' ? oneOf(iss.values) : undefined);
    return expected
      ? { code: 'required', id: `wajib diisi (${expected.id})`, en: `is required (${expected.en})` }
      : { code: 'required', id: 'wajib diisi', en: 'is required' };
  }
  switch (iss.code) {
    case 'invalid_type': {
      const expected = expect ?? typeName(iss.expected);
      if (iss.expected === 'int' && typeof iss.input === 'number' && Number.isFinite(iss.input)) {
        return mustBe('not_integer', expected, iss.input);
      }
      return mustBe('invalid_type', expected, iss.input);
    }
    case 'too_small':
    case 'too_big':
      if (expect && iss.origin !== 'array' && iss.origin !== 'string') return mustBe(iss.code, expect, iss.input);
      return sizeMessage(iss);
    case 'invalid_format':
    case 'custom':
      return mustBe(
        expect?.code ?? (iss.code === 'custom' ? 'invalid_value' : 'invalid_format'),
        expect ?? { id: 'sesuai format', en: 'in the expected format' },
        iss.input,
      );
    case 'invalid_value':
      return mustBe(
        'invalid_value',
        expect ?? oneOf(iss.values),
        iss.input,
      );
    case 'invalid_key': {
      const found = describeFound(iss.input);
      const expected = expect ?? { id: 'nama kunci yang sah', en: 'a valid key name' };
      return {
        code: 'invalid_key',
        id: `nama kunci ${found.id} tidak sah: harus ${expected.id}`,
        en: `key ${found.en} is not valid: must be ${expected.en}`,
      };
    }
    case 'invalid_union': {
      // A tagged union whose tag names no known shape, e.g. a geometry of type "Circle".
      const tagged = iss as { discriminator?: string; options?: unknown[] };
      if (tagged.discriminator && tagged.options && typeof iss.input === 'object' && iss.input !== null) {
        const tag = (iss.input as Record<string, unknown>)[tagged.discriminator];
        return mustBe('invalid_value', oneOf(tagged.options), tag);
      }
      return mustBe('invalid_type', expect ?? { id: 'bentuk yang sah', en: 'a valid shape' }, iss.input);
    }
    default:
      return mustBe('invalid_value', expect ?? { id: 'nilai yang sah', en: 'a valid value' }, iss.input);
  }
}

/**
 * zod error map: carries our description through zod as JSON in the message, so the final
 * issue (which no longer knows the failing schema) still holds it.
 */
export function errorMap(iss: RawIssue): string {
  return JSON.stringify(describeRawIssue(iss));
}

/** Reads back what `errorMap` wrote; anything else becomes a plain, still-translated issue. */
export function readDescribed(message: string, fallbackCode: string): Described {
  try {
    const parsed = JSON.parse(message) as Partial<Described>;
    if (typeof parsed.code === 'string' && typeof parsed.id === 'string' && typeof parsed.en === 'string') {
      return { code: parsed.code, id: parsed.id, en: parsed.en };
    }
  } catch {
    // fall through
  }
  return { code: fallbackCode, id: 'nilai tidak sah', en: 'value is not valid' };
}
