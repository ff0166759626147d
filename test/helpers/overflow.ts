// Sideways overflow as a reader at 320 px or 200 % zoom meets it: a piece of the widget that
// sticks out past its right edge. A box that scrolls or clips on purpose (a wide table in a
// scroll region) is the widget's own answer to width, so nothing inside it counts.

/** Elements sticking out past the widget's right edge, outside any scrolling box (at most six). */
export function overflowing(el: Element): string[] {
  const right = el.getBoundingClientRect().right + 1;
  const out: string[] = [];
  const visit = (node: Element, clipped: boolean) => {
    const style = getComputedStyle(node);
    const clips = clipped || /auto|scroll|hidden|clip/.test(style.overflowX);
    if (!clipped && node.getBoundingClientRect().right > right && style.display !== 'contents' && style.position !== 'fixed') {
      out.push(`${node.tagName.toLowerCase()}.${[...node.classList].join('.')}[part=${node.getAttribute('part') ?? ''}] ${Math.round(node.getBoundingClientRect().right - right)}px`);
    }
    for (const child of node.shadowRoot ? node.shadowRoot.children : node.children) visit(child, clips);
  };
  for (const child of el.shadowRoot!.children) visit(child, false);
  return out.slice(0, 6);
}

/** The host itself scrolls sideways (its content is wider than its box). */
export function hostScrollsSideways(el: Element): boolean {
  return el.scrollWidth > el.clientWidth + 1;
}
