// Test data helpers: the example village loaded over real HTTP from the test server, and
// deep-cloned so each test breaks its own copy.
export const EXAMPLE_URL = '/test/fixtures/desa-sukamaju-2025.json';

let cached: unknown = null;

export async function loadExample(): Promise<any> {
  if (!cached) cached = await (await fetch(EXAMPLE_URL)).json();
  return structuredClone(cached);
}

/** A copy of the example with one thing changed by `fn`. */
export async function mutateExample(fn: (d: any) => void): Promise<any> {
  const d = await loadExample();
  fn(d);
  return d;
}

export const XSS = '<img src=x onerror="window.__kpmXss=1">';

// Enum-like strings that happen to carry capitals; replacing them would only make the
// dataset invalid, not test escaping.
const NOT_FREE_TEXT = new Set(['type', 'zonaWaktu', 'skema', 'mataUang', 'jenisKelamin', 'schemaVersion', 'generatedAt']);

/**
 * The example with a script payload in every free-text field (names, labels, notes:
 * strings with a capital letter or a space that are not URLs, dates or codes), so a
 * widget test can prove that everything a reader sees from data is rendered as text.
 */
export async function hostileExample(payload = XSS): Promise<any> {
  const d = await loadExample();
  const walk = (node: any) => {
    if (Array.isArray(node)) node.forEach((v, i) => (typeof v === 'object' && v ? walk(v) : isText(v, '') && (node[i] = `${payload} ${v}`)));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (v && typeof v === 'object') walk(v);
        else if (isText(v, k)) node[k] = `${payload} ${v as string}`;
      }
    }
  };
  const isText = (v: unknown, key: string) =>
    typeof v === 'string' && !NOT_FREE_TEXT.has(key) && /[A-Z ]/.test(v) && !/^(https?:|mailto:|tel:)/.test(v) &&
    // Timestamps have a capital T but are not free text.
    !/^\d{4}-\d{2}-\d{2}T/.test(v);
  walk(d);
  return d;
}

/** True when any shadow root under `root` holds an element that data must never create. */
export function injectedElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    node.querySelectorAll('img[onerror], script, iframe, svg[onload], [onerror], [onload]').forEach((e) => found.push(e));
    node.querySelectorAll('*').forEach((e) => e.shadowRoot && visit(e.shadowRoot));
  };
  visit(root);
  if (root.shadowRoot) visit(root.shadowRoot);
  return found;
}
