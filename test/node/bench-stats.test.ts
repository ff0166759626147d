// The numbers the benchmark report is made of.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { median, summarize } from '../../bench/stats.js';

test('median of an odd count is the middle sample, whatever the order', () => {
  assert.equal(median([9, 1, 5]), 5);
});

test('median of an even count is the mean of the two middle samples', () => {
  assert.equal(median([4, 1, 3, 2]), 2.5);
});

test('median of no samples is an error, not NaN', () => {
  assert.throws(() => median([]), /no samples/);
});

test('summarize reports n, median, min, max and judges the target by the median', () => {
  assert.deepEqual(summarize('x', 10, [8, 50, 9, 7, 9]), {
    name: 'x', target: 10, n: 5, median: 9, min: 7, max: 50, within: true,
  });
  assert.equal((summarize('x', 8, [8, 50, 9]) as { within: boolean }).within, false);
  assert.equal((summarize('x', null, [1]) as { within: null }).within, null);
});
