import { expect } from '@open-wc/testing';
import { availableYears, murniOf, pickApbdes, versionsOfYear } from '../../src/model/index.js';
import type { Apbdes } from '../../src/schema/index.js';
import { apbdesById, budget, line, loadExample } from './helpers.js';

const ids = (list: (Apbdes | undefined)[]) => list.map((a) => a?.id);

describe('model/apbdes-select', () => {
  it('picks the perubahan as the current budget of the example', async () => {
    const all = (await loadExample()).apbdes!;
    expect(pickApbdes(all)?.id).to.equal('apbdes-2025-perubahan');
    expect(pickApbdes(all, { year: 2024 })?.id).to.equal('apbdes-2024-murni');
    expect(pickApbdes(all, { year: 2025, versi: 'murni' })?.id).to.equal('apbdes-2025-murni');
    expect(pickApbdes(all, { year: 2023 })).to.equal(undefined);
    expect(pickApbdes(all, { year: 2024, versi: 'perubahan' })).to.equal(undefined);
    expect(pickApbdes([])).to.equal(undefined);
  });

  it('never lets a draft or a rancangan outrank a ditetapkan murni', async () => {
    const murni = apbdesById(await loadExample(), 'apbdes-2025-murni');
    const rancangan = budget([line('4.2.1', 1)], { id: 'r', versi: 'rancangan', status: 'ditetapkan' });
    const drafPerubahan = budget([line('4.2.1', 1)], { id: 'p', versi: 'perubahan', status: 'draf' });
    for (const list of [[rancangan, murni, drafPerubahan], [drafPerubahan, murni, rancangan]]) {
      expect(pickApbdes(list)?.id).to.equal('apbdes-2025-murni');
    }
    // without a ditetapkan budget, the most advanced draft is current
    const drafMurni = budget([line('4.2.1', 1)], { id: 'm', versi: 'murni', status: 'draf' });
    expect(pickApbdes([drafMurni, drafPerubahan])?.id).to.equal('p');
    // a version asked for by name still prefers its ditetapkan copy
    expect(pickApbdes([drafMurni, murni], { versi: 'murni' })?.id).to.equal('apbdes-2025-murni');
  });

  it('breaks a tie by the later tanggalPenetapan, then the id, whatever the list order', () => {
    const a = budget([line('4.2.1', 1)], { id: 'a', tanggalPenetapan: '2024-12-20' });
    const b = budget([line('4.2.1', 1)], { id: 'b', tanggalPenetapan: '2024-12-27' });
    const c = budget([line('4.2.1', 1)], { id: 'c', tanggalPenetapan: '2024-12-27' });
    expect(pickApbdes([a, b, c])?.id).to.equal('c');
    expect(pickApbdes([c, b, a])?.id).to.equal('c');
    expect(pickApbdes([b, a])?.id).to.equal('b');
  });

  it('lists years ascending and a year\'s versions in budget-cycle order', async () => {
    const all = (await loadExample()).apbdes!;
    expect(availableYears(all)).to.deep.equal([2024, 2025]);
    expect(ids(versionsOfYear(all, 2025))).to.deep.equal(['apbdes-2025-murni', 'apbdes-2025-perubahan']);
    const rancangan = budget([line('4.2.1', 1)], { id: 'r', versi: 'rancangan', status: 'draf' });
    expect(ids(versionsOfYear([...all].reverse().concat(rancangan), 2025))).to.deep.equal([
      'r', 'apbdes-2025-murni', 'apbdes-2025-perubahan',
    ]);
    expect(versionsOfYear(all, 2030)).to.deep.equal([]);
  });

  it('finds the murni a perubahan replaces, by menggantikanId or else by year', async () => {
    const all = (await loadExample()).apbdes!;
    const perubahan = apbdesById({ apbdes: all } as never, 'apbdes-2025-perubahan');
    expect(murniOf(all, perubahan)?.id).to.equal('apbdes-2025-murni');
    const { menggantikanId: _, ...unlinked } = perubahan;
    expect(murniOf(all, unlinked as Apbdes)?.id).to.equal('apbdes-2025-murni');
    expect(murniOf(all, apbdesById({ apbdes: all } as never, 'apbdes-2024-murni'))).to.equal(undefined);
  });
});
