// Accessibility measurements shared by the story sweep and the keyboard walk: axe-core with
// the WCAG 2.2 A/AA rule tags, overlapping text, and whether the focused element shows it.
import type { AxeResults, Result, RunOptions } from 'axe-core';
// axe's browser build registers itself as window.axe (its CommonJS entry has no ES export).
import 'axe-core/axe.min.js';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Axe = { run(context: Element, options: RunOptions): Promise<AxeResults> };
const axe = (window as unknown as { axe: Axe }).axe;

/** One line per failing node: rule id, target (through shadow roots), what to fix. */
export function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.slice(0, 5).map((n) => {
      const summary = (n.failureSummary ?? v.help).replace(/\s*\n\s*/g, ' ').replace(/^Fix (any|all) of the following:\s*/, '');
      return `${v.id} at ${JSON.stringify(n.target)}: ${summary}`;
    }),
  );
}

/**
 * axe on `el` and everything in its open shadow roots. `rules` narrows the run to those rule
 * ids (for a second look in another condition); by default every WCAG 2.2 A/AA rule runs.
 */
export async function axeViolations(el: Element, rules?: string[]): Promise<string[]> {
  const options: RunOptions = rules
    ? { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] }
    : { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] };
  const result = await axe.run(el, options);
  return describeViolations(result.violations);
}

interface TextBox {
  node: Node;
  owner: Element;
  label: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Not drawn: display none, closed <details> content (content-visibility), invisible, or an sr-only clip. */
const hidesText = (el: Element) => {
  if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true, contentVisibilityAuto: true })) return true;
  const s = getComputedStyle(el);
  return s.position === 'absolute' && s.clip === 'rect(0px, 0px, 0px, 0px)';
};

type Clip = { left: number; right: number; top: number; bottom: number };

/** Where a scrolling or clipping box cuts its content off (text scrolled out of view is not drawn). */
function narrowClip(el: Element, clip: Clip): Clip {
  const s = getComputedStyle(el);
  if (s.overflowX === 'visible' && s.overflowY === 'visible') return clip;
  const r = el.getBoundingClientRect();
  return { left: Math.max(clip.left, r.left), right: Math.min(clip.right, r.right), top: Math.max(clip.top, r.top), bottom: Math.min(clip.bottom, r.bottom) };
}

/** The visible line boxes of every text node under `root`, descending into shadow roots. */
function textBoxes(root: ShadowRoot | Element, out: TextBox[], limit: number): void {
  const range = document.createRange();
  const walk = (node: Node, owner: Element | null, clip: Clip) => {
    if (out.length >= limit) return;
    if (node.nodeType === Node.TEXT_NODE) {
      if (!owner || !node.textContent!.trim()) return;
      range.selectNodeContents(node);
      // One rect per line, so wrapped text is not its whole paragraph's box. SVG text gives
      // no line rects, so its element's box stands for it.
      const rects = owner instanceof SVGElement ? [owner.getBoundingClientRect()] : [...range.getClientRects()];
      for (const r of rects) {
        const box = { left: Math.max(r.left, clip.left), right: Math.min(r.right, clip.right), top: Math.max(r.top, clip.top), bottom: Math.min(r.bottom, clip.bottom) };
        if (box.right - box.left < 1 || box.bottom - box.top < 1) continue;
        out.push({ node, owner, label: node.textContent!.trim().slice(0, 40), ...box });
      }
      return;
    }
    if (!(node instanceof Element)) return;
    if (['STYLE', 'SCRIPT', 'TEMPLATE', 'OPTION', 'TITLE', 'DESC'].includes(node.tagName.toUpperCase())) return;
    if (hidesText(node)) return;
    const inner = node instanceof SVGElement && !(node instanceof SVGSVGElement) ? clip : narrowClip(node, clip);
    if (node.shadowRoot) for (const c of node.shadowRoot.childNodes) walk(c, node, inner);
    for (const c of node.childNodes) walk(c, node, inner);
  };
  const all = { left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity };
  for (const c of root.childNodes) walk(c, root instanceof Element ? root : null, all);
}

const describeOwner = (el: Element) => `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;

/**
 * Pairs of visible text pieces whose boxes intersect by more than `tolerance` px in both axes
 * (at most six). Sweeps the boxes sorted by their left edge, so it stays near O(n log n).
 */
export function overlappingText(root: ShadowRoot, tolerance = 2, limit = 5000): string[] {
  const boxes: TextBox[] = [];
  textBoxes(root, boxes, limit);
  boxes.sort((a, b) => a.left - b.left);
  const out: string[] = [];
  const active: TextBox[] = [];
  for (const box of boxes) {
    for (let i = active.length - 1; i >= 0; i--) if (active[i]!.right - tolerance <= box.left) active.splice(i, 1);
    for (const other of active) {
      const dx = Math.min(box.right, other.right) - Math.max(box.left, other.left);
      const dy = Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top);
      if (dx > tolerance && dy > tolerance && box.node !== other.node) {
        out.push(`"${other.label}" (${describeOwner(other.owner)}) overlaps "${box.label}" (${describeOwner(box.owner)}) by ${Math.round(dx)}×${Math.round(dy)} px`);
        if (out.length >= 6) return out;
      }
    }
    active.push(box);
  }
  return out;
}

/** The element that has focus, through shadow roots. */
export function deepActiveElement(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/**
 * Whether the focused element draws a focus indicator: an outline or a box-shadow, or for an
 * SVG control (a map mark, a graph node) a stroke on the shape inside it that differs from the
 * same shape in an unfocused sibling of the same class.
 */
export function focusIndicator(el: Element): string | null {
  const s = getComputedStyle(el);
  if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) return `outline ${s.outlineWidth} ${s.outlineStyle}`;
  if (s.boxShadow && s.boxShadow !== 'none') return `box-shadow ${s.boxShadow}`;
  if (el instanceof SVGElement && el.parentElement) {
    const shapes = (x: Element) => [...x.querySelectorAll('circle, rect, path, ellipse, polygon')];
    const sibling = [...el.parentElement.children].find((x) => x !== el && x.getAttribute('class') === el.getAttribute('class'));
    const stroke = (x: Element | undefined) => (x ? `${getComputedStyle(x).stroke} ${getComputedStyle(x).strokeWidth}` : '');
    const own = shapes(el);
    const other = sibling ? shapes(sibling) : [];
    const i = own.findIndex((shape, k) => getComputedStyle(shape).stroke !== 'none' && stroke(shape) !== stroke(other[k]));
    if (sibling && i >= 0) return `stroke ${stroke(own[i])} on <${own[i]!.tagName}>`;
  }
  return null;
}

/**
 * In forced colours the browser keeps system colours as written and draws a Canvas-coloured
 * backplate behind text: text whose colour is Canvas itself (e.g. `color: var(--_bg)` on a
 * pressed button) vanishes. Lists such visible HTML text (at most six).
 */
export function textOnItsBackplate(root: ShadowRoot): string[] {
  const probe = document.createElement('span');
  probe.style.color = 'Canvas';
  document.body.append(probe);
  const canvas = getComputedStyle(probe).color;
  probe.remove();
  const boxes: TextBox[] = [];
  textBoxes(root, boxes, 5000);
  const owners = new Set(boxes.map((b) => b.owner).filter((o) => !(o instanceof SVGElement)));
  return [...owners]
    .filter((o) => getComputedStyle(o).color === canvas && getComputedStyle(o).forcedColorAdjust !== 'none')
    .slice(0, 6)
    .map((o) => `"${o.textContent!.trim().slice(0, 40)}" (${describeOwner(o)}) is drawn in Canvas on a Canvas backplate`);
}
