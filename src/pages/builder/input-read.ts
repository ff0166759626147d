/**
 * What came in — a dropped or picked file, or pasted text — as text and a kind, or the
 * reason it cannot be read (empty, too large, not text). Nothing leaves the browser.
 */
import { decodeText } from '../../core/decode-text.js';
import { sniffTextKind } from '../../core/text-kind.js';

export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export type InputKind = 'json' | 'csv';
export type InputProblem = 'empty' | 'too_large' | 'binary' | 'xlsx_failed';

export type ReadInput =
  | { ok: true; kind: InputKind; text: string; name: string; fromXlsx: boolean }
  | { ok: false; problem: InputProblem; name: string; detail?: string };

/** JSON starts with `{` or `[`; anything else is treated as a CSV. */
export function textKind(text: string): InputKind {
  return sniffTextKind(text) === 'json' ? 'json' : 'csv';
}

/**
 * NUL bytes, or many undecodable or control characters: an image, a .doc, a zip — not text.
 * (A file that is not UTF-8 is read as windows-1252, where binary shows as control characters.)
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 4096);
  const bad = sample.match(/[\ufffd\u0001-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  return sample.length > 0 && bad / sample.length > 0.02;
}

export function readText(text: string, name: string, fromXlsx = false): ReadInput {
  if (text.trim() === '' || text.trim() === '\ufeff') return { ok: false, problem: 'empty', name };
  if (text.length > MAX_INPUT_BYTES) return { ok: false, problem: 'too_large', name };
  if (looksBinary(text)) return { ok: false, problem: 'binary', name };
  return { ok: true, kind: textKind(text), text, name, fromXlsx };
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

async function isXlsx(file: File): Promise<boolean> {
  if (/\.xlsx$/i.test(file.name)) return true;
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return ZIP_MAGIC.every((b, i) => head[i] === b);
}

export async function readFile(file: File): Promise<ReadInput> {
  if (file.size === 0) return { ok: false, problem: 'empty', name: file.name };
  if (file.size > MAX_INPUT_BYTES) return { ok: false, problem: 'too_large', name: file.name };
  if (await isXlsx(file)) {
    try {
      const { xlsxToCsv } = await import('./xlsx.js');
      return readText(await xlsxToCsv(file), file.name, true);
    } catch (e) {
      return { ok: false, problem: 'xlsx_failed', name: file.name, detail: e instanceof Error ? e.message : String(e) };
    }
  }
  // Not file.text(): that is UTF-8 only, and Excel's plain "CSV" is windows-1252.
  return readText(decodeText(new Uint8Array(await file.arrayBuffer())), file.name);
}
