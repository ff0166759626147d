// `npm run build`: (a) the ES modules apps import, one entry per public module with lit, zod
// and d3 left external so an app bundles them once; (b) the one self-registering script
// `dist/kpm-widgets.js` a village admin pastes into WordPress (a classic script: IIFE, all
// inlined, minified); (c) `.d.ts` files from tsc; (d) the published JSON Schema; (e) the
// Custom Elements Manifest `custom-elements.json` (committed, so regenerated here); (f) the
// static pages for village admins (the data builder, the iframe embed page) in `dist/app/`,
// so they can be hosted as plain files next to the bundle.
// Two Vite passes because Vite cannot build a multi-entry IIFE.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type InlineConfig, type PluginOption } from 'vite';
import { asciiTemplatesPlugin } from './ascii-templates.js';
import { minifyCssPlugin } from './minify-css.js';
import { stripSchemaDocsPlugin } from './strip-docs.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const BUNDLE_FILE = 'kpm-widgets.js';
export const GLOBAL_NAME = 'KpmWidgets';
export const SCHEMA_FILE = 'schema/kpm-dataset.schema.json';
/** The entry of the one-script bundle `dist/kpm-widgets.js` (the package entry is src/index.ts). */
export const ONE_SCRIPT_ENTRY = join(ROOT, 'src/one-script.ts');

/** The browsers DESIGN.md supports; oxc lowers syntax newer than these (e.g. static blocks). */
const BROWSER_TARGETS = ['chrome100', 'safari15.4', 'firefox100'];

/** Replaced in bundles that inline their dependencies, so no `process` is left for a browser. */
const PRODUCTION_DEFINE = { 'process.env.NODE_ENV': JSON.stringify('production') };

/**
 * The source rewrites of every build that ships browser code (and of scripts/size.ts, which
 * measures what ships): the schema's doc strings out, the css`` styles minified.
 */
export function browserPlugins(): PluginOption[] {
  return [stripSchemaDocsPlugin(), minifyCssPlugin()];
}

/** The element folders under src/widgets that have an entry; each becomes a public module. */
export function widgetNames(root = ROOT): string[] {
  const dir = join(root, 'src/widgets');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.ts')))
    .map((d) => d.name)
    .sort();
}

/**
 * Output name (without `.js`) → source file, for every public entry that exists now. The
 * entries are discovered so that a new widget folder is built without touching this script.
 */
export function libraryEntries(root = ROOT): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of ['index', 'core/index', 'schema/index', 'model/index']) {
    const file = join(root, 'src', `${name}.ts`);
    if (existsSync(file)) entries[name] = file;
  }
  for (const widget of widgetNames(root)) {
    entries[`widgets/${widget}/index`] = join(root, 'src/widgets', widget, 'index.ts');
  }
  return entries;
}

function runtimeDependencies(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
}

/** The ES-module build: shared code goes into chunks, dependencies stay imports. */
export function libraryConfig(entries: Record<string, string>): InlineConfig {
  const deps = runtimeDependencies();
  const external = (id: string) => deps.some((d) => id === d || id.startsWith(`${d}/`));
  return {
    root: ROOT,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    plugins: browserPlugins(),
    build: {
      outDir: DIST,
      emptyOutDir: false,
      target: BROWSER_TARGETS,
      // Apps minify; readable modules keep their stack traces and pure annotations useful.
      minify: false,
      sourcemap: true,
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        external,
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
}

/**
 * One file with everything inlined, as a page that loads only this script receives it. Used
 * for `dist/kpm-widgets.js` and by scripts/size.ts to measure each widget alone.
 */
export function standaloneConfig(
  entry: string,
  options: { outDir?: string; fileName?: string; write?: boolean } = {},
): InlineConfig {
  return {
    root: ROOT,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    plugins: [...browserPlugins(), asciiTemplatesPlugin()],
    define: PRODUCTION_DEFINE,
    build: {
      outDir: options.outDir ?? DIST,
      emptyOutDir: false,
      write: options.write ?? true,
      target: BROWSER_TARGETS,
      minify: true,
      sourcemap: options.write === false ? false : true,
      // A classic script sent without a charset is decoded in the page's encoding: all ASCII
      // (with asciiTemplatesPlugin), the widgets' own `·` and `—` survive a page that is not UTF-8.
      rolldownOptions: { output: { charset: 'ascii' } },
      lib: {
        entry,
        formats: ['iife'],
        name: GLOBAL_NAME,
        fileName: () => options.fileName ?? BUNDLE_FILE,
      },
    },
  };
}

export const AUTOLOAD_DIR = 'autoload';
export const AUTOLOAD_FILE = 'kpm-autoload.js';

/**
 * The on-demand build (`dist/autoload/`): src/autoload.ts as a module script, each element a
 * chunk it imports when the page has that element, shared code (Lit, zod, core, schema) in
 * chunks of its own; minified, with every dependency inlined, as the one-script bundle. A widget's
 * chunk is named after its folder (`budget-chart-<hash>.js`) so a reader of the folder, and
 * the tests, can tell which file holds which widget.
 */
export function autoloadConfig(options: { write?: boolean } = {}): InlineConfig {
  const entry = join(ROOT, 'src/autoload.ts');
  const config = standaloneConfig(entry, { ...options, outDir: join(DIST, AUTOLOAD_DIR) });
  // A module script is always decoded as UTF-8, so its characters stay as they are (shorter).
  config.plugins = browserPlugins();
  config.build!.lib = { entry: { 'kpm-autoload': entry }, formats: ['es'], fileName: () => AUTOLOAD_FILE };
  config.build!.rolldownOptions = {
    output: {
      // Vite's library mode leaves whitespace and pure annotations in ES output, for the
      // bundler an app would run next; these files go to the browser as they are.
      minify: true,
      comments: false,
      chunkFileNames: (chunk) => {
        const widget = /\/src\/widgets\/([^/]+)\/index\.ts$/.exec(chunk.facadeModuleId ?? '');
        return `${widget ? widget[1] : chunk.name}-[hash].js`;
      },
    },
  };
  return config;
}

/** The admin pages at the repository root that `npm start` serves and the build copies out. */
export const APP_PAGES = ['builder.html', 'embed.html'];
export const APP_DIR = 'app';
/** The host page's iframe resize snippet, shipped beside embed.html so a site can link to it. */
export const RESIZE_SNIPPET = 'examples/embed-resize.js';

/**
 * The static pages, built by Vite as a multi-page app with relative asset URLs (`base: './'`)
 * so `dist/app/` works from any folder of any host, including a file upload to a CMS.
 */
export function appConfig(pages: string[]): InlineConfig {
  const input = Object.fromEntries(pages.map((p) => [p.replace(/\.html$/, ''), join(ROOT, p)]));
  return {
    root: ROOT,
    base: './',
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    plugins: browserPlugins(),
    define: PRODUCTION_DEFINE,
    build: {
      outDir: join(DIST, APP_DIR),
      emptyOutDir: false,
      target: BROWSER_TARGETS,
      minify: true,
      sourcemap: true,
      rolldownOptions: { input },
    },
  };
}

/**
 * Runs tsc beside the Vite passes (it is the slow step). tsc writes the declarations even
 * when it reports type errors; the caller fails at the end, after everything is written.
 */
function typeDeclarations(): Promise<boolean> {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const child = spawn(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], {
    stdio: 'inherit',
  });
  return new Promise((resolve) => child.on('close', (code) => resolve(code === 0)));
}

async function jsonSchema(): Promise<string | null> {
  const generator = join(ROOT, 'scripts/gen-schema.ts');
  if (!existsSync(generator)) return null;
  const { buildJsonSchema } = await import(pathToFileURL(generator).href);
  const out = join(DIST, SCHEMA_FILE);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(buildJsonSchema(), null, 2)}\n`);
  return out;
}

async function main(): Promise<void> {
  const started = performance.now();
  const step = (label: string) =>
    console.log(`build: ${label} (${Math.round(performance.now() - started)} ms)`);
  const entries = libraryEntries();
  if (!entries.index) throw new Error('src/index.ts is missing: it is the entry of the build');
  if (!existsSync(ONE_SCRIPT_ENTRY)) throw new Error('src/one-script.ts is missing: it is the entry of dist/kpm-widgets.js');

  rmSync(DIST, { recursive: true, force: true });
  const types = typeDeclarations();
  await build(libraryConfig(entries));
  step(`ES modules: ${Object.keys(entries).join(', ')}`);
  await build(standaloneConfig(ONE_SCRIPT_ENTRY));
  step(`one-script bundle: dist/${BUNDLE_FILE} (global ${GLOBAL_NAME})`);
  if (existsSync(join(ROOT, 'src/autoload.ts'))) {
    await build(autoloadConfig());
    step(`on-demand loader: dist/${AUTOLOAD_DIR}/${AUTOLOAD_FILE} and its chunks`);
  }
  const pages = APP_PAGES.filter((p) => existsSync(join(ROOT, p)));
  if (pages.length) {
    await build(appConfig(pages));
    if (existsSync(join(ROOT, RESIZE_SNIPPET))) {
      copyFileSync(join(ROOT, RESIZE_SNIPPET), join(DIST, APP_DIR, 'embed-resize.js'));
    }
    step(`admin pages: ${pages.map((p) => `dist/${APP_DIR}/${p}`).join(', ')} (+ embed-resize.js)`);
  }
  const typesClean = await types;
  step(typesClean ? 'type declarations: dist/types/' : 'type declarations written WITH TYPE ERRORS (above)');
  const schema = await jsonSchema();
  step(
    schema
      ? `JSON Schema: dist/${SCHEMA_FILE}`
      : 'JSON Schema skipped: scripts/gen-schema.ts does not exist yet',
  );
  const { writeManifest } = await import('./gen-manifest.js');
  step(`Custom Elements Manifest: ${await writeManifest()}`);
  if (!typesClean) throw new Error('build failed: tsc reported type errors (see above)');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
