// Lifecycle: `src`, `lang`, `view` and `year` changed in quick succession end in what was
// asked last. An earlier `src` whose answer arrives after a later one's (the test server's
// slow routes) must never show, not even briefly, must not fire `kpm-ready`, and its fetch
// must really be aborted. Everything goes over real HTTP; `fetch` is only watched, to read
// the signal each request was given.
import { expect } from '@open-wc/testing';
import { pageErrors, unwatchPage, watchPage, type WidgetCase } from '../fixtures/hostile/harness.js';
import { CASES, create as createWidget, pause, recordEvents, text, waitFor, type Widget } from './lifecycle-helpers.js';

const EXAMPLE = 'desa-sukamaju-2025.json';
const OTHER = 'lifecycle/desa-mekarsari-2025.json'; // the example renamed: Mekarsari, dusun Cibeureum
const SUKAMULYA = 'partner-map/desa-sukamulya.json';
const slow = (path: string, ms: number) => `/__test__/slow-file?path=${encodeURIComponent(path)}&ms=${ms}`;
const TODAY = '2025-09-15';
// The earlier answer's delay, and how long a test waits past it for a late flash.
const LATE = 600;

type Village = 'example' | 'other';
// The form shows no village name, but it lists the dusun.
const villageIn = (t: string): Village | null => (/Mekarsari|Cibeureum/.test(t) ? 'other' : /Sukamaju|Krajan/.test(t) ? 'example' : null);

let host: HTMLElement;
const fetched: Array<{ url: string; signal?: AbortSignal }> = [];
const realFetch = window.fetch;

/** A widget with "today" pinned, so two renders of the same data read the same. */
const create = (w: WidgetCase, attrs: Record<string, string> = {}): Widget => createWidget(w, { today: TODAY, ...attrs });

/** Which village the element showed, each change once, from the first render on. */
function watchVillage(el: Element): Village[] {
  const seen: Village[] = [];
  const look = () => {
    const v = villageIn(text(el));
    if (v && seen[seen.length - 1] !== v) seen.push(v);
  };
  new MutationObserver(look).observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  look();
  return seen;
}

/** The signals of every request made for `path` so far. */
const signalsFor = (path: string) => fetched.filter((f) => f.url.includes(encodeURIComponent(path))).map((f) => f.signal);

/** The text a fresh element shows when given `attrs` and `src` from the start. */
async function reference(w: WidgetCase, attrs: Record<string, string>): Promise<string> {
  const el = create(w, attrs);
  const ready = new Promise((r) => el.addEventListener('kpm-ready', r, { once: true }));
  host.append(el);
  await ready;
  await el.updateComplete;
  await pause(30);
  const t = text(el);
  el.remove();
  return t;
}

/**
 * Appends `outer` (the widget, or the `<kpm-data>` around `el`), lets the first request
 * start, makes the `changes` (each after a short pause), and waits until `el` is ready and
 * the earlier answers have had time to arrive. Returns which villages `el` showed, in order,
 * and the events it fired.
 */
async function race(outer: Element, el: Element, changes: Array<() => void>): Promise<{ seen: Village[]; events: string[] }> {
  const events = recordEvents(el);
  host.append(outer);
  const seen = watchVillage(el);
  for (const change of changes) {
    await pause(45);
    change();
  }
  await waitFor(() => events.length > 0, 'never ready');
  await pause(LATE);
  return { seen, events };
}

function noPageErrors(): void {
  const errors = pageErrors.splice(0);
  expect(errors, errors.join(' | ')).to.deep.equal([]);
}

describe('lifecycle: quick changes end in the last one', function () {
  this.timeout(15_000);

  before(() => {
    watchPage();
    // A pass-through, not a stub: every request still goes over the wire.
    window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
      fetched.push({ url: input instanceof Request ? input.url : String(input), signal: init?.signal ?? undefined });
      return realFetch.call(window, input, init);
    };
  });
  after(() => {
    window.fetch = realFetch;
    unwatchPage();
  });
  beforeEach(() => {
    fetched.length = 0;
    pageErrors.length = 0;
    host = document.createElement('div');
    host.style.width = '800px';
    document.body.append(host);
  });
  afterEach(() => host.remove());

  for (const w of CASES) {
    it(`${w.label}: a later src that answers first wins; the earlier answer never shows and is aborted`, async () => {
      const el = create(w, { src: slow(EXAMPLE, LATE) });
      const { seen, events } = await race(el, el, [() => el.setAttribute('src', slow(OTHER, 30))]);
      expect(seen).to.deep.equal(['other']);
      expect(events).to.deep.equal(['kpm-ready']);
      expect(signalsFor(EXAMPLE).map((s) => s?.aborted)).to.deep.equal([true]);
      expect(signalsFor(OTHER).map((s) => s?.aborted)).to.deep.equal([false]);
      noPageErrors();
    });
  }

  for (const w of CASES) {
    it(`${w.label}: a new src keeps focus in the widget (it went to <body>)`, async () => {
      const el = create(w, { src: `/test/fixtures/${EXAMPLE}` });
      let events = recordEvents(el);
      host.append(el);
      await waitFor(() => events.length > 0, 'never ready');
      const control = el.shadowRoot!.querySelector<HTMLElement>('button, select, input, a[href], [tabindex="0"]')!;
      control.focus();
      expect(el.shadowRoot!.activeElement).to.equal(control);
      events = recordEvents(el);
      el.setAttribute('src', slow(OTHER, 100));
      await waitFor(() => events.length > 0, 'never ready again');
      await el.updateComplete;
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.not.equal(null);
      noPageErrors();
    });
  }

  for (const w of [CASES[0]!, CASES[2]!, CASES[CASES.length - 1]!, CASES.find((c) => c.tag === 'kpm-partner-map')!]) {
    it(`${w.label} inside <kpm-data src>: the later src wins`, async () => {
      const provider = document.createElement('kpm-data');
      provider.setAttribute('src', slow(EXAMPLE, LATE));
      const el = create(w);
      const loads = recordEvents(provider, ['kpm-data-load', 'kpm-error']);
      provider.append(el);
      const { seen, events } = await race(provider, el, [() => provider.setAttribute('src', slow(OTHER, 30))]);
      expect(seen, `${events} ${text(el).slice(0, 300)}`).to.deep.equal(['other']);
      expect(events).to.deep.equal(['kpm-ready']);
      expect(loads).to.deep.equal(['kpm-data-load']);
      expect(signalsFor(EXAMPLE).map((s) => s?.aborted)).to.deep.equal([true]);
      noPageErrors();
    });
  }

  const map: WidgetCase = { label: 'partner-map', tag: 'kpm-partner-map', attrs: { view: 'list' } };

  it('partner-map multi-URL src: the later list wins and every earlier request is aborted', async () => {
    const el = create(map, { src: `${slow(EXAMPLE, LATE)} ${slow(SUKAMULYA, LATE)}` });
    const { seen, events } = await race(el, el, [() => el.setAttribute('src', `${slow(OTHER, 30)} ${slow(SUKAMULYA, 30)}`)]);
    expect(seen).to.deep.equal(['other']);
    expect(events).to.deep.equal(['kpm-ready']);
    expect(text(el)).to.contain('Sukamulya');
    expect(signalsFor(EXAMPLE).map((s) => s?.aborted)).to.deep.equal([true]);
    expect(signalsFor(SUKAMULYA).map((s) => s?.aborted)).to.deep.equal([true, false]);
    noPageErrors();
  });

  it('partner-map: several URLs, then one URL, then several again: the last list wins', async () => {
    const el = create(map, { src: `${slow(EXAMPLE, LATE)} ${slow(SUKAMULYA, LATE)}` });
    const { seen, events } = await race(el, el, [
      () => el.setAttribute('src', slow(EXAMPLE, LATE)),
      () => el.setAttribute('src', `${slow(OTHER, 30)} ${slow(SUKAMULYA, 30)}`),
    ]);
    expect(seen).to.deep.equal(['other']);
    expect(events).to.deep.equal(['kpm-ready']);
    expect(signalsFor(EXAMPLE).map((s) => s?.aborted)).to.deep.equal([true, true]);
    noPageErrors();
  });

  it('partner-map removed while its several URLs load: the requests are aborted', async () => {
    const el = create(map, { src: `${slow(EXAMPLE, LATE)} ${slow(SUKAMULYA, LATE)}` });
    const events = recordEvents(el);
    host.append(el);
    await pause(50);
    el.remove();
    expect(signalsFor(EXAMPLE).map((s) => s?.aborted)).to.deep.equal([true]);
    expect(signalsFor(SUKAMULYA).map((s) => s?.aborted)).to.deep.equal([true]);
    await pause(LATE);
    expect(events).to.deep.equal([]);
    noPageErrors();
  });

  for (const w of CASES) {
    it(`${w.label}: lang switched back and forth while loading ends in the last language`, async () => {
      const expected = await reference(w, { src: slow(OTHER, 0), lang: 'en' });
      const el = create(w, { src: slow(OTHER, 300) });
      const events = recordEvents(el);
      host.append(el);
      for (const lang of ['en', 'id', 'en', 'id', 'en']) {
        el.setAttribute('lang', lang);
        await pause(15);
      }
      await waitFor(() => events.length > 0, 'never ready');
      await el.updateComplete;
      await pause(30);
      expect(el.shadowRoot!.querySelector('[part~=base]')!.getAttribute('lang')).to.equal('en');
      expect(text(el)).to.equal(expected);
      expect(events).to.deep.equal(['kpm-ready']);
      noPageErrors();
    });
  }

  const FLIPS: Array<[WidgetCase, string, string, string]> = [
    [{ label: 'budget-chart', tag: 'kpm-budget-chart' }, 'view', 'ringkasan', 'belanja'],
    [{ label: 'budget-chart', tag: 'kpm-budget-chart' }, 'year', '2025', '2024'],
    [{ label: 'program-timeline', tag: 'kpm-program-timeline' }, 'view', 'list', 'timeline'],
    [{ label: 'program-timeline', tag: 'kpm-program-timeline' }, 'year', '2025', '2024'],
    [{ label: 'scorecard', tag: 'kpm-scorecard' }, 'mode', 'read', 'edit'],
    [{ label: 'participation-form', tag: 'kpm-participation-form' }, 'view', 'list', 'form'],
    [{ label: 'partner-map', tag: 'kpm-partner-map' }, 'view', 'list', 'map'],
    [{ label: 'partner-map', tag: 'kpm-partner-map' }, 'view', 'relationships', 'list'],
  ];

  for (const [w, attr, a, b] of FLIPS) {
    it(`${w.label}: ${attr} ${a}→${b}→${a} while loading and again once ready ends in ${a}`, async () => {
      const expected = await reference(w, { src: slow(OTHER, 0), [attr]: a });
      const el = create(w, { src: slow(OTHER, 200), [attr]: a });
      const events = recordEvents(el);
      host.append(el);
      await pause(20);
      el.setAttribute(attr, b);
      await pause(20);
      el.setAttribute(attr, a);
      await waitFor(() => events.length > 0, 'never ready');
      await el.updateComplete;
      expect(text(el)).to.equal(expected);
      // Once ready: B is rendered, then A is asked for before anything else happens.
      el.setAttribute(attr, b);
      await el.updateComplete;
      expect(text(el)).not.to.equal(expected);
      el.setAttribute(attr, a);
      await el.updateComplete;
      await pause(30);
      expect(text(el)).to.equal(expected);
      expect(events).to.deep.equal(['kpm-ready']);
      noPageErrors();
    });
  }
});
