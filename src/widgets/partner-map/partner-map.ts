import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { renderLiveRegion } from '../../core/a11y-announce.js';
import { splitList } from '../../core/attr-list.js';
import { KpmElement } from '../../core/base-element.js';
import { csvBlob } from '../../core/csv.js';
import type { DatasetState } from '../../core/dataset-state.js';
import { downloadBlob } from '../../core/download.js';
import { formatNumber, formatRupiah } from '../../core/format.js';
import { renderIssueList } from '../../core/issue-list.js';
import { curedByConnection, describeLoadError } from '../../core/load-error.js';
import { rovingIndex } from '../../core/roving-focus.js';
import { fitMapFrame, shapePath, shapePositions, type MapFrame, type Point } from '../../model/map-projection.js';
import { IDENTITY, MAX_ZOOM, panBy, zoomAround, type ViewTransform } from '../../model/map-view.js';
import { filterNetwork, filterOptions, partnerSummary, type PartnerFilter } from '../../model/partner-filter.js';
import { graphLayoutWidth, markScale } from '../../model/drawing-size.js';
import { layoutPartnerGraph, type GraphLayout } from '../../model/partner-graph-layout.js';
import { buildPartnerNetwork, orgIndex, type NetworkOrg, type NetworkPartnership, type PartnerNetwork } from '../../model/partner-network.js';
import { mapPlaces, type MapPlace } from '../../model/partner-points.js';
import type { KpmDesaDataset } from '../../schema/index.js';
import { LABEL_PERAN_MITRA, PERAN_MITRA } from '../../schema/index.js';
import { BoundaryLoader } from './boundaries.js';
import { renderFilters, type FilterKey } from './filters.js';
import { renderGraph } from './graph-view.js';
import { renderList } from './list-view.js';
import { MapGestures } from './map-gestures.js';
import { computeMarks, legendItems, placeLabel, type LabelContext, type PlacedMark } from './map-marks.js';
import { renderLegend, renderMap, type LegendItem } from './map-view.js';
import { partnerMapStyles } from './partner-map.styles.js';
import { MultiSourceLoader } from './sources.js';
import { partnerStrings, PARTNER_VIEWS, type PartnerView } from './strings.js';
import { partnerCsv, partnerTable } from './table.js';
import { partnerMapValidator } from './validator.js';
import { villageTitle } from '../../core/village.js';

const MAP_W = 600;
const MAP_H = 400;
const CLUSTER_RADIUS = 18;
/** Below this width the list is the default view: a map of a village on a 320 px phone says little. */
const NARROW = 480;
const PAN_STEP = 60;

interface Prepared {
  datasets: readonly KpmDesaDataset[];
  network: PartnerNetwork;
  orgs: Map<string, NetworkOrg>;
  places: MapPlace[];
}

interface Shown {
  filterKey: string;
  network: PartnerNetwork;
  partnerships: Map<string, NetworkPartnership>;
}

/**
 * `<kpm-partner-map>`: who works with the village, in what role, and where — as a list of
 * partnerships (the accessible primary, default on narrow screens), a map of boundaries and
 * points, and a relationship graph. Several villages' datasets can be shown together: an
 * organisation listed by several of them is drawn once when the records share an identifier
 * (IATI, AHU, NPWP …) or their exact name — for a BPD, BUM Desa or LKD only within one
 * village, as every village has its own.
 *
 * @element kpm-partner-map
 * @attr src - One dataset URL, or several separated by spaces (an NGO's villages on one map).
 * @attr view - map | relationships | list (default: map, or list when narrower than 480 px).
 * @attr boundaries - URL of a GeoJSON or TopoJSON boundary file (default: each dataset's `desa.batasWilayah`).
 * @attr color-by - status | role: what the colour, shape and letter of a partnership point show (default status).
 * @attr filter-peran - Role slugs, space-separated (`"pendana pengelola_dana"`). @attr filter-jenis - Organisation type slugs.
 * @attr filter-status - Statuses: direncanakan aktif selesai dihentikan. @attr filter-bidang - Bidang numbers 1–5 (`"2 4"`).
 * @attr filter-tema - One theme, exactly as in the data (themes contain spaces, so not a list). @attr year - Partnerships running in this year.
 * @prop boundaryData - Boundaries as a GeoJSON/TopoJSON object (instead of `boundaries`).
 * @event kpm-select - A point, cluster or organisation was opened. Detail: `{ organisasi: string | null, semuaOrganisasi: string[], kemitraan: string[] }` (keys are `dataset:id`): `organisasi` is the first organisation whose office is at that place, `semuaOrganisasi` every one of them (several offices can share one spot).
 * @event kpm-filter - A filter changed. Detail: `{ filter }`.
 * @csspart figure - The whole view. @csspart title - Heading. @csspart summary - Generated summary.
 * @csspart filters - Filter controls. @csspart list - The partnership cards. @csspart card - One card.
 * @csspart map - The map SVG. @csspart boundaries - Boundary shapes. @csspart point - A point or cluster.
 * @csspart legend - Map legend. @csspart graph - Relationship graph. @csspart node - An organisation node.
 * @csspart table - The data table. @csspart table-more - Under a long table: how many rows show, and the button for more. @csspart live - The live region.
 * @cssproperty --kpm-color-status-aktif - Colour of active partnerships. Likewise -direncanakan, -selesai, -dihentikan.
 * @cssproperty --kpm-color-area - Fill of boundary areas.
 */
export class KpmPartnerMap extends KpmElement {
  static override dataKeys = ['organisasi', 'kemitraan'];
  static override datasetValidator = partnerMapValidator;
  static override styles = [...KpmElement.styles, partnerMapStyles];

  @property({ reflect: true }) view?: string;
  @property({ reflect: true }) boundaries?: string;
  @property({ attribute: false }) boundaryData?: unknown;
  @property({ reflect: true, attribute: 'color-by' }) colorBy?: string;
  @property({ reflect: true, attribute: 'filter-peran' }) filterPeran?: string;
  @property({ reflect: true, attribute: 'filter-jenis' }) filterJenis?: string;
  @property({ reflect: true, attribute: 'filter-status' }) filterStatus?: string;
  @property({ reflect: true, attribute: 'filter-bidang' }) filterBidang?: string;
  @property({ reflect: true, attribute: 'filter-tema' }) filterTema?: string;
  @property({ type: Number, reflect: true }) year?: number;

  @state() private narrow = false;
  /**
   * The width the drawings are shown at in CSS px (0 until measured), so the graph is laid out
   * at it and the map's marks keep their size in px (model/drawing-size.ts). The map keeps its
   * 600 × 400 projection: zoom, pan and the boundary cache stay in its units.
   */
  @state() private boxWidth = 0;
  @state() private selectedOrg: string | null = null;
  @state() private transform: ViewTransform = IDENTITY;
  @state() private mapActiveKey = '';
  @state() private graphActive = 0;
  @state() private openMark: string | null = null;
  @state() private showTable = false;
  @state() private announcement = '';

  private readonly multi = new MultiSourceLoader(() => this.requestUpdate());
  private readonly boundaryLoader = new BoundaryLoader(() => this.requestUpdate());
  private resizeObserver: ResizeObserver | null = null;
  private prepared: Prepared | null = null;
  private shown: Shown | null = null;
  private frame: { key: readonly [Prepared, readonly unknown[]]; frame: MapFrame | null; paths: { d: string; name?: string }[]; projected: Map<string, Point> } | null = null;
  private layout: { key: unknown; layout: GraphLayout } | null = null;
  private marks: PlacedMark[] = [];
  private graphOrder: string[] = [];
  private focusPending: 'map' | 'graph' | null = null;
  private readonly gestures = new MapGestures({
    width: MAP_W,
    height: MAP_H,
    pan: (dx, dy) => (this.transform = panBy(this.transform, dx, dy, MAP_W, MAP_H)),
    zoom: (factor, at) => this.zoom(factor, at),
  });
  private reportedBoundary: unknown = null;

  private get strings() {
    return partnerStrings(this.language);
  }

  /** Several `src` URLs load here; one URL (or `.data`, inline JSON, `<kpm-data>`) goes through the base loader. */
  protected override get datasetState(): DatasetState {
    return splitList(this.src).length > 1 ? this.multi.state : super.datasetState;
  }

  private get datasets(): readonly KpmDesaDataset[] {
    const st = this.datasetState;
    if (st.status !== 'ready' || !st.result.data) return [];
    return splitList(this.src).length > 1 ? this.multi.datasets : [st.result.data];
  }

  private get viewName(): PartnerView {
    if ((PARTNER_VIEWS as readonly string[]).includes(this.view ?? '')) return this.view as PartnerView;
    return this.narrow ? 'list' : 'map';
  }

  private get filter(): PartnerFilter {
    const bidang = splitList(this.filterBidang).map(Number).filter((b) => b >= 1 && b <= 5);
    const list = (v: string | undefined) => splitList(v);
    return {
      ...(list(this.filterPeran).length ? { peran: list(this.filterPeran) } : {}),
      ...(list(this.filterJenis).length ? { jenis: list(this.filterJenis) } : {}),
      ...(list(this.filterStatus).length ? { status: list(this.filterStatus) } : {}),
      ...(bidang.length ? { bidang } : {}),
      ...(this.filterTema ? { tema: this.filterTema } : {}),
      ...(this.year ? { tahun: this.year } : {}),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Measured now as well: a background tab delivers no resize observations until it is shown.
    const width = this.getBoundingClientRect().width;
    if (width > 0) this.measured(width);
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      // A task later: switching views inside the observer's callback would resize it again in the same frame.
      if (width > 0) setTimeout(() => this.measured(width));
    });
    this.resizeObserver.observe(this);
    window.addEventListener('online', this.onOnline);
    if (this.hasUpdated) {
      // Back in the page after a move: loads that removal cut short start again.
      const urls = splitList(this.src);
      if (urls.length > 1) this.multi.load(urls, { timeoutMs: this.timeout, maxBytes: this.maxBytes });
      this.requestUpdate();
    }
  }

  private measured(width: number): void {
    this.narrow = width < NARROW;
    // The drawings' boxes have a 1 px border on each side.
    this.boxWidth = Math.max(0, Math.round(width) - 2);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    window.removeEventListener('online', this.onOnline);
    // Fetches still running are cancelled with the element, not left to finish for nobody.
    if (this.multi.state.status === 'loading') this.multi.stop();
    if (this.boundaryLoader.state.status === 'loading') this.boundaryLoader.stop();
  }

  /**
   * The map's own loads (several villages, boundary files) are tried again when the
   * connection returns, as a single dataset is by the base element's loader.
   */
  private readonly onOnline = () => {
    const m = this.multi.state;
    if (m.status === 'error' && curedByConnection(m.error)) this.reloadData();
    const b = this.boundaryLoader.state;
    if (b.status === 'error' && b.loadError && curedByConnection(b.loadError)) {
      this.boundaryLoader.stop();
      this.requestUpdate();
    }
  };

  protected override reloadData(): void {
    if (splitList(this.src).length > 1) {
      this.multi.reload({ timeoutMs: this.timeout, maxBytes: this.maxBytes });
      this.requestUpdate();
    } else super.reloadData();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) {
      const urls = splitList(this.src);
      if (urls.length > 1) this.multi.load(urls, { timeoutMs: this.timeout, maxBytes: this.maxBytes });
      else this.multi.stop();
    }
  }

  /** Called while rendering: the datasets are only known once the base loader has run for this update. */
  private syncBoundaries(datasets: readonly KpmDesaDataset[]): void {
    this.boundaryLoader.update({ url: this.boundaries, value: this.boundaryData }, datasets, {
      timeoutMs: this.timeout,
      maxBytes: this.maxBytes,
    });
  }

  // Organisations alone are not content: every view draws partnerships (an organisation
  // appears through its roles), so a file with organisasi but no kemitraan would show
  // "0 partners" and a filter message for filters nobody set.
  protected override hasContent(data: KpmDesaDataset): boolean {
    const all = this.datasets.length ? this.datasets : [data];
    return all.some((d) => (d.kemitraan ?? []).length > 0);
  }

  protected override emptyMessage(): string {
    return this.strings.empty;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" part="skeleton" aria-hidden="true">
      <div class="bar"></div><div class="bar map-box"></div><div class="bar"></div>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.reportBoundaryError();
    const which = this.focusPending;
    if (!which) return;
    this.focusPending = null;
    const selector = which === 'map' ? '.mark[tabindex="0"]' : '.node.org[tabindex="0"]';
    (this.renderRoot.querySelector(selector) as SVGGElement | null)?.focus();
  }

  private reportBoundaryError(): void {
    const b = this.boundaryLoader.state;
    if (b.status !== 'error' || this.reportedBoundary === b) return;
    this.reportedBoundary = b;
    const message = b.issue ? `${b.issue.path}: ${b.issue.message[this.language]}` : describeLoadError(b.loadError!, this.language);
    this.emit('kpm-error', { issues: b.issue ? [b.issue] : [], loadError: b.loadError, message });
  }

  // --- derived data, cached per input ---

  private prepare(datasets: readonly KpmDesaDataset[]): Prepared {
    if (this.prepared?.datasets.length === datasets.length && this.prepared.datasets.every((d, i) => d === datasets[i])) return this.prepared;
    const network = buildPartnerNetwork(datasets);
    this.prepared = { datasets, network, orgs: orgIndex(network), places: mapPlaces(network, datasets) };
    this.shown = null;
    return this.prepared;
  }

  private show(p: Prepared): Shown {
    const filterKey = JSON.stringify(this.filter);
    if (this.shown?.filterKey === filterKey) return this.shown;
    const network = filterNetwork(p.network, this.filter);
    this.shown = { filterKey, network, partnerships: new Map(network.partnerships.map((x) => [x.key, x])) };
    return this.shown;
  }

  protected renderReady(data: KpmDesaDataset): TemplateResult {
    const s = this.strings;
    const lang = this.language;
    const p = this.prepare(this.datasets.length ? this.datasets : [data]);
    this.syncBoundaries(p.datasets);
    const shown = this.show(p);
    const sum = partnerSummary(shown.network);
    const view = this.viewName;
    const many = p.datasets.length > 1;
    const title = many ? s.titleMany(p.datasets.length) : s.title(villageTitle(data.desa, this.language));
    const summary = `${s.summary(sum.orgCount, sum.partnershipCount, sum.activeCount)}${
      sum.topFunder ? `; ${s.topFunder(sum.topFunder.org.nama, formatRupiah(sum.topFunder.jumlah, lang))}` : ''}.`;
    const selected = this.selectedOrg ? p.orgs.get(this.selectedOrg) : undefined;
    const controls = this.controls !== 'none';
    return html`<figure part="figure" aria-labelledby="title">
        <figcaption>
          <h2 id="title" part="title">${title}</h2>
          <p class="summary" part="summary">${summary}</p>
        </figcaption>
        ${controls
          ? html`<div class="views" role="group" aria-label=${s.viewLabel}>
              ${PARTNER_VIEWS.map((v) => html`<button type="button" data-view=${v} aria-pressed=${v === view ? 'true' : 'false'}
                @click=${() => (this.view = v)}>${s.views[v]}</button>`)}
            </div>
            ${renderFilters(filterOptions(p.network), this.filter, s, lang, (k, v) => this.setFilter(k, v), () => this.clearFilters())}`
          : nothing}
        ${selected
          ? html`<p class="selection">${s.selection(selected.nama)}
              <button type="button" @click=${() => this.selectOrg(null)}>${s.clearSelection}</button></p>`
          : nothing}
        ${shown.network.partnerships.length === 0 && p.network.partnerships.length > 0
          ? html`<p class="panel" role="status">${s.noMatch}</p>`
          : nothing}
        ${view === 'map' ? this.renderMapView(p, shown) : view === 'relationships' ? this.renderGraphView(p, shown) : this.renderListView(p, shown)}
        <div class="actions">
          <button type="button" aria-expanded=${this.showTable ? 'true' : 'false'} aria-controls="table"
            @click=${() => (this.showTable = !this.showTable)}>${this.showTable ? s.hideTable : s.showTable}</button>
          ${controls ? html`<button type="button" data-download="csv" @click=${() => this.downloadCsv()}>${s.downloadCsv}</button>` : nothing}
        </div>
        <div id="table" class="table-wrap" ?hidden=${!this.showTable} tabindex=${this.showTable ? 0 : -1}
          role="region" aria-label=${s.tableCaption}>
          ${this.showTable ? this.renderTable(partnerTable(shown.network, p.datasets, s, lang)) : nothing}
        </div>
      </figure>
      ${renderLiveRegion(this.announcement)}`;
  }

  // --- list ---

  private renderListView(p: Prepared, shown: Shown): TemplateResult {
    const sel = this.selectedOrg;
    const partnerships = sel ? shown.network.partnerships.filter((x) => x.roles.some((r) => r.orgKey === sel)) : shown.network.partnerships;
    return renderList({ partnerships, orgs: p.orgs, datasets: p.datasets, s: this.strings, lang: this.language, highlight: new Set() });
  }

  // --- map ---

  private mapFrame(p: Prepared) {
    const b = this.boundaryLoader.state;
    const shapes = b.status === 'ready' || b.status === 'error' ? b.shapes : [];
    const key = [p, shapes] as const;
    if (this.frame && this.frame.key[0] === key[0] && this.frame.key[1] === key[1]) return this.frame;
    // Fitted to everything that could be shown, so a filter does not move the map under the reader.
    const positions = function* () {
      yield* shapePositions(shapes);
      for (const place of p.places) yield place.position;
    };
    const frame = fitMapFrame(positions(), MAP_W, MAP_H, 24);
    this.frame = {
      key,
      frame,
      paths: frame ? shapes.map((sh) => ({ d: shapePath(sh, frame), name: sh.name })) : [],
      projected: new Map(frame ? p.places.map((pl) => [pl.key, frame.project(pl.position)]) : []),
    };
    return this.frame;
  }

  private renderMapView(p: Prepared, shown: Shown): TemplateResult {
    const s = this.strings;
    const b = this.boundaryLoader.state;
    const f = this.mapFrame(p);
    const boundaryError = b.status === 'error'
      ? html`<div class="panel error" part="error" role="alert"><h3>${s.map.boundaryError}</h3>
          ${b.issue ? renderIssueList([b.issue], this.language) : html`<p>${describeLoadError(b.loadError!, this.language)}</p>`}</div>`
      : nothing;
    if (b.status === 'loading') return html`${this.renderSkeleton()}`;
    if (!f.frame) {
      return html`${boundaryError}<div class="panel" part="no-geometry" role="status">
        <p>${s.map.noGeometry}</p>
        <p>${s.map.otherViews}
          ${(['list', 'relationships'] as const).map((v) => html` <button type="button" data-view=${v} @click=${() => (this.view = v)}>${s.views[v]}</button>`)}</p>
      </div>`;
    }
    const marks = computeMarks({ ...this.markContext(), places: p.places, projected: f.projected, orgs: p.orgs,
      partnerships: shown.partnerships, orgsShown: new Set(shown.network.orgs.map((o) => o.key)), transform: this.transform,
      width: MAP_W, height: MAP_H, radius: CLUSTER_RADIUS * markScale(this.boxWidth, MAP_W) });
    this.marks = marks;
    let active = marks.findIndex((m) => m.members.some((x) => x.key === this.mapActiveKey));
    if (active < 0) active = 0;
    const open = this.openMark ? marks.find((m) => m.key === this.openMark) : undefined;
    return html`${boundaryError}
      <div class="map-tools" role="group" aria-label=${s.map.label}>
        <button type="button" data-zoom="in" aria-label=${s.map.zoomIn} @click=${() => this.zoom(2)}>+</button>
        <button type="button" data-zoom="out" aria-label=${s.map.zoomOut} @click=${() => this.zoom(0.5)}>−</button>
        <button type="button" data-zoom="reset" @click=${() => this.resetMap()}>${s.map.reset}</button>
        <label class="select">${s.map.colorBy}
          <select name="color-by" @change=${(e: Event) => (this.colorBy = (e.target as HTMLSelectElement).value)}>
            <option value="status" ?selected=${this.colorBy !== 'role'}>${s.map.byStatus}</option>
            <option value="role" ?selected=${this.colorBy === 'role'}>${s.map.byRole}</option>
          </select></label>
      </div>
      <div class="map-wrap">
        ${renderMap({
          width: MAP_W,
          height: MAP_H,
          markScale: markScale(this.boxWidth, MAP_W),
          transform: this.transform,
          paths: f.paths,
          marks,
          active,
          s,
          onKey: (e) => this.onMapKey(e),
          onFocusMark: (i) => (this.mapActiveKey = this.marks[i]?.members[0].key ?? ''),
          onActivate: (i) => this.activateMark(i),
          onWheel: (e) => this.gestures.wheel(e),
          onPointerDown: (e) => this.gestures.down(e),
          onPointerMove: (e) => this.gestures.move(e),
          onPointerUp: (e) => this.gestures.up(e),
        })}
      </div>
      <p id="map-hint" class="sr-only">${s.map.keyHint}</p>
      ${renderLegend(legendItems(shown.network.partnerships, p.places.some((x) => x.kind === 'kantor'), this.markContext()), s)}
      ${open ? this.renderDetail(open.members, p, shown) : nothing}`;
  }

  private renderDetail(members: MapPlace[], p: Prepared, shown: Shown): TemplateResult {
    const s = this.strings;
    const c: LabelContext = { ...this.markContext(), orgs: p.orgs, partnerships: shown.partnerships };
    // Escape closes it from anywhere inside (Tab leads straight to its button), back to the mark.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      this.closeDetail();
    };
    return html`<div class="panel detail" part="detail" role="region" aria-label=${placeLabel(members[0], c)} @keydown=${onKey}>
      <ul>${members.map((m) => html`<li>${placeLabel(m, c)}</li>`)}</ul>
      <button type="button" @click=${() => this.closeDetail()}>${s.map.close}</button>
    </div>`;
  }

  /** The parts of a mark context that come from the element's state. */
  private markContext() {
    return {
      colorBy: this.colorBy === 'role' ? ('role' as const) : ('status' as const),
      selectedOrg: this.selectedOrg,
      peranFilter: splitList(this.filterPeran),
      s: this.strings,
      lang: this.language,
    };
  }

  private closeDetail(): void {
    this.openMark = null;
    this.focusPending = 'map';
  }

  private viewCenter(): Point {
    const m = this.marks.find((x) => x.members.some((y) => y.key === this.mapActiveKey));
    return m ? [m.x, m.y] : [MAP_W / 2, MAP_H / 2];
  }

  private zoom(factor: number, at: Point = this.viewCenter()): void {
    this.transform = zoomAround(this.transform, factor, at[0], at[1], MAP_W, MAP_H);
    this.announcement = this.strings.map.zoomLevel(formatNumber(this.transform.k, this.language, 1));
  }

  private resetMap(): void {
    this.transform = IDENTITY;
    this.openMark = null;
    this.announcement = this.strings.map.zoomLevel('1');
  }

  private activateMark(index: number): void {
    if (this.gestures.consumeDrag()) return;
    const m = this.marks[index];
    if (!m) return;
    this.mapActiveKey = m.members[0].key;
    const spread = m.members.some((x) => x.position[0] !== m.members[0].position[0] || x.position[1] !== m.members[0].position[1]);
    if (m.count > 1 && spread && this.transform.k < MAX_ZOOM) {
      this.zoom(4, [m.x, m.y]);
      this.focusPending = 'map';
      return;
    }
    this.openMark = m.key;
    const kemitraan = [...new Set(m.members.flatMap((x) => (x.kind === 'lokasi' ? [x.partnershipKey] : [])))];
    const semuaOrganisasi = [...new Set(m.members.flatMap((x) => (x.kind === 'kantor' ? [x.orgKey] : [])))];
    this.emit('kpm-select', { organisasi: semuaOrganisasi[0] ?? null, semuaOrganisasi, kemitraan });
  }

  private onMapKey(e: KeyboardEvent): void {
    const k = e.key;
    if (e.shiftKey && k.startsWith('Arrow')) {
      const d: Record<string, Point> = { ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP] };
      const [dx, dy] = d[k] ?? [0, 0];
      this.transform = panBy(this.transform, dx, dy, MAP_W, MAP_H);
      this.focusPending = 'map';
    } else if (k === '+' || k === '=') {
      this.zoom(2);
      this.focusPending = 'map';
    } else if (k === '-' || k === '_') {
      this.zoom(0.5);
      this.focusPending = 'map';
    } else if (k === '0') {
      this.resetMap();
      this.focusPending = 'map';
    } else if (k === 'Enter' || k === ' ') {
      const i = Number((e.target as Element).getAttribute?.('data-index'));
      if (Number.isInteger(i)) this.activateMark(i);
    } else if (k === 'Escape' && this.openMark) {
      this.closeDetail();
      e.stopPropagation();
    } else {
      const current = this.marks.findIndex((m) => m.members.some((x) => x.key === this.mapActiveKey));
      const next = rovingIndex(k, Math.max(0, current), this.marks.length);
      if (next === null) return;
      this.mapActiveKey = this.marks[next].members[0].key;
      this.focusPending = 'map';
    }
    e.preventDefault();
  }

  // --- relationships ---

  private renderGraphView(p: Prepared, shown: Shown): TemplateResult {
    const width = graphLayoutWidth(this.boxWidth, MAP_W);
    if (!this.layout || this.layout.key !== shown || this.layout.layout.width !== width) {
      this.layout = { key: shown, layout: layoutPartnerGraph(shown.network, { width }) };
    }
    const layout = this.layout.layout;
    this.graphOrder = layout.nodes.filter((n) => n.kind === 'org').map((n) => n.key);
    const active = Math.min(this.graphActive, Math.max(0, this.graphOrder.length - 1));
    return html`${renderGraph({
        layout,
        orgs: p.orgs,
        partnerships: shown.partnerships,
        order: this.graphOrder,
        active,
        selected: this.selectedOrg,
        s: this.strings,
        lang: this.language,
        onKey: (e) => this.onGraphKey(e),
        onFocusNode: (i) => (this.graphActive = i),
        onActivate: (i) => this.selectOrg(this.graphOrder[i] === this.selectedOrg ? null : this.graphOrder[i]),
      })}
      <p id="graph-hint" class="sr-only">${this.strings.graph.keyHint}</p>
      ${renderLegend(this.roleKey(layout), this.strings)}`;
  }

  /** The letters on the edges, spelled out. */
  private roleKey(layout: GraphLayout): LegendItem[] {
    const present = new Set(layout.edges.flatMap((e) => e.peran));
    return PERAN_MITRA.filter((p) => present.has(p)).map((peran) => ({
      category: { by: 'role', peran },
      letter: this.strings.roleLetter[peran],
      label: LABEL_PERAN_MITRA[peran][this.language],
    }));
  }

  private onGraphKey(e: KeyboardEvent): void {
    if (e.key === 'Enter' || e.key === ' ') {
      const key = this.graphOrder[this.graphActive];
      this.selectOrg(key === this.selectedOrg ? null : key);
    } else if (e.key === 'Escape' && this.selectedOrg) {
      this.selectOrg(null);
      e.stopPropagation();
    } else {
      const next = rovingIndex(e.key, this.graphActive, this.graphOrder.length);
      if (next === null) return;
      this.graphActive = next;
      this.focusPending = 'graph';
    }
    e.preventDefault();
  }

  private selectOrg(key: string | null): void {
    this.selectedOrg = key;
    const s = this.strings;
    if (!key) {
      this.announcement = s.graph.cleared;
      return;
    }
    const org = this.prepared?.orgs.get(key);
    const kemitraan = (this.shown?.network.partnerships ?? []).filter((x) => x.roles.some((r) => r.orgKey === key)).map((x) => x.key);
    this.announcement = s.graph.selected(org?.nama ?? key, kemitraan.length);
    this.emit('kpm-select', { organisasi: key, semuaOrganisasi: [key], kemitraan });
  }

  // --- filters and downloads ---

  private setFilter(key: FilterKey, value: string): void {
    const v = value || undefined;
    if (key === 'tahun') this.year = v ? Number(v) : undefined;
    else if (key === 'peran') this.filterPeran = v;
    else if (key === 'jenis') this.filterJenis = v;
    else if (key === 'status') this.filterStatus = v;
    else if (key === 'bidang') this.filterBidang = v;
    else this.filterTema = v;
    this.afterFilter();
  }

  private clearFilters(): void {
    this.filterPeran = this.filterJenis = this.filterStatus = this.filterBidang = this.filterTema = undefined;
    this.year = undefined;
    this.afterFilter();
  }

  private afterFilter(): void {
    this.openMark = null;
    void this.updateComplete.then(() => {
      const sum = this.shown ? partnerSummary(this.shown.network) : null;
      if (sum) this.announcement = this.strings.summary(sum.orgCount, sum.partnershipCount, sum.activeCount);
      this.emit('kpm-filter', { filter: this.filter });
    });
  }

  /** The CSV's rows, as the download writes them (for developers and tests). */
  csvRows() {
    const p = this.prepared;
    return p && this.shown ? partnerCsv(this.shown.network, p.datasets, this.strings, this.language) : [];
  }

  private downloadCsv(): void {
    const kode = this.prepared?.datasets[0]?.desa.kodeWilayah ?? '';
    downloadBlob(csvBlob(this.csvRows()), `kemitraan-${kode}.csv`);
  }
}
