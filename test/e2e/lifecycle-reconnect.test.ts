// Lifecycle: an element moved in the DOM (removed and appended again) keeps working: a load
// cut short by the removal is dropped and starts again, the language is followed, and the
// timeline's ResizeObserver is back.
import { expect } from '@open-wc/testing';
import { loadExample } from '../helpers/dataset.js';
import type { WidgetCase } from '../fixtures/hostile/harness.js';
import { CASES, create, pause, recordEvents, text, waitFor } from './lifecycle-helpers.js';

let example: unknown = null;

const SLOW_EXAMPLE = '/__test__/slow-file?path=desa-sukamaju-2025.json&ms=400';

// What shows that the example loaded: its name, or for the form (which shows no name) a dusun.
const villageText = (w: WidgetCase) => (w.tag === 'kpm-participation-form' && !w.attrs?.view ? 'Krajan' : 'Sukamaju');

function box(width: number): HTMLElement {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  document.body.append(div);
  return div;
}

describe('lifecycle: a moved element keeps working', function () {
  this.timeout(10_000);
  const boxes: HTMLElement[] = [];
  afterEach(() => boxes.splice(0).forEach((b) => b.remove()));

  for (const w of CASES) {
    it(`${w.label}: removed while loading, appended elsewhere, loads and shows the village`, async () => {
      const [a, b] = [box(800), box(800)];
      boxes.push(a, b);
      const el = create(w);
      const events = recordEvents(el);
      el.setAttribute('src', SLOW_EXAMPLE);
      a.append(el);
      await pause(60);
      el.remove();
      // The answer arrives while it is out of the page: dropped, not an error.
      await pause(500);
      expect(events).to.deep.equal([]);
      b.append(el);
      await waitFor(() => events.length > 0, `${w.label} never became ready after the move`);
      expect(events).to.deep.equal(['kpm-ready']);
      await el.updateComplete;
      expect(text(el).includes(villageText(w)), `${w.label} shows ${villageText(w)}`).to.equal(true);
    });
  }

  for (const w of CASES) {
    it(`${w.label}: moved when ready, still follows the page language`, async () => {
      const [a, b] = [box(800), box(800)];
      boxes.push(a, b);
      const el = create(w);
      (el as { data?: unknown }).data = example ?? (example = await loadExample());
      a.append(el);
      await el.updateComplete;
      b.append(el);
      await el.updateComplete;
      const before = text(el);
      b.setAttribute('lang', 'en');
      await waitFor(() => text(el) !== before, `${w.label} did not switch language after the move`);
      expect(el.shadowRoot!.querySelector('[part~=base]')!.getAttribute('lang')).to.equal('en');
    });
  }

  it('program-timeline: moved into a narrow box, switches to the list (its ResizeObserver is back)', async () => {
    const [wide, narrow] = [box(800), box(800)];
    boxes.push(wide, narrow);
    const el = create({ label: 'timeline', tag: 'kpm-program-timeline' });
    (el as { data?: unknown }).data = example ?? (example = await loadExample());
    wide.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('figure')!.classList.contains('timeline')).to.equal(true);
    el.remove();
    narrow.append(el);
    await el.updateComplete;
    narrow.style.width = '320px';
    await waitFor(() => el.shadowRoot!.querySelector('figure')!.classList.contains('list'), 'no switch to the list');
  });
});

describe('lifecycle: a moved form keeps its photos', () => {
  it('the photo previews show again after a move (removal revoked their URLs)', async () => {
    const a = document.createElement('div');
    const b = document.createElement('div');
    document.body.append(a, b);
    try {
      const el = create({ label: 'form', tag: 'kpm-participation-form' });
      (el as { data?: unknown }).data = example ?? (example = await loadExample());
      a.append(el);
      await el.updateComplete;
      const canvas = document.createElement('canvas');
      canvas.width = 40;
      canvas.height = 30;
      canvas.getContext('2d')!.fillRect(0, 0, 40, 30);
      const jpeg = await new Promise<Blob>((r) => canvas.toBlob((x) => r(x!), 'image/jpeg'));
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
      const dt = new DataTransfer();
      dt.items.add(new File([jpeg], 'foto.jpg', { type: 'image/jpeg' }));
      input.files = dt.files;
      input.dispatchEvent(new Event('change'));
      const preview = () => el.shadowRoot!.querySelector<HTMLImageElement>('[part=photos] img');
      await waitFor(() => Boolean(preview()), 'no photo preview');
      const before = preview()!.src;
      el.remove();
      b.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part=photos] img').length).to.equal(1);
      expect(preview()!.src).not.to.equal(before);
      await preview()!.decode(); // rejects when the URL was revoked
    } finally {
      a.remove();
      b.remove();
    }
  });
});
