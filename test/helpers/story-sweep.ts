// The accessibility sweep over a widget's Storybook stories (issue 9): every story rendered as
// Storybook would and, once settled, seen in three reading conditions — 320 px (axe's
// color-contrast), 200 % zoom (every WCAG 2.2 A/AA axe rule), forced colours (text lost on
// its backplate) — each measured for sideways overflow and overlapping text, with a
// screenshot saved for people to look at (test/screenshots/<widget>/).
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { axeViolations, overlappingText, textOnItsBackplate } from './a11y.js';
import { hostScrollsSideways, overflowing } from './overflow.js';
import { redirectStoryFetches, renderStory, type AnyStory } from './stories.js';

export interface Condition {
  name: string;
  viewport: { width: number; height: number };
  forcedColors?: boolean;
  fullAxe?: boolean;
  contrast?: boolean;
}

const DESKTOP = { width: 1280, height: 800 };

export const CONDITIONS: Condition[] = [
  { name: '320px', viewport: { width: 320, height: 640 }, contrast: true },
  // 200 % zoom of a 1280 × 800 window lays the page out in 640 × 400 CSS px; the device pixel
  // ratio only sharpens the pixels, so the viewport alone reproduces the layout.
  { name: 'zoom200', viewport: { width: 640, height: 400 }, fullAxe: true },
  { name: 'forced-colors', viewport: DESKTOP, forcedColors: true },
];

/**
 * Forced colours through the test runner's `kpm-emulate-media` command (the stock
 * `emulateMedia` drops `forcedColors` for Chromium driven by Puppeteer). Fails when the page
 * does not actually match `(forced-colors: active)`, so the condition is never skipped unseen.
 */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('kpm-emulate-media', { forcedColors: active ? 'active' : 'none' });
  expect(matchMedia('(forced-colors: active)').matches, 'forced-colors emulation (kpm-emulate-media)').to.equal(active);
}

const frame = () => new Promise((r) => requestAnimationFrame(r));

/** Lets resize observers, Lit updates and layout catch up with a new viewport or media. */
async function relayout(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  await frame();
  await frame();
  await el.updateComplete;
  await frame();
}

type Story = AnyStory & { name?: string };

/** The widget shows its settled state: rendered, nothing busy, no loading skeleton anywhere in it. */
function settled(el: Element): boolean {
  const root = el.shadowRoot;
  if (!root?.querySelector('[part=base]')) return false;
  return !root.querySelector('[aria-busy=true], .skeleton');
}

export interface SweepOptions {
  /** The widget's folder name, for screenshots: test/screenshots/<widget>/<story>-<condition>. */
  widget: string;
  /** Story arguments holding URLs the test server must map (default: src). */
  urlArgs?: string[];
  /** Stories that show the loading skeleton on purpose and never settle. */
  stillLoading?: string[];
  /**
   * Findings too big to fix now, each with its reason: `'<Story>/<condition>/<check>'` (check
   * is axe, overflow, overlap, contrast or backplate).
   */
  known?: Record<string, string>;
  /**
   * Stories too big for axe in every condition (thousands of nodes): contrast is checked once,
   * in the full axe run, each condition still gets its overflow and overlap measurement, and
   * the screenshots show the viewport only (a full page of 1,000 rows takes ~10 s to encode).
   */
  heavy?: string[];
}

export function sweepStories(module: Record<string, unknown>, options: SweepOptions): void {
  const meta = module.default as Story & { component: string };
  const tag = meta.component;
  const stillLoading = new Set(options.stillLoading ?? ['Loading']);
  const known = options.known ?? {};
  const heavy = new Set(options.heavy ?? []);

  describe(`accessibility sweep: ${options.widget} stories`, function () {
    this.timeout(30000);
    redirectStoryFetches();
    before(() => setViewport(DESKTOP));
    after(async () => {
      await emulateForcedColors(false).catch(() => undefined);
      await setViewport({ width: 800, height: 600 });
    });

    for (const [exportName, story] of Object.entries(module) as [string, Story][]) {
      if (exportName === 'default') continue;
      const test = it(`${exportName}: axe-clean (WCAG 2.2 A/AA), no sideways overflow or overlapping text at 320 px, 200 % zoom and in forced colours`, async () => {
        await setViewport(DESKTOP);
        const host = await renderStory(meta, story, { urlArgs: options.urlArgs });
        const el = host.querySelector(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
        if (stillLoading.has(exportName)) {
          await waitUntil(() => el.shadowRoot?.querySelector('.skeleton'), `${exportName} shows no skeleton`, { timeout: 5000 });
        } else {
          await waitUntil(() => settled(el), `${exportName} did not settle`, { timeout: 8000, interval: 20 });
        }
        await relayout(el);

        const findings: string[] = [];
        const record = (condition: string, check: string, list: string[]) => {
          const key = `${exportName}/${condition}/${check}`;
          if (list.length && !(key in known)) findings.push(...list.map((f) => `[${condition}] ${check}: ${f}`));
        };

        for (const c of CONDITIONS) {
          await setViewport(c.viewport);
          if (c.forcedColors) await emulateForcedColors(true);
          try {
            await relayout(el);
            const overflow = overflowing(el);
            if (hostScrollsSideways(el)) overflow.unshift(`the host scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
            record(c.name, 'overflow', overflow);
            record(c.name, 'overlap', overlappingText(el.shadowRoot!));
            if (c.forcedColors) record(c.name, 'backplate', textOnItsBackplate(el.shadowRoot!));
            // Every WCAG rule once (at 640 px, the middle width; color-contrast among them), then
            // contrast again where the layout changes most. Forced colours pick the system's
            // own contrasting pairs; what can still go wrong there is text on its backplate.
            if (c.fullAxe) record(c.name, 'axe', await axeViolations(el));
            else if (c.contrast && !heavy.has(exportName)) record(c.name, 'contrast', await axeViolations(el, ['color-contrast']));
            const name = `${options.widget}/${exportName}-${c.name}`;
            await executeServerCommand('kpm-screenshot', { name, fullPage: !heavy.has(exportName) });
          } finally {
            if (c.forcedColors) await emulateForcedColors(false);
          }
        }
        host.remove();
        expect(findings, findings.join('\n')).to.deep.equal([]);
      });
      if (heavy.has(exportName)) test.timeout(60000);
    }
  });
}
