/**
 * A touch or pen swipe read as one step: -1 (back, the finger moved right), 1 (forward, it
 * moved left) or 0 (too short, or more up-and-down than sideways, which is the page
 * scrolling). 40 px is about a fingertip's width: shorter moves are taps that wobbled.
 */
export function swipeStep(dx: number, dy: number, minimum = 40): -1 | 0 | 1 {
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) return 0;
  if (Math.abs(dx) < minimum || Math.abs(dx) < 2 * Math.abs(dy)) return 0;
  return dx < 0 ? 1 : -1;
}

/**
 * Pointer handlers that call `step` for each horizontal swipe of a touch or pen that starts
 * inside an element matching `within`; the mouse is left to select text and press buttons.
 */
export function swipeHandlers(within: string, step: (direction: -1 | 1) => void) {
  let from: { id: number; x: number; y: number } | null = null;
  return {
    start(e: PointerEvent) {
      const inside = e.pointerType !== 'mouse' && e.isPrimary && (e.target as Element).closest?.(within);
      from = inside ? { id: e.pointerId, x: e.clientX, y: e.clientY } : null;
    },
    end(e: PointerEvent) {
      const started = from;
      from = null;
      if (!started || started.id !== e.pointerId || e.type === 'pointercancel') return;
      const direction = swipeStep(e.clientX - started.x, e.clientY - started.y);
      if (direction) step(direction);
    },
  };
}

/**
 * A wheel handler that calls `step` once per sideways trackpad swipe (or shift+wheel) over an
 * element matching `within`: the sideways distance adds up until it reaches `distance`, then
 * the rest of that gesture's momentum is let go (`quiet` ms without a step). A gesture that
 * stops short (`quiet` ms without wheel events) or turns back leaves nothing behind. Up-and-down
 * wheeling stays the page's scroll; a sideways one is taken, so the browser does not read it
 * as "back".
 */
export function wheelHandler(within: string, step: (direction: -1 | 1) => void, distance = 120, quiet = 600) {
  let sum = 0;
  let lockedUntil = 0;
  let lastAt = -Infinity;
  return {
    passive: false,
    handleEvent(e: WheelEvent) {
      // Some browsers and mice count in lines or pages, not pixels.
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
      const dx = (e.deltaX || (e.shiftKey ? e.deltaY : 0)) * unit;
      if (Math.abs(dx) <= Math.abs(e.shiftKey ? 0 : e.deltaY * unit) || !(e.target as Element).closest?.(within)) return;
      e.preventDefault();
      if (e.timeStamp < lockedUntil) {
        lockedUntil = e.timeStamp + quiet;
        return;
      }
      // A new gesture starts from nothing: a short nudge a minute ago, or one the other way,
      // must not turn a later short nudge into a step.
      if (e.timeStamp - lastAt > quiet || Math.sign(dx) !== Math.sign(sum)) sum = 0;
      lastAt = e.timeStamp;
      sum += dx;
      const direction = swipeStep(-sum, 0, distance);
      if (direction) {
        sum = 0;
        lockedUntil = e.timeStamp + quiet;
        step(direction);
      }
    },
  };
}
