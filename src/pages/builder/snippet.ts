/**
 * The text an admin pastes into their site. Pure string building, so every escape is
 * tested exactly: attribute values and fallback text are HTML-escaped, and inline JSON has
 * every `<` written as `\u003c`, so a `</script>` inside the data cannot end the script.
 */

/** `&`, `<`, `>` and `"` as entities: safe in text and in double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JSON for a `<script type="application/json">`: same value, no `<` left to close the script. */
export function scriptSafeJson(data: unknown, indent?: number): string {
  return JSON.stringify(data, null, indent).replace(/</g, '\\u003c');
}

export interface SnippetFallback {
  /** A safe http(s) URL (already sanitized), or null for text only. */
  href: string | null;
  text: string;
}

export interface WidgetSnippetOptions {
  scriptUrl: string;
  tag: string;
  /** Attribute name → value, in the order they are written; empty values are left out. */
  attributes: ReadonlyArray<readonly [string, string]>;
  /** `--kpm-color-accent`, or null for the theme default. */
  accent: string | null;
  fallback: SnippetFallback;
  /** Inline data, or a file URL for `src` (the admin uploads it next to the page). */
  data: { inline: unknown } | { src: string };
}

function attributeText(attributes: ReadonlyArray<readonly [string, string]>): string {
  return attributes
    .filter(([, v]) => v !== '')
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
}

/**
 * The tag that loads the library: the on-demand loader (`…/kpm-autoload.js`) is an ES module,
 * which runs after the page is parsed by itself; the one-file `kpm-widgets.js` is a classic
 * script, deferred so it does not hold up the page.
 */
export function scriptTag(scriptUrl: string): string {
  const src = escapeHtml(scriptUrl);
  return /(^|\/)kpm-autoload\.js([?#]|$)/.test(scriptUrl)
    ? `<script type="module" src="${src}"></script>`
    : `<script src="${src}" defer></script>`;
}

/** Script tag, element with attributes, light-DOM fallback (shown until the script runs) and data. */
export function widgetSnippet(o: WidgetSnippetOptions): string {
  const attrs: (readonly [string, string])[] = [...o.attributes];
  if ('src' in o.data) attrs.push(['src', o.data.src]);
  if (o.accent) attrs.push(['style', `--kpm-color-accent: ${o.accent}`]);
  const fallback = o.fallback.href
    ? `<a href="${escapeHtml(o.fallback.href)}">${escapeHtml(o.fallback.text)}</a>`
    : `<p>${escapeHtml(o.fallback.text)}</p>`;
  const lines = [
    scriptTag(o.scriptUrl),
    `<${o.tag}${attributeText(attrs)}>`,
    `  ${fallback}`,
  ];
  if ('inline' in o.data) lines.push(`  <script type="application/json">${scriptSafeJson(o.data.inline)}</script>`);
  lines.push(`</${o.tag}>`);
  return lines.join('\n') + '\n';
}

export interface IframeSnippetOptions {
  /** Absolute URL of embed.html. */
  embedUrl: string;
  widget: string;
  /** Absolute URL of the dataset the iframe loads (it cannot see inline data). */
  src: string;
  /** Parameters after widget and src: lang, view, year, attributes, accent. */
  params: ReadonlyArray<readonly [string, string]>;
  frame: string;
  title: string;
  height: number;
}

/** The iframe for CMSs that strip `<script>`: the embed contract's query parameters. */
export function iframeSnippet(o: IframeSnippetOptions): string {
  const url = new URL(o.embedUrl);
  url.searchParams.set('widget', o.widget);
  url.searchParams.set('src', o.src);
  for (const [k, v] of o.params) if (v !== '') url.searchParams.set(k, v);
  url.searchParams.set('frame', o.frame);
  return (
    `<iframe id="${escapeHtml(o.frame)}" src="${escapeHtml(url.href)}" title="${escapeHtml(o.title)}" ` +
    `width="100%" height="${o.height}" loading="lazy"></iframe>\n`
  );
}
