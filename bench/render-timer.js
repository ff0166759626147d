// What every render benchmark measures, in one place: from handing a widget its data
// (validation included) to the first frame after it has rendered.

/** Throws a clear message when the bundle does not define `tag`. */
export function requireElement(tag) {
  if (!customElements.get(tag)) throw new Error(`<${tag}> is not defined by the bundle (src/index.ts must import it)`);
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
