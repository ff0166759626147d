/**
 * The size a drawing is laid out at, from the width it is shown at, so its text and marks keep
 * their size in CSS pixels. An SVG drawn 600 units wide and shown 300 px wide on a phone halves
 * everything in it: 10 px letters read as 5 px, marks become too small to tap.
 */

/**
 * The width to lay a graph out at, for a box `boxWidth` px wide (0: not measured yet, the
 * `fallback`). In 20 px steps, so a resize does not lay it out again for every pixel; never
 * under 300 (the box scrolls instead), nor over 900 (on a wide screen the drawing grows, its
 * letters gently with it).
 */
export function graphLayoutWidth(boxWidth: number, fallback: number): number {
  if (!(boxWidth > 0)) return fallback;
  return Math.min(900, Math.max(300, Math.floor(boxWidth / 20) * 20));
}

/**
 * How much larger to draw marks on a drawing `drawingWidth` units wide shown in `boxWidth` px,
 * so they keep at least their size in px: 2 when it is shown at half its width, 1 when it is
 * shown at its width or wider (there they grow with the drawing, as its text does).
 */
export function markScale(boxWidth: number, drawingWidth: number): number {
  return boxWidth > 0 ? Math.max(1, drawingWidth / boxWidth) : 1;
}
