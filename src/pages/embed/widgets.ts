/**
 * The widgets embed.html may show, and the attributes a query parameter may set on each: the
 * documented `@attr`s of each element class (custom-elements.json), minus `src` and `lang`,
 * which the page handles itself. A test keeps this list equal to the manifest.
 */
export const EMBED_WIDGETS = {
  'budget-chart': ['view', 'year', 'version', 'as-of', 'village-name', 'village-code', 'controls', 'today', 'timeout', 'max-bytes'],
  'program-timeline': ['view', 'group', 'zoom', 'year', 'filter-bidang', 'filter-status', 'filter-dusun', 'filter-q', 'today', 'controls', 'timeout', 'max-bytes'],
  scorecard: ['group', 'mode', 'framework', 'controls', 'today', 'timeout', 'max-bytes'],
  'participation-form': ['view', 'endpoint', 'encoding', 'privacy-href', 'privacy-version', 'require-dusun', 'forum', 'min-fill-seconds', 'rate-limit', 'send-timeout', 'draft-key', 'controls', 'today', 'timeout', 'max-bytes'],
  'partner-map': ['view', 'boundaries', 'color-by', 'filter-peran', 'filter-status', 'filter-tema', 'filter-jenis', 'filter-bidang', 'year', 'controls', 'today', 'timeout', 'max-bytes'],
} as const satisfies Record<string, readonly string[]>;

export type EmbedWidget = keyof typeof EMBED_WIDGETS;

export function isEmbedWidget(name: string): name is EmbedWidget {
  return Object.hasOwn(EMBED_WIDGETS, name);
}

/**
 * Loads only the chosen widget's module, so the page downloads one widget, not five. A
 * literal import per widget lets Vite split each into its own chunk.
 */
export const WIDGET_MODULES: Record<EmbedWidget, () => Promise<unknown>> = {
  'budget-chart': () => import('../../widgets/budget-chart/index.js'),
  'program-timeline': () => import('../../widgets/program-timeline/index.js'),
  scorecard: () => import('../../widgets/scorecard/index.js'),
  'participation-form': () => import('../../widgets/participation-form/index.js'),
  'partner-map': () => import('../../widgets/partner-map/index.js'),
};
