// What every render benchmark measures, in one place: from handing a widget its data
// (validation included) to the first frame after it has rendered.

/** Throws a clear message when the bundle does not define `tag`. */
export function requireElement(tag) {
  if (!customElements.get(tag)) throw new Error(`<${tag}> is not defined by the bundle (src/index.ts must import it)`);
}

/**
 * A new `<tag>` on the page with `attrs` (lang="id" unless given), after checking the bundle
 * defines it: the same setup for every case, so cases differ only in what they measure.
 */
export function mountWidget(tag, attrs = {}) {
  requireElement(tag);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries({ lang: 'id', ...attrs })) el.setAttribute(name, value);
  document.body.append(el);
  return el;
}

/** Sets a fresh copy of `data` on `el` and returns the milliseconds to the next frame. */
export async function timeToFirstFrame(el, data) {
  const copy = structuredClone(data);
  const started = performance.now();
  el.data = copy;
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  return performance.now() - started;
}
