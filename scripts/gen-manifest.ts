// `npm run gen:manifest` (and `npm run build`): writes custom-elements.json, the Custom
// Elements Manifest that editors, Storybook's autodocs and catalogues read each element's
// attributes, properties, events and slots from. Options live in
// custom-elements-manifest.config.mjs so the CLI and this script analyse the same files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
// @ts-expect-error the analyzer's CLI module ships no type declarations
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { ROOT } from './build.js';

export const MANIFEST_FILE = 'custom-elements.json';

/** The manifest as the analyzer sees the sources now, serialised as the committed file is. */
export async function generateManifest(): Promise<string> {
  const manifest = (await cli({ argv: ['analyze'], cwd: ROOT, noWrite: true })) as { modules?: { path: string }[] };
  // The analyzer lists modules in the order the file system returns them, which differs
  // between checkouts: sort them (by code point, not locale) so every machine writes the same file.
  manifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export async function writeManifest(): Promise<string> {
  const out = join(ROOT, MANIFEST_FILE);
  writeFileSync(out, await generateManifest());
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeManifest()
    .then((out) => console.log(`gen:manifest: ${out}`))
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
