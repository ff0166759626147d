import { expect } from '@open-wc/testing';
import { attemptTimeout, retryDelay, verdictOf } from '../../src/model/usulan-retry.js';
import { fillTimeRemaining, rateLimitRemaining, recentSends } from '../../src/model/usulan-spam.js';

describe('model/usulan-retry', () => {
  it('reads statuses: 2xx sent, 4xx rejected, 408/425/429 and 5xx retried', () => {
    expect([200, 201, 202, 299].map(verdictOf)).to.deep.equal(['sent', 'sent', 'sent', 'sent']);
    expect([400, 404, 409, 422].map(verdictOf)).to.deep.equal(['rejected', 'rejected', 'rejected', 'rejected']);
    expect([408, 425, 429, 500, 502, 503, 0, 302].map(verdictOf)).to.deep.equal(Array(8).fill('retry'));
  });

  it('gives an attempt the time its upload takes at 8 kB/s on top of the answer time', () => {
    expect(attemptTimeout(20_000, 0)).to.equal(20_000);
    expect(attemptTimeout(20_000, 2_000)).to.equal(20_250);
    // three photos of about 340 kB: 127.5 s to upload, 147.5 s in all
    expect(attemptTimeout(20_000, 1_020_000)).to.equal(147_500);
    expect(attemptTimeout(5_000, -1)).to.equal(5_000);
  });

  it('doubles the delay from the base and caps it', () => {
    expect([0, 1, 2, 3].map((a) => retryDelay(a))).to.deep.equal([5_000, 10_000, 20_000, 40_000]);
    expect(retryDelay(8)).to.equal(900_000);
    expect(retryDelay(1000)).to.equal(900_000);
    expect(retryDelay(2, 100, 1_000)).to.equal(400);
    expect(retryDelay(-3, 100)).to.equal(100);
  });
});

describe('model/usulan-spam', () => {
  it('tells how long a too-fast form must still wait', () => {
    expect(fillTimeRemaining(1_000, 3_500, 5_000)).to.equal(2_500);
    expect(fillTimeRemaining(1_000, 6_000, 5_000)).to.equal(0);
    expect(fillTimeRemaining(1_000, 9_000, 5_000)).to.equal(0);
  });

  it('keeps only sends inside the window', () => {
    expect(recentSends([50, 10, 100, 200], 150, 100)).to.deep.equal([100]);
  });

  it('allows max sends per window and says when the next fits', () => {
    const hour = 3_600_000;
    expect(rateLimitRemaining([], 0, 3, hour)).to.equal(0);
    expect(rateLimitRemaining([1_000, 2_000], 5_000, 3, hour)).to.equal(0);
    expect(rateLimitRemaining([1_000, 2_000, 3_000], 5_000, 3, hour)).to.equal(1_000 + hour - 5_000);
    expect(rateLimitRemaining([1_000, 2_000, 3_000, 4_000], 5_000, 3, hour)).to.equal(2_000 + hour - 5_000);
    expect(rateLimitRemaining([1_000, 2_000, 3_000], 1_000 + hour, 3, hour)).to.equal(0);
  });
});
