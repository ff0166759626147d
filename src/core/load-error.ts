import { formatNumber } from './format.js';
import type { Lang } from './locale.js';
import { coreStrings } from './strings/index.js';

/** Why a dataset could not be loaded, before validation ever ran. */
export type LoadError =
  /** The server was silent for `timeoutMs`: before it answered, or in the middle of the file. */
  | { kind: 'timeout'; url: string; timeoutMs: number }
  /** The file kept arriving, but too slowly to finish within `totalMs`. */
  | { kind: 'too_slow'; url: string; totalMs: number }
  | { kind: 'too_large'; url: string; maxBytes: number }
  | { kind: 'http'; url: string; status: number }
  | { kind: 'network'; url: string }
  | { kind: 'json'; url?: string; inline?: boolean; detail: string; line?: number; column?: number }
  | { kind: 'aborted'; url: string }
  /** The address answered with a web page (a soft 404, a login page) instead of a data file. */
  | { kind: 'html'; url: string }
  /** A CSV given to a widget that reads JSON only (only the budget chart reads a CSV). */
  | { kind: 'csv_unsupported'; url: string };

/** Whether a returning connection may cure this error, so a load is worth trying again when online. */
export const curedByConnection = (error: LoadError): boolean =>
  error.kind === 'network' || error.kind === 'timeout' || error.kind === 'too_slow';

export function describeLoadError(error: LoadError, lang: Lang): string {
  const s = coreStrings(lang).loadError;
  switch (error.kind) {
    case 'timeout':
      return s.timeout(formatNumber(error.timeoutMs / 1000, lang, 1));
    case 'too_slow':
      return s.tooSlow(formatNumber(Math.round(error.totalMs / 1000), lang));
    case 'too_large':
      return s.tooLarge(formatNumber(error.maxBytes / (1024 * 1024), lang, 1));
    case 'http':
      return s.http(error.status);
    case 'network':
      return s.network;
    case 'aborted':
      return s.aborted;
    case 'html':
      return s.html;
    case 'csv_unsupported':
      return s.csvUnsupported;
    case 'json': {
      const where = error.line !== undefined ? s.jsonAt(error.line, error.column ?? 1) : error.detail;
      return error.inline ? `${s.inlineJson}: ${where}` : s.json(where);
    }
  }
}
