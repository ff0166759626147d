// examples/aggressive-theme.html puts every widget under a village theme whose global CSS
// resets everything (*, svg, table, button, fonts, line-height, with !important) and sets the
// root font size to 62.5 % (10 px, as Bootstrap 3 does, which rem-sized widgets followed). The widgets
// must look as they do on a plain page: this compares the computed text styles of their key
// pieces with the same page whose theme stylesheet is swapped for a neutral one
// (test/fixtures/examples/neutral.css: only the column layout), and checks
// that the widgets stay inside their column and no text spills out of its box.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { ROOT } from '../../scripts/build.js';
import { NOT_BUILT } from './dist-state.js';
import { launchBrowser, serveRepo, waitForWidgets } from './examples-server.js';

const WIDGETS = [
  'budget-chart',
  'budget-chart-belanja',
  'program-timeline',
  'scorecard',
  'participation-form',
  'participation-form-list',
  'partner-map',
  'partner-map-list',
] as const;

/** The pieces compared, by role: the first match inside each widget's shadow root. */
const PIECES: Record<string, string> = {
  heading: 'h2, h3',
  text: 'p, li, dd',
  button: 'button',
  cell: 'td, th',
  svgText: 'svg text',
  link: 'a[href]',
  // Small print: the provenance footer and the control labels are 13–14 px on a plain page.
  small: 'footer',
  label: 'label',
};

const PROPERTIES = ['font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'text-indent', 'white-space', 'color', 'box-sizing'];

type Styles = Record<string, Record<string, Record<string, string> | null>>;

function readStyles(page: Page): Promise<Styles> {
  return page.evaluate(
    (ids: string[], pieces: Record<string, string>, props: string[]) => {
      const out: Styles = {};
      for (const id of ids) {
        const host = document.getElementById(id);
        const root = host?.shadowRoot;
        out[id] = {};
        // The host itself: its font size is what every em inside the widget follows.
        if (host) {
          const cs = getComputedStyle(host);
          out[id].host = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
        }
        for (const [role, selector] of Object.entries(pieces)) {
          const el = root?.querySelector(selector);
          if (!el) {
            out[id][role] = null;
            continue;
          }
          const cs = getComputedStyle(el);
          out[id][role] = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
        }
      }
      return out;
    },
    [...WIDGETS],
    PIECES,
    PROPERTIES,
  );
}

/** Widgets wider than their column, and elements whose own text runs past their box. */
function readOverflow(page: Page): Promise<{ wide: string[]; spills: string[] }> {
  return page.evaluate((ids: string[]) => {
    const wide: string[] = [];
    const spills: string[] = [];
    for (const id of ids) {
      const host = document.getElementById(id);
      const root = host?.shadowRoot;
      if (!host || !root) continue;
      const column = host.parentElement!.getBoundingClientRect();
      const box = host.getBoundingClientRect();
      if (box.left < column.left - 1 || box.right > column.right + 1) wide.push(`${id}: ${box.width} in ${column.width}`);
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        if (el.closest('.sr-only') || el.closest('svg')) continue;
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        // Inside a scroll box (a wide table in its wrapper) running past is meant to scroll.
        // (No named helper here: the page runs this source as is, without tsx's __name.)
        let inScroller = false;
        for (let e: Element | null = el.parentElement; e && !inScroller; e = e.parentElement) {
          inScroller = ['auto', 'scroll', 'hidden'].includes(getComputedStyle(e).overflowX);
        }
        for (const node of el.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const text = range.getBoundingClientRect();
          if ((text.right > rect.right + 1 || text.left < rect.left - 1) && !inScroller) {
            spills.push(`${id} <${el.localName} class="${el.className}">${node.textContent.trim().slice(0, 40)}: text ${Math.round(text.width)} px in a ${Math.round(rect.width)} px box`);
          }
        }
      }
    }
    return { wide, spills };
  }, [...WIDGETS]);
}

test('every widget keeps its own fonts, sizes and spacing under an aggressive theme', async (t) => {
  if (NOT_BUILT) return t.skip(NOT_BUILT);
  const browser = await launchBrowser();
  if (!browser) return t.skip('no Chrome or Chromium: set CHROME_PATH');
  const server = await serveRepo();
  try {
    const errors: string[] = [];
    const neutralCss = readFileSync(join(ROOT, 'test/fixtures/examples/neutral.css'), 'utf8');
    const open = async (themed: boolean) => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1024, height: 800 });
      page.on('pageerror', (e) => errors.push(`${themed ? 'themed' : 'neutral'}: ${String(e)}`));
      if (!themed) {
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          if (request.url().endsWith('/aggressive-theme.css')) {
            void request.respond({ status: 200, contentType: 'text/css', body: neutralCss });
          } else {
            void request.continue();
          }
        });
      }
      await page.goto(`${server.origin}/examples/aggressive-theme.html`, { waitUntil: 'load' });
      await waitForWidgets(page, WIDGETS);
      // Open the data tables (behind a toggle), so table cells are compared too.
      await page.evaluate((ids: string[]) => {
        for (const id of ids) {
          document.getElementById(id)?.shadowRoot?.querySelector<HTMLElement>('button[aria-controls="table"]')?.click();
        }
      }, [...WIDGETS]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return page;
    };
    const neutral = await open(false);
    const themed = await open(true);
    const expected = await readStyles(neutral);
    const actual = await readStyles(themed);
    // The comparison must have something to compare: each role appears in some widget.
    for (const role of Object.keys(PIECES)) {
      assert.ok(
        WIDGETS.some((id) => expected[id]?.[role]),
        `no widget on the neutral page has a ${role} (${PIECES[role]}): did the page render?`,
      );
    }
    assert.deepEqual(actual, expected);
    const overflow = await readOverflow(themed);
    assert.deepEqual(overflow.wide, [], 'widgets wider than their column');
    assert.deepEqual(overflow.spills, [], 'text wider than its box');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
