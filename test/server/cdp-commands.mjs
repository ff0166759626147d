// Test-runner commands that need the browser itself (Chrome DevTools Protocol), which a test
// page cannot reach: saving a screenshot for people to look at, counting what a page holds
// after a forced garbage collection (heap, DOM nodes, listeners) for leak checks, and placing
// the device somewhere (geolocation permission and position) for "use my location", and a
// real touch swipe or wheel.
// Tests call them with `executeServerCommand(name, payload)` from '@web/test-runner-commands'.
import { mkdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCREENSHOT_DIR = fileURLToPath(new URL('../screenshots/', import.meta.url));

async function cdpSession(session) {
  const page = session.browser.getPage(session.id);
  return { page, cdp: await page.createCDPSession() };
}

export function cdpCommands() {
  return {
    name: 'kpm-cdp-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'kpm-screenshot') {
        // Screenshots land in test/screenshots/ (ignored by git): to look at, not to compare.
        const name = normalize(String(payload?.name ?? 'shot')).replace(/^(\.\.[/\\])+/, '');
        const file = join(SCREENSHOT_DIR, `${name}.png`);
        mkdirSync(dirname(file), { recursive: true });
        const page = session.browser.getPage(session.id);
        await page.screenshot({ path: file, fullPage: Boolean(payload?.fullPage) });
        return file;
      }
      if (command === 'kpm-memory') {
        const { cdp } = await cdpSession(session);
        try {
          await cdp.send('HeapProfiler.enable');
          // At least three passes, then until the node count stops falling (at most six): one
          // pass can leave objects that only a second frees (weak refs), and on a busy machine
          // the nodes a pass freed can still be counted for a moment (a CI run once saw 500
          // removed nodes still counted after two back-to-back passes).
          let counters = null;
          for (let pass = 0; pass < 6; pass++) {
            await cdp.send('HeapProfiler.collectGarbage');
            await new Promise((resolve) => setTimeout(resolve, 20));
            const now = await cdp.send('Memory.getDOMCounters');
            const settled = pass >= 2 && now.nodes >= counters.nodes;
            counters = now;
            if (settled) break;
          }
          const heap = await cdp.send('Runtime.getHeapUsage');
          return {
            documents: counters.documents,
            nodes: counters.nodes,
            listeners: counters.jsEventListeners,
            heapUsed: heap.usedSize,
          };
        } finally {
          await cdp.detach();
        }
      }
      if (command === 'kpm-geolocation') {
        // Through puppeteer's own page session: an override set on a CDP session of ours would
        // end when that session detaches. `{ deny: true }` withdraws the permission instead.
        const page = session.browser.getPage(session.id);
        const origin = new URL(page.url()).origin;
        if (payload?.deny) {
          await page.browserContext().overridePermissions(origin, []);
          return true;
        }
        await page.browserContext().overridePermissions(origin, ['geolocation']);
        await page.setGeolocation({ latitude: payload.latitude, longitude: payload.longitude, accuracy: payload.accuracy ?? 10 });
        return true;
      }
      if (command === 'kpm-wheel') {
        // A real wheel or trackpad scroll at a viewport point.
        const page = session.browser.getPage(session.id);
        await page.mouse.move(payload.at[0], payload.at[1]);
        await page.mouse.wheel({ deltaX: payload.deltaX ?? 0, deltaY: payload.deltaY ?? 0 });
        return true;
      }
      if (command === 'kpm-swipe') {
        // A real one-finger swipe (touch input through the browser), from one viewport point
        // to another in `steps` moves.
        const page = session.browser.getPage(session.id);
        const [x0, y0] = payload.from;
        const [x1, y1] = payload.to;
        const steps = payload.steps ?? 8;
        await page.touchscreen.touchStart(x0, y0);
        for (let i = 1; i <= steps; i++) await page.touchscreen.touchMove(x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * i) / steps);
        await page.touchscreen.touchEnd();
        return true;
      }
      return undefined;
    },
  };
}
