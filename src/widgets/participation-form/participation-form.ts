import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { renderLiveRegion } from '../../core/a11y-announce.js';
import { KpmElement } from '../../core/base-element.js';
import { csvBlob } from '../../core/csv.js';
import { downloadBlob } from '../../core/download.js';
import { intlLocale } from '../../core/locale.js';
import { sanitizeUrl } from '../../core/sanitize-url.js';
import {
  draftHasContent, draftToPayload, emptyDraft, formIssues, localReference, payloadToDraft, rfc3339, ungroupCount,
  type UsulanDraft,
} from '../../model/usulan-payload.js';
import { filterUsulan, offeredFilter, sortUsulan, toPublicUsulan, usulanYears, type UsulanFilter } from '../../model/usulan-public.js';
import { fillTimeRemaining, rateLimitRemaining } from '../../model/usulan-spam.js';
import {
  FORUM_USULAN, validateUsulanBaru, type KpmDesaDataset, type LocalizedText, type UsulanBaru, type ValidationIssue,
} from '../../schema/index.js';
import {
  clearDraft, loadDraft, newClientId, receiptOf, recordReceipt, recordSend, saveDraft, sendTimes,
} from './device-store.js';
import { clearDraftPhotos, loadDraftPhotos, saveDraftPhotos } from './draft-photos.js';
import { FIELD_OF_PATH, focusTargetId } from './form-fields.js';
import { renderFormView, renderRefused, type PhotoItem, type RefusedModel } from './form-view.js';
import { listCsvRows, PAGE, renderListView, type ListViewModel } from './list-view.js';
import { enqueue, flushOutbox, nextDue, outboxEvents, pendingItems, type OutboxResult } from './outbox.js';
import { participationFormStyles } from './participation-form.styles.js';
import { cleanPhoto, MAX_PHOTOS } from './photo.js';
import { sendSubmission, type Encoding, type SendOutcome } from './send.js';
import { formStrings } from './strings.js';
import { participationFormValidator } from './validator.js';
import { wordsText, type Words } from './words.js';
import { villageTitle } from '../../core/village.js';

/** Detail of `kpm-submit`. */
export interface KpmSubmitDetail {
  payload: UsulanBaru;
  /** Photos already resized and stripped of EXIF, as JPEG. */
  photos: Blob[];
  clientId: string;
}

/** What a host that stores the submission itself reports back through `reportOutcome()`. */
export type SubmitOutcome =
  | { status: 'sent'; ticket?: string }
  | { status: 'rejected'; message?: string | LocalizedText }
  | { status: 'queued' };

type Phase = 'editing' | 'sending' | 'awaiting-host' | 'sent' | 'queued';
/**
 * A notice, kept as words and worded at render time. `transient`: gone at the next keystroke (a
 * "draft restored" note, not a ticket or a refusal). `detail`: a server's plain-text words,
 * shown under the form's own (see send.ts).
 */
type Notice = { kind: 'info' | 'warning' | 'error'; title?: Words; text: Words; detail?: string | null; transient?: boolean };

const HOUR = 3_600_000;

/**
 * A queued submission the receiver refused (4xx) after the reader had started another: the
 * queue no longer holds it, so this is the reader's only copy, kept until put back in the form.
 */
interface Refused {
  clientId: string;
  judul: string;
  payload: Record<string, unknown>;
  photos: Blob[];
  outcome: Extract<SendOutcome, { kind: 'rejected' }>;
  notice: Notice;
}

/** What a refusal says: the receiver's JSON message, else the form's own words for its status. */
function refusal(message: string | LocalizedText | null | undefined, status: number, fallback: Words): Words {
  if (message) return { message };
  return status === 413 ? { key: 'rejectedTooLarge' } : fallback;
}
const DEFAULT_TIMEOUT = 20_000;

/**
 * `<kpm-participation-form>`: a citizen's usulan, aspirasi or pengaduan, validated against
 * the schema, kept as a draft on the device while typed, and sent — or queued on the device
 * and sent later when the line is down — so that nothing is lost. No NIK or KK number is ever
 * asked. With `view="list"` it shows the dataset's published submissions instead.
 *
 * Light-DOM content (e.g. a link to a paper form or a WhatsApp number) shows until the script runs.
 *
 * @element kpm-participation-form
 * @attr view - `form` (default) or `list` (the public list of the dataset's `usulan`).
 * @attr endpoint - URL the widget POSTs the submission to (see docs/endpoint-contract.md). Without it, handle `kpm-submit`.
 * @attr encoding - `json` (default; `Idempotency-Key` header) or `form` (multipart/form-data, no custom header, no CORS preflight).
 * @attr privacy-href - Link to the host's privacy notice, shown in the consent block.
 * @attr privacy-version - Version of that notice, recorded as `persetujuan.versiKebijakan` (default `1`).
 * @attr require-dusun - Makes the dusun a required field.
 * @attr forum - The `forum` recorded (default `daring`).
 * @attr min-fill-seconds - Minimum time between opening the form and sending (default 5).
 * @attr rate-limit - Sends allowed per device per hour (default 5).
 * @attr send-timeout - Milliseconds before an attempt counts as failed and is queued (default 20000), plus the time its photos take at 8 kB/s (a weak uplink: about 2 minutes more for 1 MB); also how long the form waits for a host that cancelled `kpm-submit` to call `reportOutcome()` before it lets the sender try again.
 * @attr draft-key - Separates drafts of several forms on one site (default: the endpoint).
 * @event kpm-submit - Cancelable; fires with the validated submission before anything is sent. Detail: `{ payload, photos, clientId }`. A host that stores it itself calls `preventDefault()` and later `reportOutcome(outcome)`.
 * @event kpm-sent - The receiver confirmed (now or from the queue). Detail: `{ clientId, ticket }`.
 * @event kpm-queued - Sending failed for now; the submission waits on the device. Detail: `{ clientId }`.
 * @event kpm-rejected - The receiver refused it (4xx). Detail: `{ clientId, status, message }`.
 * @csspart form - The form. @csspart title - The heading. @csspart error-summary - The error summary.
 * @csspart consent - The consent fieldset. @csspart photos - The photo previews. @csspart notice - Wait, rejection and connection messages.
 * @csspart submit - The send button. @csspart receipt - The receipt with the ticket. @csspart queue - The queue state.
 * @csspart list - The public list. @csspart controls - Its filters. @csspart summary - Its summary. @csspart item - One submission.
 * @csspart status - A status badge. @csspart table - The data table. @csspart table-more - Under a long table: how many rows show, and the button for more.
 */
export class KpmParticipationForm extends KpmElement {
  static override dataKeys = ['usulan'];
  static override datasetValidator = participationFormValidator;
  static override styles = [...KpmElement.styles, participationFormStyles];

  @property({ reflect: true }) view: string = 'form';
  @property({ reflect: true }) endpoint?: string;
  @property({ reflect: true }) encoding: string = 'json';
  @property({ attribute: 'privacy-href' }) privacyHref?: string;
  @property({ attribute: 'privacy-version' }) privacyVersion?: string;
  @property({ type: Boolean, attribute: 'require-dusun' }) requireDusun = false;
  @property() forum?: string;
  @property({ type: Number, attribute: 'min-fill-seconds' }) minFillSeconds = 5;
  @property({ type: Number, attribute: 'rate-limit' }) rateLimit = 5;
  @property({ type: Number, attribute: 'send-timeout' }) sendTimeout = DEFAULT_TIMEOUT;
  @property({ attribute: 'draft-key' }) draftKey?: string;

  @state() private draft: UsulanDraft = emptyDraft();
  @state() private phase: Phase = 'editing';
  @state() private issues: ValidationIssue[] = [];
  @state() private showSummary = false;
  @state() private notice: Notice | null = null;
  @state() private ticket = '';
  @state() private photos: PhotoItem[] = [];
  @state() private photoNote: Words | null = null;
  @state() private locating = false;
  @state() private locationNote: Words | null = null;
  @state() private queueCount = 0;
  @state() private queueNext: number | null = null;
  @state() private announcement = '';
  @state() private filter: UsulanFilter = {};
  @state() private showTable = false;
  @state() private limit = PAGE;
  @state() private refused: Refused[] = [];
  /** The clientId of the refused submission whose "put back" waits for the reader's answer. */
  @state() private asking: string | null = null;

  private clientId = newClientId();
  private startedAt = Date.now();
  private focusAfterRender: string | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private hostTimer: ReturnType<typeof setTimeout> | null = null;
  private restoredFrom: string | null = null;

  private get s() {
    return formStrings(this.language);
  }

  /** A notice worded in the current language, as the form shows it. */
  private worded(n: Notice) {
    return {
      kind: n.kind,
      title: n.title && this.say(n.title),
      text: this.say(n.text),
      detail: n.detail ? this.s.serverSaid(n.detail) : undefined,
    };
  }

  /** A notice as one sentence for the live region: its title, its text, the server's words. */
  private noticeText(n: Notice): string {
    const w = this.worded(n);
    return [w.title, w.text, w.detail].filter(Boolean).join(' ');
  }

  /** Words kept in a notice or note, in the current language. */
  private say(w: Words): string {
    return wordsText(w, this.s, this.language);
  }

  private get scope(): string {
    return this.draftKey ?? this.endpoint ?? 'default';
  }

  private get isList(): boolean {
    return this.view === 'list';
  }

  // ---- lifecycle -------------------------------------------------------------------------

  private readonly onOnline = () => void this.flush(true);
  private readonly onQueueChange = () => void this.refreshQueue();
  private readonly onQueueResult = (e: Event) => this.queueResult((e as CustomEvent<OutboxResult>).detail);

  override connectedCallback(): void {
    super.connectedCallback();
    // Back after a move: the removal revoked the photos' preview URLs, the photos are kept.
    if (this.photos.length) this.photos = this.photos.map((p) => ({ blob: p.blob, url: URL.createObjectURL(p.blob) }));
    if (this.isList) return;
    window.addEventListener('online', this.onOnline);
    outboxEvents.addEventListener('change', this.onQueueChange);
    outboxEvents.addEventListener('result', this.onQueueResult);
    this.restoreDraft();
    // The next page load is one of the promised retry moments.
    void this.flush(true);
  }

  private readonly holdPage = (e: BeforeUnloadEvent) => {
    e.preventDefault();
    // Older Chromium and Safari ask only when returnValue is set.
    e.returnValue = '';
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.holdPage);
    window.removeEventListener('online', this.onOnline);
    outboxEvents.removeEventListener('change', this.onQueueChange);
    outboxEvents.removeEventListener('result', this.onQueueResult);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.stopWaitingForHost();
    this.photos.forEach((p) => URL.revokeObjectURL(p.url));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('draftKey') || changed.has('endpoint')) {
      if (this.hasUpdated && !this.isList) this.restoreDraft();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('phase')) {
      // On a weak line a send with photos takes a minute; leaving the page then cuts it off
      // and nothing is queued, so the browser asks first ("Leave site?") while it is under way.
      if (this.phase === 'sending') window.addEventListener('beforeunload', this.holdPage);
      else window.removeEventListener('beforeunload', this.holdPage);
    }
    if (this.focusAfterRender) {
      (this.renderRoot.querySelector(`#${this.focusAfterRender}`) as HTMLElement | null)?.focus();
      this.focusAfterRender = null;
    }
  }

  private restoreDraft(): void {
    const stored = loadDraft(this.scope);
    if (!stored || stored.clientId === this.restoredFrom) return;
    const ticket = receiptOf(stored.clientId);
    if (ticket !== null) {
      // Its queued copy arrived while no form was open.
      this.forgetDraft();
      this.showReceipt(stored.clientId, ticket);
      return;
    }
    this.restoredFrom = stored.clientId;
    this.clientId = stored.clientId;
    this.startedAt = stored.startedAt;
    this.draft = { ...emptyDraft(), ...stored.draft };
    this.notice = { kind: 'info', text: { key: 'draftRestored' }, transient: true };
    const clientId = stored.clientId;
    void loadDraftPhotos(this.scope, clientId).then((blobs) => {
      // Only into the same draft, and never over photos chosen in the meantime.
      if (this.clientId !== clientId || this.photos.length > 0 || blobs.length === 0) return;
      this.photos = blobs.slice(0, MAX_PHOTOS).map((blob) => ({ blob, url: URL.createObjectURL(blob) }));
    });
    void pendingItems().then((items) => {
      if (items.some((i) => i.clientId === this.clientId) && this.phase === 'editing') this.phase = 'queued';
    });
  }

  private persist(): void {
    saveDraft(this.scope, { draft: this.draft, clientId: this.clientId, startedAt: this.startedAt });
  }

  private persistPhotos(): void {
    void saveDraftPhotos(this.scope, this.clientId, this.photos.map((p) => p.blob));
  }

  /** The draft is done with (sent, discarded, or dropped as spam): its text and its photos. */
  private forgetDraft(): void {
    clearDraft(this.scope);
    void clearDraftPhotos(this.scope);
  }

  // ---- input -----------------------------------------------------------------------------

  private onInput(e: Event): void {
    const t = e.target as HTMLInputElement;
    const name = t.name as keyof UsulanDraft | 'website' | '';
    if (!name || name === 'website' || t.type === 'file') return;
    const d = { ...this.draft } as Record<string, unknown>;
    if (name === 'kelompok') {
      const set = new Set(this.draft.kelompok);
      if (t.checked) set.add(t.value);
      else set.delete(t.value);
      d.kelompok = [...set];
    } else if (t.type === 'checkbox') {
      d[name] = t.checked;
    } else {
      d[name] = t.value;
    }
    this.draft = d as unknown as UsulanDraft;
    if (this.notice?.transient) this.notice = null;
    // Errors shown after a send attempt follow the answers as they are fixed.
    if (this.showSummary) this.issues = this.check().issues;
    this.persist();
  }

  private async onPhotos(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    const room = MAX_PHOTOS - this.photos.length;
    this.photoNote = { key: 'fotoProcessing' };
    const added: PhotoItem[] = [];
    let failed = false;
    for (const f of files.slice(0, room)) {
      try {
        const blob = await cleanPhoto(f);
        added.push({ blob, url: URL.createObjectURL(blob) });
      } catch {
        failed = true;
      }
    }
    this.photos = [...this.photos, ...added];
    this.persistPhotos();
    this.photoNote = failed ? { key: 'fotoFailed' } : files.length > room ? { key: 'fotoTooMany', args: [MAX_PHOTOS] } : null;
  }

  private removePhoto(i: number): void {
    const p = this.photos[i];
    if (p) URL.revokeObjectURL(p.url);
    this.photos = this.photos.filter((_, j) => j !== i);
    this.persistPhotos();
    this.focusAfterRender = 'foto';
  }

  private locate(): void {
    if (!('geolocation' in navigator)) {
      this.locationNote = { key: 'locationFailed' };
      return;
    }
    this.locating = true;
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        this.locating = false;
        const round = (n: number) => Math.round(n * 1e6) / 1e6;
        this.draft = { ...this.draft, koordinat: { lat: round(pos.coords.latitude), lng: round(pos.coords.longitude) } };
        this.persist();
      },
      () => {
        this.locating = false;
        this.locationNote = { key: 'locationFailed' };
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  /** Also "new submission" while one waits: the outbox keeps its own copy, photos included. */
  private discard(): void {
    this.forgetDraft();
    this.reset();
    this.focusAfterRender = 'jenis-usulan_kegiatan';
  }

  private reset(): void {
    this.photos.forEach((p) => URL.revokeObjectURL(p.url));
    this.photos = [];
    this.draft = emptyDraft();
    this.clientId = newClientId();
    this.startedAt = Date.now();
    this.issues = [];
    this.showSummary = false;
    this.notice = null;
    this.phase = 'editing';
  }

  // ---- submit ----------------------------------------------------------------------------

  private check(): { payload: Record<string, unknown>; issues: ValidationIssue[] } {
    const forum = (FORUM_USULAN as readonly string[]).includes(this.forum ?? '') ? (this.forum as UsulanBaru['forum']) : 'daring';
    const now = new Date();
    const draft = { ...this.draft, perkiraanJiwa: ungroupCount(this.draft.perkiraanJiwa) };
    const payload = draftToPayload(draft, {
      clientId: this.clientId,
      tanggal: rfc3339(now),
      versiKebijakan: this.privacyVersion?.trim() || '1',
      tahunUsulan: now.getFullYear(),
      forum,
    });
    const own = formIssues(draft, { requireDusun: this.requireDusun && this.dusunList().length > 0 });
    const schema = validateUsulanBaru(payload).issues.filter((i) => i.severity === 'error');
    return { payload, issues: [...own, ...schema.filter((i) => !own.some((o) => o.path === i.path))] };
  }

  private async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.phase === 'sending' || this.phase === 'awaiting-host') return;
    const honeypot = (this.renderRoot.querySelector('#website') as HTMLInputElement | null)?.value ?? '';
    if (honeypot !== '') {
      // Dropped without a word: a bot learns nothing from the answer.
      this.forgetDraft();
      this.showReceipt(this.clientId, '');
      return;
    }
    const { payload, issues } = this.check();
    this.issues = issues;
    if (issues.length) {
      this.showSummary = true;
      this.notice = null;
      this.focusAfterRender = 'error-summary';
      return;
    }
    this.showSummary = false;
    const now = Date.now();
    const wait = fillTimeRemaining(this.startedAt, now, this.minFillSeconds * 1000);
    if (wait > 0) {
      this.notice = { kind: 'warning', text: { key: 'wait', args: [Math.max(1, Math.ceil(wait / 1000))] } };
      return;
    }
    const limit = rateLimitRemaining(sendTimes(), now, this.rateLimit, HOUR);
    if (limit > 0) {
      this.notice = { kind: 'warning', text: { key: 'rateLimited', args: [Math.max(1, Math.ceil(limit / 60_000))] } };
      return;
    }
    const detail: KpmSubmitDetail = { payload: payload as UsulanBaru, photos: this.photos.map((p) => p.blob), clientId: this.clientId };
    if (!this.emit('kpm-submit', detail, { cancelable: true })) {
      recordSend(now, HOUR);
      this.phase = 'awaiting-host';
      this.notice = null;
      // A host that never reports back (a script error, a forgotten call) must not leave the
      // sender before a button that stays busy forever: after the send timeout they may try
      // again (same clientId, so the host can tell a repeat). A late report still counts.
      this.stopWaitingForHost();
      this.hostTimer = setTimeout(() => {
        this.hostTimer = null;
        if (this.phase !== 'awaiting-host') return;
        this.phase = 'editing';
        this.notice = { kind: 'warning', text: { key: 'hostSilent' } };
        this.focusAfterRender = 'submit-notice';
      }, this.sendTimeout > 0 ? this.sendTimeout : DEFAULT_TIMEOUT);
      return;
    }
    const endpoint = this.endpoint ? sanitizeUrl(this.endpoint) : null;
    if (!endpoint) {
      this.notice = { kind: 'error', text: { key: 'noEndpoint' } };
      return;
    }
    // Counted when it leaves the form, whatever the outcome: the limit is on attempts.
    recordSend(now, HOUR);
    this.phase = 'sending';
    this.notice = null;
    const submission = {
      endpoint,
      encoding: (this.encoding === 'form' ? 'form' : 'json') as Encoding,
      clientId: this.clientId,
      payload,
      photos: detail.photos,
      timeoutMs: this.sendTimeout > 0 ? this.sendTimeout : DEFAULT_TIMEOUT,
    };
    const outcome = await sendSubmission(submission);
    if (outcome.kind === 'retry') {
      await enqueue(submission, Date.now(), this.scope);
      this.applyOutcome({ status: 'queued' });
      this.scheduleRetry();
    } else {
      this.applyServerOutcome(this.clientId, outcome);
    }
  }

  private applyServerOutcome(clientId: string, outcome: Exclude<SendOutcome, { kind: 'retry' }>): void {
    if (clientId !== this.clientId) return;
    if (outcome.kind === 'sent') this.applyOutcome({ status: 'sent', ticket: outcome.ticket ?? undefined });
    else this.applyOutcome({ status: 'rejected', message: outcome.message ?? undefined }, outcome.status, outcome.detail);
  }

  /**
   * For a host that cancelled `kpm-submit` and stored the submission itself: report what
   * happened and the form shows it — a receipt (`sent`, with the host's ticket), the host's
   * message with the draft kept (`rejected`), or "saved on this device" (`queued`).
   */
  reportOutcome(outcome: SubmitOutcome): void {
    this.applyOutcome(outcome);
  }

  private stopWaitingForHost(): void {
    if (this.hostTimer) clearTimeout(this.hostTimer);
    this.hostTimer = null;
  }

  private applyOutcome(outcome: SubmitOutcome, status = 0, detail: string | null = null): void {
    this.stopWaitingForHost();
    const clientId = this.clientId;
    if (outcome.status === 'sent') {
      const ticket = outcome.ticket?.trim() || '';
      recordReceipt(clientId, ticket);
      this.forgetDraft();
      this.showReceipt(clientId, ticket);
      this.emit('kpm-sent', { clientId, ticket: ticket || localReference(clientId) });
    } else if (outcome.status === 'rejected') {
      const text = refusal(outcome.message, status, { key: 'rejectedFallback', args: [status] });
      this.phase = 'editing';
      this.notice = { kind: 'error', title: { key: 'rejectedTitle' }, text, detail };
      this.focusAfterRender = 'submit-notice';
      this.emit('kpm-rejected', { clientId, status, message: this.say(text) });
    } else {
      this.phase = 'queued';
      this.focusAfterRender = 'queued-title';
      this.emit('kpm-queued', { clientId });
    }
  }

  private showReceipt(clientId: string, ticket: string): void {
    this.photos.forEach((p) => URL.revokeObjectURL(p.url));
    this.photos = [];
    this.ticket = ticket || localReference(clientId);
    this.phase = 'sent';
    this.notice = null;
    this.issues = [];
    this.showSummary = false;
    this.focusAfterRender = 'receipt-title';
  }

  // ---- queue -----------------------------------------------------------------------------

  private async flush(force: boolean): Promise<void> {
    await flushOutbox(force);
    await this.refreshQueue();
    this.scheduleRetry();
  }

  private async refreshQueue(): Promise<void> {
    const items = await pendingItems();
    this.queueCount = items.length;
    this.queueNext = items.length ? Math.min(...items.map((i) => i.nextAt)) : null;
  }

  private scheduleRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    void nextDue().then((due) => {
      if (due === null || !this.isConnected) return;
      if (this.retryTimer) clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(() => void this.flush(false), Math.max(1_000, due - Date.now()));
    });
  }

  private queueResult(result: OutboxResult): void {
    const { clientId, outcome } = result;
    if (outcome.kind === 'retry') return;
    if (clientId !== this.clientId) {
      if (result.scope === this.scope) this.waitingResult(result, outcome);
      return;
    }
    // Focus follows only a reader already in the form (or who pressed "Coba kirim sekarang"):
    // an outcome that arrives while the page loads, or while they read elsewhere, must not
    // pull the page to the form. They hear it through the live region instead.
    const inside = this.shadowRoot?.activeElement != null;
    this.applyServerOutcome(clientId, outcome);
    if (outcome.kind === 'sent') {
      this.announcement = this.s.queueSentLater(outcome.ticket || localReference(clientId));
    } else if (!inside && this.notice) {
      this.announcement = this.noticeText(this.notice);
    }
    if (!inside) this.focusAfterRender = null;
  }

  /**
   * The outcome of a submission this form queued before the reader started a new one: said
   * without touching the new draft or its focus. A ticket stays visible on the form (announced
   * on the receipt or queued screen). A refusal is announced and kept beside the form, on every
   * later draft too, until its text is put back: the reader may want to finish and send what
   * they are writing first.
   */
  private waitingResult({ clientId, judul, payload, photos }: OutboxResult, outcome: Exclude<SendOutcome, { kind: 'retry' }>): void {
    if (outcome.kind === 'sent') {
      const ticket = outcome.ticket || localReference(clientId);
      const notice: Notice = { kind: 'info', text: { key: 'waitingSent', args: [judul, ticket] } };
      this.emit('kpm-sent', { clientId, ticket });
      if (this.phase === 'editing') this.notice = notice;
      else this.announcement = this.noticeText(notice);
      return;
    }
    const text = refusal(outcome.message, outcome.status, { key: 'waitingRejectedFallback', args: [outcome.status] });
    const notice: Notice = { kind: 'error', title: { key: 'waitingRejectedTitle', args: [judul] }, text, detail: outcome.detail };
    this.emit('kpm-rejected', { clientId, status: outcome.status, message: this.say(text) });
    this.refused = [...this.refused, { clientId, judul, payload, photos, outcome, notice }];
    this.announcement = `${this.noticeText(notice)} ${this.s.refusedKept}`;
  }

  /**
   * "Pulihkan ke formulir". A villager on a phone sees one form at a time: swapping their
   * current text out of sight would leave a second draft they cannot see or find after a
   * reload. So the form asks before it replaces text, a located point or photos, and the
   * question says how to keep them (send them first: the refused one stays offered). An empty
   * form takes the refused text at once.
   */
  private restoreRefused(index: number, confirmed: boolean): void {
    const r = this.refused[index];
    if (!r || this.phase === 'sending' || this.phase === 'awaiting-host') return;
    if (!confirmed && this.phase === 'editing' && (draftHasContent(this.draft) || this.photos.length)) {
      this.asking = r.clientId;
      this.focusAfterRender = `refused-${index}-ask`;
      return;
    }
    this.reset();
    this.refused = this.refused.filter((x) => x !== r);
    this.asking = null;
    this.draft = payloadToDraft(r.payload);
    // The same submission, to be fixed and sent again, as after a refusal on the spot: its own
    // clientId (the receiver stored nothing under it), and no fill-time wait (it passed that
    // when it was first sent).
    this.clientId = r.clientId;
    this.startedAt = 0;
    // Its photos come back too: the outbox has kept them as Blobs since its first version (an
    // item without them could not be sent, so could not be refused).
    this.photos = r.photos.map((blob) => ({ blob, url: URL.createObjectURL(blob) }));
    const { message, status, detail } = r.outcome;
    const text = refusal(message, status, { key: 'rejectedFallback', args: [status] });
    this.notice = { kind: 'error', title: { key: 'restoredTitle', args: [r.judul] }, text, detail };
    this.persist();
    this.persistPhotos();
    // The receiver's reason, beside the send button, where the "Pulihkan" button was.
    this.focusAfterRender = 'submit-notice';
  }

  // ---- render ----------------------------------------------------------------------------

  private dusunList(): NonNullable<KpmDesaDataset['desa']['dusun']> {
    const st = this.datasetState;
    return st.status === 'ready' ? (st.result.data?.desa.dusun ?? []) : [];
  }

  override render() {
    if (this.isList) return super.render();
    // One live region for every screen: one drawn anew with the screen (queued → receipt) is
    // missed by some screen readers, which only announce changes to a region they already know.
    return html`<div part="base" lang=${this.language}>${this.renderForm()}${renderLiveRegion(this.announcement)}</div>`;
  }

  protected override hasContent(data: KpmDesaDataset): boolean {
    return (data.usulan ?? []).length > 0;
  }

  protected override emptyMessage(): string {
    return this.s.listEmpty;
  }

  protected renderReady(data: KpmDesaDataset): TemplateResult {
    const all = sortUsulan((data.usulan ?? []).map(toPublicUsulan));
    // A choice the current data no longer offers does not filter (its select cannot show it).
    const filter = offeredFilter(all, this.filter);
    const shown = filterUsulan(all, filter);
    const s = this.s;
    const desa = villageTitle(data.desa, this.language);
    const model: ListViewModel = {
      s,
      lang: this.language,
      title: s.listTitle(desa),
      all,
      shown,
      filter,
      years: usulanYears(all),
      dusunNames: new Map((data.desa.dusun ?? []).map((d) => [d.id, d.nama])),
      kegiatanNames: new Map((data.kegiatan ?? []).map((k) => [k.id, k.nama])),
      controls: this.controls !== 'none',
      showTable: this.showTable,
      limit: this.limit,
      announcement: renderLiveRegion(this.announcement),
      onFilter: (e) => {
        const t = e.target as HTMLSelectElement;
        const next = { ...filter, [t.name]: t.name === 'tahun' ? (t.value ? Number(t.value) : null) : t.value };
        this.filter = next;
        this.limit = PAGE;
        this.announcement = s.nowShowing(filterUsulan(all, next).length);
      },
      onToggleTable: () => {
        this.showTable = !this.showTable;
      },
      onCsv: () => downloadBlob(csvBlob(listCsvRows(model)), s.csvFile(filter.tahun ?? null)),
      onMore: () => {
        // Focus the first new card's heading so keyboard and screen-reader users land on it.
        this.focusAfterRender = shown[this.limit] ? `u-${CSS.escape(shown[this.limit]!.id)}` : null;
        this.limit += PAGE;
      },
      renderTable: (table) => this.renderTable(table),
    };
    return renderListView(model);
  }

  private renderQueueLine(): TemplateResult | typeof nothing {
    if (!this.queueCount) return nothing;
    const s = this.s;
    const time = this.queueNext
      ? new Intl.DateTimeFormat(intlLocale(this.language), { hour: '2-digit', minute: '2-digit' }).format(this.queueNext)
      : '';
    return html`<div class="queue" part="queue">
      <p>${s.queueState(this.queueCount)} ${time ? s.queueNextTry(time) : nothing}</p>
      <button type="button" @click=${() => void this.flush(true)}>${s.queueRetryNow}</button>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const s = this.s;
    if (this.phase === 'sent' || this.phase === 'queued') {
      // A refused submission is offered here too: "send yours first, then put it back" ends on
      // one of these screens, and what the form held is safe (received, or in the outbox).
      return html`<div class="stack">
          ${this.phase === 'sent'
            ? this.renderReceipt()
            : html`<section class="notice warning" part="notice" aria-labelledby="queued-title">
                <h2 id="queued-title" tabindex="-1">${s.queuedTitle}</h2>
                <p>${s.queuedText}</p>
                ${this.renderQueueLine()}
                <div class="actions">
                  <button type="button" @click=${() => this.discard()}>${s.newSubmission}</button>
                </div>
              </section>`}
          ${renderRefused(this.refusedView())}
        </div>`;
    }
    const errors = new Map<string, string>();
    const other: string[] = [];
    if (this.showSummary) {
      for (const i of this.issues) {
        const field = FIELD_OF_PATH[i.path];
        if (field && !errors.has(field)) errors.set(field, s.fieldErrors[field] ?? i.message[this.language]);
        else if (!field) other.push(`${i.path}: ${i.message[this.language]}`);
      }
    }
    return html`<div @input=${this.onInput} @change=${this.onChange} @submit=${this.onSubmit}>
        ${renderFormView({
          ...this.refusedView(),
          lang: this.language,
          draft: this.draft,
          dusun: this.dusunList(),
          requireDusun: this.requireDusun,
          errors,
          otherErrors: other,
          showSummary: this.showSummary,
          photos: this.photos,
          photoNote: this.photoNote ? this.say(this.photoNote) : '',
          locating: this.locating,
          locationNote: this.locationNote ? this.say(this.locationNote) : '',
          privacyHref: this.privacyHref ? sanitizeUrl(this.privacyHref) : null,
          privacyVersion: this.privacyVersion?.trim() || '1',
          notice: this.notice && this.worded(this.notice),
          queueLine: this.renderQueueLine(),
          onSummaryLink: (e, field) => {
            e.preventDefault();
            (this.renderRoot.querySelector(`#${focusTargetId(field)}`) as HTMLElement | null)?.focus();
          },
          onPhotos: (e) => void this.onPhotos(e),
          onRemovePhoto: (i) => this.removePhoto(i),
          onLocate: () => this.locate(),
          onClearLocation: () => {
            this.draft = { ...this.draft, koordinat: null };
            this.persist();
          },
          onDiscard: () => this.discard(),
        })}
      </div>`;
  }

  private refusedView(): RefusedModel {
    const s = this.s;
    return {
      s,
      busy: this.phase === 'sending' || this.phase === 'awaiting-host',
      refused: this.refused.map((r) => ({ ...this.worded(r.notice), asking: this.asking === r.clientId, ask: s.restoreAsk(r.judul) })),
      onRestore: (i, confirmed) => this.restoreRefused(i, confirmed),
      onCancelRestore: (i) => {
        this.asking = null;
        this.focusAfterRender = `refused-${i}-restore`;
      },
    };
  }

  /** Radios, checkboxes and selects report through `change`; text through `input`. */
  private onChange(e: Event): void {
    const t = e.target as HTMLInputElement;
    if (t.type === 'checkbox' || t.type === 'radio' || t.tagName === 'SELECT') this.onInput(e);
  }

  private renderReceipt(): TemplateResult {
    const s = this.s;
    return html`<section class="receipt" part="receipt" aria-labelledby="receipt-title">
        <h2 id="receipt-title" tabindex="-1">${s.receiptTitle}</h2>
        <p>${s.receiptText}</p>
        <p class="ticket"><span>${s.ticket}:</span> <output id="ticket">${this.ticket}</output></p>
        <div class="actions">
          <button type="button" @click=${() => this.copyTicket()}>${s.copy}</button>
          <button type="button" @click=${() => {
            this.reset();
            this.focusAfterRender = 'jenis-usulan_kegiatan';
          }}>${s.newSubmission}</button>
        </div>
        ${this.renderQueueLine()}
      </section>`;
  }

  private async copyTicket(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.ticket);
      this.announcement = this.s.copied;
    } catch {
      // No clipboard (http page, old WebView): select the code so a long-press copies it.
      const out = this.renderRoot.querySelector('#ticket');
      if (out) getSelection()?.selectAllChildren(out);
    }
  }
}
