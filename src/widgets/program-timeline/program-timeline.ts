import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { renderLiveRegion } from '../../core/a11y-announce.js';
import { joinList, splitList } from '../../core/attr-list.js';
import { KpmElement } from '../../core/base-element.js';
import { csvBlob } from '../../core/csv.js';
import { downloadBlob } from '../../core/download.js';
import { formatDate, formatList, formatNumber, formatPercent } from '../../core/format.js';
import { rovingIndex } from '../../core/roving-focus.js';
import { swipeHandlers, wheelHandler } from '../../core/swipe.js';
import { calendarDateIn, yearOf } from '../../model/timeline-dates.js';
import { filterKegiatan, GROUP_BYS, groupKegiatan, kegiatanYears, type GroupBy } from '../../model/timeline-filter.js';
import { timeWindow, todayX, yearLabelStep, ZOOMS, type TimeWindow, type Zoom } from '../../model/timeline-layout.js';
import { planningLane, planningYears, type PlanningLane } from '../../model/timeline-milestones.js';
import { summarizeKegiatan } from '../../model/timeline-summary.js';
import { traceKegiatan } from '../../model/timeline-trace.js';
import { LABEL_BIDANG, LABEL_STATUS_KEGIATAN, type Kegiatan, type KpmDesaDataset } from '../../schema/index.js';
import { renderAxis, renderLane, renderMilestoneList } from './axis.js';
import { renderControls } from './controls.js';
import { renderDetail } from './detail.js';
import { programTimelineStyles } from './program-timeline.styles.js';
import { buildRow, dusunNames, type TimelineRow } from './row-model.js';
import { AXIS_WIDTH, renderRows, shownIndices, TIMELINE_PAGE, type RowGroup } from './rows.js';
import { TIMELINE_VIEWS, timelineStrings, type TimelineView } from './strings.js';
import { rowsCsv, rowsTable } from './table.js';
import { programTimelineValidator } from './validator.js';
import { villageTitle } from '../../core/village.js';

/** Where a swipe or sideways wheel pans the time window: the chart of the timeline view. */
const CHART_AREA = 'figure.timeline :is(.rows, .axis, .lane)';

/**
 * The `year` attribute as a year, or undefined (every year) when it is removed, blank or not a
 * number: Lit's Number converter gives null or NaN there, and no kegiatan has that year.
 */
function yearFromAttribute(value: string | null): number | undefined {
  const year = value === null || value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(year) ? year : undefined;
}

/** Below this width (px) bars would be unreadable: the list is the default view. */
const TIMELINE_MIN_WIDTH = 560;

/** Detail of `kpm-filter`: the filter state, as the attributes write it. */
export interface TimelineFilterDetail {
  year?: number;
  bidang: string[];
  status: string[];
  dusun: string[];
  q: string;
}

interface Shown {
  data: KpmDesaDataset;
  rows: TimelineRow[];
  groups: RowGroup[];
  total: number;
  window: TimeWindow;
}

interface Grouped {
  key: unknown[];
  list: Kegiatan[];
  groups: Omit<RowGroup, 'limit'>[];
  rows: TimelineRow[];
}

/**
 * `<kpm-program-timeline>`: the village's programmes and activities over time — what was
 * proposed, planned, budgeted, under way, done, postponed or cancelled, how far the work has
 * got, and where each one came from — as an accessible list or a timeline with the planning
 * cycle on its own lane, with filters a host page can deep-link.
 *
 * @element kpm-program-timeline
 * @attr view - `list` | `timeline`. Default: the timeline when the widget is at least 560 px wide, else the list.
 * @attr group - `bidang` | `status` | `tahun` (default `bidang`).
 * @attr zoom - Time-axis scale: `year` | `quarter` | `month` (default `year`).
 * @attr year - Fiscal year to show (default: every year in the data).
 * @attr filter-bidang - Bidang numbers to show, space-separated (`"2 3"`).
 * @attr filter-status - Statuses to show, space-separated (`"berjalan tertunda"`).
 * @attr filter-dusun - Dusun ids to show, space-separated.
 * @attr filter-q - Words every shown kegiatan contains.
 * @attr today - Pins "today" (YYYY-MM-DD) for the today line and the opening quarter/month; by default it is today's date in the village's time zone (`desa.zonaWaktu`, else Asia/Jakarta).
 * @attr controls - `none` hides the controls (static embeds, print).
 * @event kpm-select - A kegiatan's detail was opened. Detail: `{ id: string }`.
 * @event kpm-filter - The reader changed a filter. Detail: `{ year?, bidang, status, dusun, q }` (deep-link state).
 * @csspart figure - The whole view. @csspart title - Its heading. @csspart summary - The generated summary.
 * @csspart controls - The controls. @csspart filters - The filter panel.
 * @csspart rows - The grouped rows. @csspart row - One kegiatan. @csspart bar - A timeline bar.
 * @csspart more - Under a group longer than 50 rows: how many are shown, and the button that shows the next 50.
 * @csspart axis - The time axis. @csspart lane - The planning lane. @csspart milestones - The planning milestones as a list.
 * @csspart detail - The open kegiatan's detail. @csspart progress-log - Its progress log. @csspart photo - A progress photo.
 * @csspart trace - Its usulan and APBDes trace. @csspart table - The data table. @csspart table-more - Under a long table: how many rows show, and the button for more. @csspart live - The live region.
 * @cssproperty --kpm-color-status-usulan - Bar colour for usulan; likewise -direncanakan, -dianggarkan, -berjalan, -selesai, -tertunda, -dibatalkan.
 */
export class KpmProgramTimeline extends KpmElement {
  static override dataKeys = ['kegiatan', 'dokumenPerencanaan', 'forum'];
  static override datasetValidator = programTimelineValidator;
  static override styles = [...KpmElement.styles, programTimelineStyles];

  @property({ reflect: true }) view?: string;
  @property({ reflect: true }) group: string = 'bidang';
  @property({ reflect: true }) zoom: string = 'year';
  @property({ type: Number, reflect: true, converter: { fromAttribute: yearFromAttribute } }) year?: number;
  @property({ reflect: true, attribute: 'filter-bidang' }) filterBidang?: string;
  @property({ reflect: true, attribute: 'filter-status' }) filterStatus?: string;
  @property({ reflect: true, attribute: 'filter-dusun' }) filterDusun?: string;
  @property({ reflect: true, attribute: 'filter-q' }) filterQ?: string;

  @state() private wide = true;
  @state() private pan = 0;
  /** A sideways swipe over the chart (timeline view) pans one window, like ‹ and ›. */
  private readonly swipe = swipeHandlers(CHART_AREA, (step) => this.panBy(step));
  /** So does a sideways trackpad swipe or shift+wheel. */
  private readonly wheel = wheelHandler(CHART_AREA, (step) => this.panBy(step));
  @state() private active = 0;
  @state() private open: string | null = null;
  @state() private showTable = false;
  @state() private announcement = '';
  /** Rows shown per group key, when more than the first page was asked for. */
  @state() private limits: Record<string, number> = {};
  /** Every how many years the axis prints a year: measured after rendering, so labels never overlap. */
  @state() private yearStep = 1;
  /** The widest year label measured so far (px), with a little room after it. */
  private yearLabelWidth = 0;

  private shown: Shown | null = null;
  /** The global indices of the rendered rows, in order: what the arrow keys move through. */
  private rendered: number[] = [];
  private grouped: Grouped | null = null;
  /** The planning lane of the data last drawn: every render and `hasContent` ask for it. */
  private lane: { data: KpmDesaDataset; lane: PlanningLane } | null = null;
  private focusPending: 'row' | 'detail' | null = null;
  private resize: ResizeObserver | null = null;
  private measured = false;

  private get strings() {
    return timelineStrings(this.language);
  }

  /** The view shown: the attribute when valid, else by the widget's own width. */
  get currentView(): TimelineView {
    if ((TIMELINE_VIEWS as readonly string[]).includes(this.view ?? '')) return this.view as TimelineView;
    return this.wide ? 'timeline' : 'list';
  }

  private get groupBy(): GroupBy {
    return (GROUP_BYS as readonly string[]).includes(this.group) ? (this.group as GroupBy) : 'bidang';
  }

  private get zoomLevel(): Zoom {
    return (ZOOMS as readonly string[]).includes(this.zoom) ? (this.zoom as Zoom) : 'year';
  }

  /** The pinned `today`, else today's date where the village is (its zonaWaktu). */
  private todayIn(desa: KpmDesaDataset['desa']): string {
    return this.today && /^\d{4}-\d{2}-\d{2}$/.test(this.today) ? this.today : calendarDateIn(new Date(), desa.zonaWaktu);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      const wide = width >= TIMELINE_MIN_WIDTH;
      // Next task: switching views changes the height inside this very notification, which
      // the browser would report as a ResizeObserver loop.
      if (width > 0 && wide !== this.wide) setTimeout(() => (this.wide = wide));
      // The axis track follows the widget's width: how many year labels fit may change.
      setTimeout(() => this.fitYearLabels());
    });
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    this.resize = null;
  }

  /** Kegiatan, or a planning cycle to draw: a village may publish its planning before any kegiatan. */
  protected override hasContent(data: KpmDesaDataset): boolean {
    if ((data.kegiatan ?? []).length > 0) return true;
    const lane = this.laneOf(data);
    return lane.points.length > 0 || lane.periods.length > 0;
  }

  /** "No kegiatan yet; the planning cycle: 2 forums and 3 planning documents" (those the lane can place). */
  private planningSummary(lane: PlanningLane): string {
    const lang = this.language;
    const forums = lane.points.filter((m) => m.source === 'forum').length;
    const documents = new Set([...lane.points.filter((m) => m.source === 'dokumen'), ...lane.periods].map((d) => d.id)).size;
    return this.strings.planningOnly(forums, formatNumber(forums, lang), documents, formatNumber(documents, lang));
  }

  protected override emptyMessage(): string {
    return this.strings.empty;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.measured) {
      // Measured once before the first ready render, so a phone never flashes the timeline;
      // a tab in the background gets no ResizeObserver callbacks until it is shown.
      const width = this.getBoundingClientRect().width;
      if (width > 0) {
        this.wide = width >= TIMELINE_MIN_WIDTH;
        this.measured = true;
      }
    }
    if (changed.has('zoom') || changed.has('year')) this.pan = 0;
    if (['year', 'filterBidang', 'filterStatus', 'filterDusun', 'filterQ', 'group'].some((p) => changed.has(p as never))) {
      this.active = 0;
      this.limits = {};
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusPending === 'detail') {
      (this.renderRoot.querySelector('#detail-title') as HTMLElement | null)?.focus();
    } else if (this.focusPending === 'row') {
      (this.renderRoot.querySelector(`.mark[data-index="${this.active}"]`) as HTMLElement | null)?.focus();
    }
    this.focusPending = null;
    this.fitYearLabels();
  }

  /**
   * Thins the axis's year labels to what its track has room for (every 2nd, 5th, 10th … year).
   * The step depends on the track's width and the window, not on the labels shown, so setting
   * it renders once more and then holds.
   */
  private fitYearLabels(): void {
    const track = this.renderRoot.querySelector<HTMLElement>('.axis-track');
    const w = this.shown?.window;
    if (!track || !w) return;
    for (const label of track.querySelectorAll<HTMLElement>('.tick.year')) {
      // A label's own width, plus a quarter of it as room before the next one.
      if (label.textContent) this.yearLabelWidth = Math.max(this.yearLabelWidth, label.getBoundingClientRect().width * 1.25);
    }
    const step = yearLabelStep(w.days, track.clientWidth, this.yearLabelWidth);
    if (step !== this.yearStep) this.yearStep = step;
  }

  /** The filters as the attributes hold them. */
  get filters(): TimelineFilterDetail {
    return {
      year: this.year,
      bidang: splitList(this.filterBidang),
      status: splitList(this.filterStatus),
      dusun: splitList(this.filterDusun),
      q: this.filterQ ?? '',
    };
  }

  private visible(data: KpmDesaDataset): Kegiatan[] {
    const f = this.filters;
    return filterKegiatan(data.kegiatan ?? [], {
      year: f.year,
      bidang: f.bidang.map(Number),
      status: f.status,
      dusun: f.dusun,
      q: f.q,
    });
  }

  /**
   * The filtered kegiatan, grouped, with each row's words. Kept while data, language, grouping
   * and filters stay: with thousands of kegiatan, building every row again on each arrow key,
   * "show more" or opened detail would make the widget lag.
   */
  private groupedRows(data: KpmDesaDataset): Grouped {
    const key = [data, this.language, this.groupBy, this.year, this.filterBidang, this.filterStatus, this.filterDusun, this.filterQ];
    if (this.grouped && key.every((v, i) => v === this.grouped!.key[i])) return this.grouped;
    const list = this.visible(data);
    const dusun = dusunNames(data);
    const groups = groupKegiatan(list, this.groupBy).map((g) => ({
      key: String(g.key),
      label: this.groupLabel(g.key),
      rows: g.items.map((k) => buildRow(k, dusun, this.language, this.strings)),
    }));
    this.grouped = { key, list, groups, rows: groups.flatMap((g) => g.rows) };
    return this.grouped;
  }

  private laneOf(data: KpmDesaDataset): PlanningLane {
    if (this.lane?.data !== data) this.lane = { data, lane: planningLane(data) };
    return this.lane.lane;
  }

  private groupLabel(key: number | string): string {
    const lang = this.language;
    if (this.groupBy === 'bidang') return `${key}. ${LABEL_BIDANG[key as 1][lang]}`;
    if (this.groupBy === 'status') return LABEL_STATUS_KEGIATAN[key as 'usulan'][lang];
    return String(key);
  }

  private summary(list: readonly Kegiatan[], first: number, last: number): string {
    const s = this.strings;
    const lang = this.language;
    const sum = summarizeKegiatan(list);
    const statuses = formatList(sum.perStatus.map((p) => s.statusCount(formatNumber(p.count, lang), LABEL_STATUS_KEGIATAN[p.status][lang])), lang);
    const avg = sum.averageProgress === null ? null : formatPercent(sum.averageProgress, lang);
    return s.summary(sum.total, formatNumber(sum.total, lang), s.period(first, last), statuses, avg);
  }

  protected renderReady(data: KpmDesaDataset): TemplateResult {
    const s = this.strings;
    const lang = this.language;
    const view = this.currentView;
    const all = data.kegiatan ?? [];
    const { list, groups: grouped, rows } = this.groupedRows(data);
    const groups: RowGroup[] = grouped.map((g) => ({ ...g, limit: this.limits[g.key] ?? TIMELINE_PAGE }));
    const years = kegiatanYears(all);
    const lane = this.laneOf(data);
    // Without any kegiatan (planning published first) the window spans the planning cycle.
    const planningOnly = all.length === 0;
    const spanYears = rows.length
      ? rows.flatMap((r) => [yearOf(r.span.mulai), yearOf(r.span.selesai)])
      : planningOnly
        ? planningYears(lane)
        : years;
    const first = this.year ?? Math.min(...spanYears);
    const last = this.year ?? Math.max(...spanYears);
    const today = this.todayIn(data.desa);
    const window = timeWindow({ zoom: this.zoomLevel, firstYear: first, lastYear: last, anchor: today, pan: this.pan });
    this.shown = { data, rows, groups, total: all.length, window };
    this.rendered = shownIndices(groups);
    // The tab stop stays on a rendered row, so the rows can always be reached.
    const active = this.rendered.includes(this.active) ? this.active : (this.rendered[0] ?? 0);
    const tx = todayX(today, window, AXIS_WIDTH);
    const windowLabel = s.windowLabel(formatDate(window.start, lang, 'medium'), formatDate(window.end, lang, 'medium'));
    const title = s.title(villageTitle(data.desa, lang));
    const summaryYears = this.year !== undefined ? [this.year] : kegiatanYears(list);
    return html`<figure part="figure" aria-labelledby="title" class=${view} @pointerdown=${this.swipe.start}
        @pointerup=${this.swipe.end} @pointercancel=${this.swipe.end} @wheel=${this.wheel}>
        <figcaption>
          <h2 id="title" part="title">${title}</h2>
          <p class="summary" part="summary">${planningOnly
            ? this.planningSummary(lane)
            : this.summary(list, summaryYears[0] ?? first, summaryYears[summaryYears.length - 1] ?? last)}</p>
        </figcaption>
        ${this.controls === 'none'
          ? nothing
          : renderControls(
              {
                view,
                group: this.groupBy,
                zoom: this.zoomLevel,
                years,
                year: this.year,
                ...this.filters,
                dusunOptions: data.desa.dusun ?? [],
                windowLabel,
                kegiatan: !planningOnly,
              },
              {
                view: (v) => (this.view = v),
                group: (g) => (this.group = g),
                zoom: (z) => {
                  this.zoom = z;
                  this.announceWindow();
                },
                pan: (step) => this.panBy(step),
                year: (y) => this.setFilters({ year: y }),
                toggle: (name, value, on) => {
                  const current = this.filters[name];
                  this.setFilters({ [name]: on ? [...current, value] : current.filter((v) => v !== value) });
                },
                q: (text) => this.setFilters({ q: text }),
                clear: () => this.setFilters({ year: undefined, bidang: [], status: [], dusun: [], q: '' }),
              },
              lang,
              s,
            )}
        ${view === 'timeline'
          ? html`<p class="window" part="window">${windowLabel}</p>
              ${renderAxis(window, this.zoomLevel, tx, lang, s, this.yearStep)}${renderLane(lane, window, tx, s)}`
          : nothing}
        ${rows.length
          ? renderRows({
              groups,
              window: view === 'timeline' ? window : undefined,
              todayX: tx,
              active,
              open: this.open,
              lang,
              s,
              onKey: (e) => this.onKey(e),
              onOpen: (i) => this.openAt(i),
              onFocus: (i) => (this.active = i),
              onMore: (key) => this.showMore(key),
              detail: (row) => renderDetail({ row, data, trace: traceKegiatan(data, row.k), lang, s, onClose: () => this.closeDetail() }),
            })
          : planningOnly
            ? nothing
            : html`<p class="panel" part="empty" role="status">${s.noMatch}</p>`}
        <p id="key-hint" class="sr-only">${s.keyHint}</p>
        ${view === 'timeline'
          ? renderMilestoneList(lane, window.start, window.end, lang, s, planningOnly)
          : renderMilestoneList(lane, `${first}-01-01`, `${last}-12-31`, lang, s, planningOnly)}
        ${planningOnly
          ? nothing
          : html`<div class="actions">
                <button type="button" aria-expanded=${this.showTable ? 'true' : 'false'} aria-controls="table"
                  @click=${() => (this.showTable = !this.showTable)}>${this.showTable ? s.hideTable : s.showTable}</button>
                ${this.controls === 'none' ? nothing : html`<button type="button" data-download="csv" @click=${() => this.downloadCsv()}>${s.downloadCsv}</button>`}
              </div>
              <div id="table" class="table-wrap" ?hidden=${!this.showTable}>
                ${this.showTable ? this.renderTable(rowsTable(title, rows, lang, s)) : nothing}
              </div>`}
      </figure>
      ${renderLiveRegion(this.announcement)}`;
  }

  // --- interaction ---

  /** Changes filters the way a reader does: attributes reflect, `kpm-filter` fires, the count is announced. */
  private setFilters(next: Partial<TimelineFilterDetail>): void {
    if ('year' in next) this.year = next.year;
    if (next.bidang) this.filterBidang = joinList(next.bidang);
    if (next.status) this.filterStatus = joinList(next.status);
    if (next.dusun) this.filterDusun = joinList(next.dusun);
    if (next.q !== undefined) this.filterQ = next.q || undefined;
    this.open = null;
    this.emit<TimelineFilterDetail>('kpm-filter', this.filters);
    void this.updateComplete.then(() => {
      if (this.shown) this.announcement = this.strings.showing(this.shown.rows.length, this.shown.total);
    });
  }

  private panBy(step: number): void {
    this.pan += step;
    this.announceWindow();
  }

  private announceWindow(): void {
    void this.updateComplete.then(() => {
      const w = this.shown?.window;
      if (w) this.announcement = this.strings.windowLabel(formatDate(w.start, this.language), formatDate(w.end, this.language));
    });
  }

  private openAt(index: number): void {
    const row = this.shown?.rows[index];
    if (!row) return;
    this.active = index;
    if (this.open === row.k.id) {
      this.closeDetail();
      return;
    }
    this.open = row.k.id;
    this.focusPending = 'detail';
    this.emit('kpm-select', { id: row.k.id });
  }

  private closeDetail(): void {
    if (this.open === null) return;
    const index = this.shown?.rows.findIndex((r) => r.k.id === this.open) ?? -1;
    this.open = null;
    if (index >= 0) this.active = index;
    this.focusPending = 'row';
  }

  private onKey(e: KeyboardEvent): void {
    const next = rovingIndex(e.key, Math.max(0, this.rendered.indexOf(this.active)), this.rendered.length);
    if (next !== null && (e.target as HTMLElement).classList.contains('mark')) {
      e.preventDefault();
      this.active = this.rendered[next]!;
      this.focusPending = 'row';
    }
  }

  /** The next page of a group's rows; focus goes to the first new row, the count is announced. */
  private showMore(key: string): void {
    let offset = 0;
    for (const g of this.shown?.groups ?? []) {
      const shown = Math.min(g.limit, g.rows.length);
      if (g.key === key) {
        const limit = Math.min(shown + TIMELINE_PAGE, g.rows.length);
        this.limits = { ...this.limits, [key]: limit };
        this.active = offset + shown;
        this.focusPending = 'row';
        const lang = this.language;
        this.announcement = this.strings.groupShowing(formatNumber(limit, lang), formatNumber(g.rows.length, lang), g.label);
        return;
      }
      offset += g.rows.length;
    }
  }

  /** Esc anywhere in the widget closes the open detail and returns to its row. */
  protected override firstUpdated(): void {
    this.renderRoot.addEventListener('keydown', (e) => {
      const ev = e as KeyboardEvent;
      if (ev.key === 'Escape' && this.open !== null) {
        ev.preventDefault();
        ev.stopPropagation();
        this.closeDetail();
      }
    });
  }

  // --- downloads ---

  /** The CSV's rows, as the download writes them (for developers and tests). */
  csvRows() {
    return this.shown ? rowsCsv(this.shown.rows, this.strings) : [];
  }

  private downloadCsv(): void {
    const y = this.year ?? 'semua';
    downloadBlob(csvBlob(this.csvRows()), `kegiatan-${y}.csv`);
  }
}
