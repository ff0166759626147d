import { expect } from '@open-wc/testing';
import { clusterPoints } from '../../src/model/map-cluster.js';

type P = { id: string; x: number; y: number };
const at = (p: P) => [p.x, p.y] as const;
const ids = (cs: { members: P[] }[]) => cs.map((c) => c.members.map((m) => m.id).join(','));

describe('model/map-cluster', () => {
  const pts: P[] = [
    { id: 'a', x: 0, y: 0 },
    { id: 'b', x: 10, y: 0 },
    { id: 'c', x: 30, y: 0 },
    { id: 'd', x: 100, y: 100 },
    { id: 'e', x: 100, y: 100 },
    { id: 'f', x: 119, y: 100 },
  ];

  it('joins points within the radius of a seed, in input order', () => {
    const cs = clusterPoints(pts, at, 20);
    expect(ids(cs)).to.deep.equal(['a,b', 'c', 'd,e,f']);
    expect(cs[0]).to.include({ x: 5, y: 0 });
    expect(cs[2].x).to.equal(106.33333333333333);
  });

  it('a smaller radius splits, a larger one merges', () => {
    expect(ids(clusterPoints(pts, at, 5))).to.deep.equal(['a', 'b', 'c', 'd,e', 'f']);
    expect(clusterPoints(pts, at, 35).length).to.equal(2);
    expect(clusterPoints(pts, at, 1000).length).to.equal(1);
  });

  it('merges across grid cell borders (distance, not cells, decides)', () => {
    const cs = clusterPoints([{ id: 'l', x: 19.5, y: 0 }, { id: 'r', x: 20.5, y: 0 }], at, 20);
    expect(ids(cs)).to.deep.equal(['l,r']);
  });

  it('counts 10 000 points on a 100 × 100 grid 10 apart exactly, the same every time', () => {
    const grid: P[] = [];
    for (let i = 0; i < 100; i++) for (let j = 0; j < 100; j++) grid.push({ id: `${i}-${j}`, x: i * 10, y: j * 10 });
    expect(clusterPoints(grid, at, 5).length).to.equal(10_000);
    const once = clusterPoints(grid, at, 25);
    expect(once.length).to.equal(1156);
    expect(ids(clusterPoints(grid, at, 25))).to.deep.equal(ids(once));
  });

  it('returns no clusters for no points', () => {
    expect(clusterPoints([], at, 10)).to.deep.equal([]);
  });
});
