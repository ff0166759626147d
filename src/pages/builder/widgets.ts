/**
 * The widgets the builder previews and writes snippets for, with the attributes it offers
 * (the main ones from each element's `@attr` JSDoc; the rest stay documented there).
 */
export const WIDGET_NAMES = ['budget-chart', 'program-timeline', 'scorecard', 'participation-form', 'partner-map'] as const;
export type WidgetName = (typeof WIDGET_NAMES)[number];

export interface AttributeSpec {
  name: string;
  /** A fixed list (the first, '', means "default"), else free text. */
  options?: readonly string[];
}

export interface WidgetSpec {
  tag: string;
  /** `view` values; empty when the widget has no views. */
  views: readonly string[];
  /** Whether the widget reads `year`. */
  year: boolean;
  attributes: readonly AttributeSpec[];
}

export const WIDGETS: Readonly<Record<WidgetName, WidgetSpec>> = {
  'budget-chart': {
    tag: 'kpm-budget-chart',
    views: ['ringkasan', 'pendapatan', 'belanja', 'jenis', 'pembiayaan', 'tren'],
    year: true,
    attributes: [{ name: 'version', options: ['', 'rancangan', 'murni', 'perubahan'] }, { name: 'controls', options: ['', 'none'] }],
  },
  'program-timeline': {
    tag: 'kpm-program-timeline',
    views: ['timeline', 'list'],
    year: true,
    attributes: [
      { name: 'group', options: ['', 'bidang', 'status', 'tahun'] },
      { name: 'zoom', options: ['', 'year', 'quarter', 'month'] },
      { name: 'controls', options: ['', 'none'] },
    ],
  },
  scorecard: {
    tag: 'kpm-scorecard',
    views: [],
    year: false,
    attributes: [{ name: 'mode', options: ['', 'edit'] }, { name: 'group' }, { name: 'controls', options: ['', 'none'] }],
  },
  'participation-form': {
    tag: 'kpm-participation-form',
    views: ['form', 'list'],
    year: false,
    attributes: [{ name: 'endpoint' }, { name: 'privacy-href' }],
  },
  'partner-map': {
    tag: 'kpm-partner-map',
    views: ['map', 'relationships', 'list'],
    year: true,
    attributes: [{ name: 'color-by', options: ['', 'status', 'role'] }],
  },
};

/**
 * Whether the data holds anything for a widget, by the first collection its class lists in
 * `dataKeys` (the participation form also works on data without `usulan`).
 */
export function hasDataFor(name: WidgetName, data: Readonly<Record<string, unknown>>): boolean {
  if (name === 'participation-form') return true;
  const keys = (customElements.get(WIDGETS[name].tag) as { dataKeys?: string[] } | undefined)?.dataKeys ?? [];
  const first = keys[0];
  return first !== undefined && Array.isArray(data[first]) && (data[first] as unknown[]).length > 0;
}

export function isWidgetName(name: string): name is WidgetName {
  return (WIDGET_NAMES as readonly string[]).includes(name);
}
