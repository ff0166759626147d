import { expect } from '@open-wc/testing';
import { describeLoadError } from '../../src/core/load-error.js';

describe('core/describeLoadError', () => {
  it('tells a silent server from a download too slow to finish, in each language', () => {
    const silent = { kind: 'timeout', url: '/a.json', timeoutMs: 15_000 } as const;
    const slow = { kind: 'too_slow', url: '/a.json', totalMs: 120_000 } as const;
    expect(describeLoadError(silent, 'id')).to.equal('Server tidak menjawab dalam 15 detik. Periksa koneksi lalu coba lagi.');
    expect(describeLoadError(slow, 'id')).to.equal(
      'Data masih diunduh setelah 120 detik; koneksi terlalu lambat. Coba lagi di tempat dengan sinyal lebih baik.',
    );
    expect(describeLoadError(slow, 'en')).to.equal(
      'The data was still downloading after 120 seconds; the connection is too slow. Try again where the signal is better.',
    );
  });
});
