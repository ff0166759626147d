/** The two languages the library speaks. Indonesian first: it is the default. */
export type Lang = 'id' | 'en';

/**
 * Maps any BCP 47 tag to a supported language. `en-US` and friends read as English, `id`
 * and the legacy `in` as Indonesian, everything else (and nothing) falls back to Indonesian.
 */
export function normalizeLang(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : 'id';
}

/** Intl locale for a language; pinned so output does not depend on the reader's browser. */
export function intlLocale(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'id-ID';
}

/**
 * The language an element should speak: its own `lang`, else the nearest ancestor's —
 * crossing shadow roots, so a widget inside another component still follows the page.
 */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const tag = node.getAttribute('lang');
      if (tag !== null && tag.trim() !== '') return normalizeLang(tag);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'id';
}

type LangListener = () => void;
const listeners = new Set<LangListener>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | null = null;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the document (or in the
 * shadow root the element lives in), so a page's language switch reaches every widget.
 * One observer serves all elements; returns the unsubscribe function.
 */
export function onLangChange(el: Element, listener: LangListener): () => void {
  observer ??= new MutationObserver(() => listeners.forEach((l) => l()));
  for (const root of [el.ownerDocument.documentElement, el.getRootNode()]) {
    if (root && !observedRoots.has(root) && (root instanceof Element || root instanceof ShadowRoot)) {
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      observedRoots.add(root);
    }
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
