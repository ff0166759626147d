// The on-demand entry, `dist/autoload/kpm-autoload.js` (a module script, ~1 kB): it defines an
// element only when the page has one, by importing that element's chunk. A page with one budget
// chart then downloads the budget chart and the code it shares (Lit, zod, core, its schema),
// not every widget as `kpm-widgets.js` does. The price is a folder of chunks beside the file
// instead of one file. Elements added later (by a CMS's tabs, say) are found by a
// MutationObserver on the document. It cannot see into other components' shadow roots: a
// component that renders our elements in its own shadow root hands that root to `discover`.
const CHUNKS: Record<string, () => Promise<unknown>> = {
  'kpm-data': () => import('./widgets/kpm-data/index.js'),
  'kpm-budget-chart': () => import('./widgets/budget-chart/index.js'),
  'kpm-program-timeline': () => import('./widgets/program-timeline/index.js'),
  'kpm-scorecard': () => import('./widgets/scorecard/index.js'),
  'kpm-participation-form': () => import('./widgets/participation-form/index.js'),
  'kpm-partner-map': () => import('./widgets/partner-map/index.js'),
};

const TAGS = Object.keys(CHUNKS);
const SELECTOR = TAGS.join(',');
const requested = new Set<string>();

/** Imports the chunk of every kpm element under `root` (and `root` itself) not yet requested. */
function loadElementsIn(root: Element | Document | ShadowRoot): void {
  const found = root.querySelectorAll(SELECTOR);
  const tags = new Set<string>(Array.from(found, (el) => el.localName));
  if (root instanceof Element && TAGS.includes(root.localName)) tags.add(root.localName);
  for (const tag of tags) {
    if (requested.has(tag) || customElements.get(tag)) continue;
    requested.add(tag);
    // A failed download (offline, a chunk missing from the upload) leaves the element's own
    // light-DOM fallback on the page; the console says which file to check. Asked again when
    // the browser says it is back online, and the next time such an element is added
    // (Chromium fetches a failed module again; a browser that remembers the failure needs a
    // reload).
    CHUNKS[tag]!().catch((error: unknown) => {
      requested.delete(tag);
      console.error(`kpm-widgets: could not load <${tag}>; are the files of dist/autoload/ all uploaded?`, error);
    });
  }
}

const allDefined = () => TAGS.every((tag) => customElements.get(tag));

// Every root discovered, to look through again when the connection returns: the elements a
// dropped signal left undefined get their chunk then, without waiting for a new one. Held
// weakly: a component's shadow root handed to `discover` must not outlive the component.
type Root = Document | Element | ShadowRoot;
const roots = new Set<WeakRef<Root>>();
const known = new WeakSet<Root>();
window.addEventListener('online', () => {
  for (const ref of roots) {
    const root = ref.deref();
    if (root) loadElementsIn(root);
    else roots.delete(ref);
  }
});

// One observer for the document and every root handed to `discover`.
const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof Element) loadElementsIn(node);
    }
  }
  // Every element defined: nothing left to watch for on a busy page.
  if (allDefined()) observer.disconnect();
});

/**
 * Defines the kpm elements under `root` and those added to it later. The page is discovered by
 * itself; call this for a shadow root of your own that holds kpm elements (the page's observer
 * does not see inside shadow roots):
 *
 *     import { discover } from 'kpm-widgets/autoload';
 *     discover(this.shadowRoot);
 */
export function discover(root: Root): void {
  if (!known.has(root)) {
    known.add(root);
    roots.add(new WeakRef(root));
  }
  loadElementsIn(root);
  if (!allDefined()) observer.observe(root instanceof Document ? root.documentElement : root, { childList: true, subtree: true });
}

// A module script runs after the document is parsed, so every element in the HTML is there.
discover(document);
