// The size ceilings: each entry's gzip bytes as they are now, plus a little slack. Until the
// size targets are met (docs/performance.md), `npm run size -- --ceiling` fails when an
// entry grows past its ceiling, so CI stops the bundles growing while they are over budget.
// Lower a ceiling when a change makes an entry smaller; raise one only in the commit that
// needs it, saying why.
import { readFileSync } from 'node:fs';
import type { SizeRow } from './report.js';

export const CEILING_FILE = new URL('./size-ceiling.json', import.meta.url);

export function readCeilings(file: URL | string = CEILING_FILE): Record<string, number> {
  return (JSON.parse(readFileSync(file, 'utf8')) as { ceilings: Record<string, number> }).ceilings;
}

/** One line per entry whose gzip size is past its ceiling; entries without one are not judged. */
export function pastCeiling(rows: readonly Pick<SizeRow, 'entry' | 'gzipBytes'>[], ceilings: Record<string, number>): string[] {
  return rows.flatMap((r) => {
    const ceiling = ceilings[r.entry];
    if (ceiling === undefined || r.gzipBytes <= ceiling) return [];
    return [`${r.entry}: ${r.gzipBytes} bytes gz, ceiling ${ceiling} (+${r.gzipBytes - ceiling})`];
  });
}
