/**
 * What a fetched or pasted text looks like from its first characters: JSON starts with `{`
 * or `[`; a web page with a doctype or an `<html>`/`<head>`/`<body>` tag (what a server sends
 * for a wrong address it answers anyway: a soft 404, a login page); anything else is text,
 * a CSV perhaps.
 */
export function sniffTextKind(text: string): 'json' | 'html' | 'text' {
  if (/^[\s\ufeff]*[[{]/.test(text)) return 'json';
  if (/^[\s\ufeff]*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i.test(text)) return 'html';
  return 'text';
}
