// Test-runner command `kpm-emulate-media` ({media?, forcedColors?, colorScheme?, reducedMotion?}):
// the stock `emulateMedia` drops `forcedColors` for Chromium driven by Puppeteer, and
// Puppeteer's emulateMediaFeatures refuses the feature, so the CDP call is made directly on a
// session kept per page (the emulation ends when its session detaches).
const sessions = new WeakMap();

export function emulateMediaCommand() {
  return {
    name: 'kpm-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'kpm-emulate-media') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const features = [];
      if (payload?.forcedColors) features.push({ name: 'forced-colors', value: payload.forcedColors });
      if (payload?.colorScheme) features.push({ name: 'prefers-color-scheme', value: payload.colorScheme });
      if (payload?.reducedMotion) features.push({ name: 'prefers-reduced-motion', value: payload.reducedMotion });
      // `media` 'print' lays the page out as paper; '' (the default) is the screen again.
      await sessions.get(page).send('Emulation.setEmulatedMedia', { media: payload?.media ?? '', features });
      return true;
    },
  };
}
