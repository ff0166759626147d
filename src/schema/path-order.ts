/**
 * Orders issue paths the way their places appear in the document, so a list of findings
 * reads top to bottom like the file itself (`desa…` before `apbdes[0]…` if desa comes first).
 */

/** `apbdes[0].baris[3].anggaran` → ['apbdes', 0, 'baris', 3, 'anggaran']. */
export function parsePath(path: string): PropertyKey[] {
  const segments: PropertyKey[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return segments;
}

function childOf(node: unknown, key: PropertyKey): unknown {
  if (typeof node !== 'object' || node === null) return undefined;
  return Object.hasOwn(node, key) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
}

/** Compares two paths by where they occur in `root`; a place not in the input sorts first. */
export function pathComparer(root: unknown): (a: readonly PropertyKey[], b: readonly PropertyKey[]) => number {
  const keyOrder = new WeakMap<object, Map<string, number>>();
  const positionIn = (node: unknown, key: PropertyKey): number => {
    if (typeof key === 'number') return key;
    if (typeof node !== 'object' || node === null) return -1;
    let order = keyOrder.get(node);
    if (!order) {
      order = new Map(Object.keys(node).map((k, i) => [k, i]));
      keyOrder.set(node, order);
    }
    return order.get(String(key)) ?? -1;
  };
  return (a, b) => {
    let node = root;
    const shared = Math.min(a.length, b.length);
    for (let i = 0; i < shared; i++) {
      if (a[i] === b[i]) {
        node = childOf(node, a[i]!);
        continue;
      }
      return positionIn(node, a[i]!) - positionIn(node, b[i]!) || String(a[i]).localeCompare(String(b[i]));
    }
    return a.length - b.length;
  };
}
