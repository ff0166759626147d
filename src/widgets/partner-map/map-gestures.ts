import type { Point } from '../../model/map-projection.js';

export interface GestureTarget {
  width: number;
  height: number;
  pan: (dx: number, dy: number) => void;
  zoom: (factor: number, at: Point) => void;
}

/** Movement (in screen pixels) below which a press is a click, not a drag. */
const CLICK_SLOP = 4;

/**
 * Mouse and touch on the map: the wheel zooms at the cursor, one pointer drags, two pointers
 * pinch (their distance sets the zoom, their midpoint stays put). A press that turned into a
 * drag does not also count as a click on the mark under it.
 */
export class MapGestures {
  private pointers = new Map<number, { x: number; y: number }>();
  private dragged = false;

  constructor(private readonly target: GestureTarget) {}

  /** Client pixels to SVG units: the map is drawn at whatever width the page gives it. */
  private toSvg(svg: Element, clientX: number, clientY: number): Point {
    const r = svg.getBoundingClientRect();
    const { width, height } = this.target;
    return [((clientX - r.left) * width) / (r.width || width), ((clientY - r.top) * height) / (r.height || height)];
  }

  /** True (once) when the click that follows a drag should be ignored. */
  consumeDrag(): boolean {
    const was = this.dragged;
    this.dragged = false;
    return was;
  }

  wheel(e: WheelEvent): void {
    e.preventDefault();
    this.target.zoom(Math.exp(-e.deltaY * 0.002), this.toSvg(e.currentTarget as Element, e.clientX, e.clientY));
  }

  down(e: PointerEvent): void {
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    this.dragged = false;
  }

  move(e: PointerEvent): void {
    const prev = this.pointers.get(e.pointerId);
    if (!prev) return;
    if (!this.dragged && Math.hypot(e.clientX - prev.x, e.clientY - prev.y) < CLICK_SLOP) return;
    const svg = e.currentTarget as Element;
    if (!this.dragged) {
      this.dragged = true;
      try {
        svg.setPointerCapture(e.pointerId);
      } catch {
        // A pointer that is already gone cannot be captured; the drag still works without it.
      }
    }
    const [x0, y0] = this.toSvg(svg, prev.x, prev.y);
    const [x1, y1] = this.toSvg(svg, e.clientX, e.clientY);
    const others = [...this.pointers].filter(([id]) => id !== e.pointerId);
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (others.length === 1) {
      const [ox, oy] = this.toSvg(svg, others[0][1].x, others[0][1].y);
      const before = Math.hypot(x0 - ox, y0 - oy);
      if (before > 0) this.target.zoom(Math.hypot(x1 - ox, y1 - oy) / before, [(x1 + ox) / 2, (y1 + oy) / 2]);
      return;
    }
    this.target.pan(x1 - x0, y1 - y0);
  }

  up(e: PointerEvent): void {
    this.pointers.delete(e.pointerId);
  }
}
