// Writes the browser suite's pass/fail counts to a file so `npm test` can print one plain
// "N passed, N failed" line over the Node checks and the browser tests together.
import { writeFileSync } from 'node:fs';

function count(results, acc) {
  if (!results) return acc;
  for (const t of results.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of results.suites ?? []) count(s, acc);
  return acc;
}

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
      for (const s of sessions) {
        count(s.testResults, acc);
        if (!s.passed && (s.errors?.length ?? 0) > 0) acc.fileErrors++;
      }
      if (file) writeFileSync(file, JSON.stringify(acc));
    },
  };
}
