/**
 * The one URL sanitizer: every URL that comes from data passes here before it reaches an
 * `href` or `src`. Only http, https, mailto and tel survive; `javascript:`, `data:`,
 * `vbscript:` and anything unparseable become null, and the caller renders plain text.
 */
const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export function sanitizeUrl(raw: unknown, base?: string): string | null {
  if (typeof raw !== 'string') return null;
  // Decide on what the browser's URL parser will see: it drops tabs and newlines anywhere
  // ("java\tscript:") and control characters or spaces at either end.
  const cleaned = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (cleaned === '') return null;
  let url: URL;
  try {
    url = new URL(cleaned, base ?? (typeof document !== 'undefined' ? document.baseURI : undefined));
  } catch {
    return null;
  }
  return ALLOWED.has(url.protocol) ? url.href : null;
}

/** Only http(s): for images and fetches, where mailto/tel make no sense. */
export function sanitizeHttpUrl(raw: unknown, base?: string): string | null {
  const url = sanitizeUrl(raw, base);
  return url && /^https?:/i.test(url) ? url : null;
}
