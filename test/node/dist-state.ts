// Whether dist/ holds a build of the current sources. Tests of the built bundle skip (not pass)
// without one: checking an old build against new sources would report the wrong problem.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_FILE, DIST, ROOT } from '../../scripts/build.js';

export const bundlePath = join(DIST, BUNDLE_FILE);

/** Newest modification time of any file under src/, to tell a stale dist/ from a fresh one. */
function newestSourceTime(): number {
  return readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs), 0);
}

/** Why the dist checks cannot run now, or null when dist/ is a fresh build. */
export const NOT_BUILT: string | null = !existsSync(bundlePath)
  ? 'dist/ is missing: run `npm run build` first'
  : statSync(bundlePath).mtimeMs < newestSourceTime()
    ? 'dist/ is older than src/: run `npm run build` first'
    : null;
