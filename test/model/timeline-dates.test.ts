import { expect } from '@open-wc/testing';
import { calendarDateIn } from '../../src/model/timeline-dates.js';

describe('model/timeline-dates calendarDateIn', () => {
  it('is the village day, not the UTC day, in each Indonesian zone', () => {
    // 06:30 WIB on 1 July is still 30 June in UTC.
    expect(calendarDateIn(new Date('2025-06-30T23:30:00Z'), 'Asia/Jakarta')).to.equal('2025-07-01');
    expect(calendarDateIn(new Date('2025-06-30T16:59:59Z'), 'Asia/Jakarta')).to.equal('2025-06-30');
    expect(calendarDateIn(new Date('2025-06-30T17:00:00Z'), 'Asia/Jakarta')).to.equal('2025-07-01');
    expect(calendarDateIn(new Date('2025-06-30T15:59:59Z'), 'Asia/Makassar')).to.equal('2025-06-30');
    expect(calendarDateIn(new Date('2025-06-30T16:00:00Z'), 'Asia/Makassar')).to.equal('2025-07-01');
    expect(calendarDateIn(new Date('2025-12-31T15:00:00Z'), 'Asia/Jayapura')).to.equal('2026-01-01');
    expect(calendarDateIn(new Date('2025-12-31T14:59:59Z'), 'Asia/Jayapura')).to.equal('2025-12-31');
  });

  it('defaults to Asia/Jakarta, the data model default', () => {
    expect(calendarDateIn(new Date('2024-02-28T17:00:00Z'))).to.equal('2024-02-29');
  });
});
