import { sanitizeHttpUrl, sanitizeUrl } from '../../core/sanitize-url.js';
import { EMBED_WIDGETS, isEmbedWidget, type EmbedWidget } from './widgets.js';

export interface EmbedParams {
  widget: EmbedWidget;
  /** Attribute name → value, in a fixed order: `lang`, `src`, then the widget's own. */
  attributes: Record<string, string>;
  /** A CSS colour for `--kpm-color-accent`, or null. */
  accent: string | null;
  /** Echoed in every height message so a host can tell its frames apart; '' when absent. */
  frame: string;
}

export type EmbedParamsError = 'missing-widget' | 'unknown-widget' | 'missing-src' | 'bad-src';

/** Attributes whose value is a URL: they pass the sanitizer, resolved against the page. */
const HTTP_URL_ATTRIBUTES = new Set(['boundaries', 'endpoint']);
/** A privacy notice may also be a mailto: link, like any link from data. */
const LINK_ATTRIBUTES = new Set(['privacy-href']);
/** Widgets whose `src` may list several datasets, separated by spaces. */
const MULTI_SRC = new Set<EmbedWidget>(['partner-map']);
/** The frame id is only echoed back, but keep it short and plain all the same. */
const FRAME_PATTERN = /^[\w.:-]{1,64}$/;
/** More characters than any colour needs; refuses a wall of text before the CSS parser sees it. */
const MAX_ACCENT = 64;

/** `CSS.supports('color', 'var(--x)')` is true: a reference is no colour until it resolves. */
const NOT_A_COLOUR = /[;{}<>\\]|\b(?:var|env|attr|url)\s*\(/i;

function isColour(value: string): boolean {
  if (value.length > MAX_ACCENT || NOT_A_COLOUR.test(value)) return false;
  return typeof CSS !== 'undefined' && CSS.supports('color', value);
}

function readSrc(widget: EmbedWidget, raw: string, base: string): string | null {
  const parts = MULTI_SRC.has(widget) ? raw.split(/\s+/).filter(Boolean) : [raw];
  const urls = parts.map((p) => sanitizeHttpUrl(p, base)).filter((u): u is string => u !== null);
  // One bad URL among several is dropped; the rest still show.
  return urls.length ? urls.join(' ') : null;
}

/**
 * Reads embed.html's query string (the iframe contract, docs/embed-iframe.md) into what the
 * page sets on the widget. Everything from the URL is untrusted: the widget name must be on
 * the list, URLs must be http(s) after resolving against `base` (the page's URL), colours
 * must parse as colours, and parameters that are not an attribute of that widget are dropped.
 */
export function readEmbedParams(search: string, base: string): EmbedParams | { error: EmbedParamsError } {
  const query = new URLSearchParams(search);
  const name = query.get('widget')?.trim() ?? '';
  if (name === '') return { error: 'missing-widget' };
  if (!isEmbedWidget(name)) return { error: 'unknown-widget' };
  const rawSrc = query.get('src')?.trim() ?? '';
  if (rawSrc === '') return { error: 'missing-src' };
  const src = readSrc(name, rawSrc, base);
  if (src === null) return { error: 'bad-src' };

  const attributes: Record<string, string> = { lang: query.get('lang') === 'en' ? 'en' : 'id', src };
  for (const attribute of EMBED_WIDGETS[name]) {
    const value = query.get(attribute);
    if (value === null) continue;
    if (HTTP_URL_ATTRIBUTES.has(attribute) || LINK_ATTRIBUTES.has(attribute)) {
      const url = HTTP_URL_ATTRIBUTES.has(attribute) ? sanitizeHttpUrl(value, base) : sanitizeUrl(value, base);
      if (url !== null) attributes[attribute] = url;
    } else {
      attributes[attribute] = value;
    }
  }
  const accent = query.get('accent')?.trim() ?? '';
  return {
    widget: name,
    attributes,
    accent: accent && isColour(accent) ? accent : null,
    frame: readFrame(search),
  };
}

/** The `frame` parameter if it is a plain id (letters, digits, `_.:-`, at most 64), else ''. */
export function readFrame(search: string): string {
  const frame = new URLSearchParams(search).get('frame') ?? '';
  return FRAME_PATTERN.test(frame) ? frame : '';
}
