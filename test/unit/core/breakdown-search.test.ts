import { describe, it, expect } from 'vitest';
import { KeyPlaces, rankHopes, rankedHopes } from '../../../core/tables/breakdown-search.ts';

/** The ranking as it was first written: sort all hopes for the bar, filter, then a stable sort. */
function reference(hs: number[], beam: number): number[] {
  const bar = Float64Array.from(hs).sort()[hs.length - beam]!;
  let above = 0;
  for (const h of hs) if (h > bar) above++;
  let atBar = beam - above;
  const idx = hs.map((_, i) => i).filter((i) => hs[i]! > bar || (hs[i] === bar && atBar-- > 0));
  return idx.sort((a, b) => hs[b]! - hs[a]!);
}

describe('rankHopes', () => {
  it('ranks the beam best as sorting all of them would, ties in their order', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 300; round++) {
      const n = 2 + Math.floor(rand() * 1500);
      const beam = 1 + Math.floor(rand() * (n - 1));
      // Few distinct values (many ties), or many.
      const distinct = rand() < 0.5 ? 1 + Math.floor(rand() * 6) : 1e6;
      const hs = Array.from({ length: n }, () => Math.floor(rand() * distinct) * 0.3 - (rand() < 0.1 ? 5 : 0));
      const m = rankHopes(Float64Array.from(hs), n, beam);
      expect(Array.from(rankedHopes().subarray(0, m))).toEqual(reference(hs, beam));
    }
  });

  it('keeps the old ranking when a hope is not a number', () => {
    const hs = [1, NaN, 3, 2, NaN, 5, 0, 4];
    const m = rankHopes(Float64Array.from(hs), hs.length, 4);
    expect(Array.from(rankedHopes().subarray(0, m))).toEqual(reference(hs, 4));
  });
});

describe('KeyPlaces', () => {
  it('gives each key of three numbers the place nested Maps would, across growth and clearing', () => {
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = () => [0, -0, NaN, 1, -1, 0.5, 12.25, 1e15, -22168, 2 ** 40][Math.floor(rand() * 10)]!;
    const table = new KeyPlaces(2);
    for (let round = 0; round < 4; round++) {
      table.clear();
      const maps = new Map<number, Map<number, Map<number, number>>>();
      let places = 0;
      for (let q = 0; q < 3000; q++) {
        const a = rand() < 0.3 ? pick() : Math.floor(rand() * 40) - 20, b = rand() < 0.5 ? pick() : Math.floor(rand() * 30), c = rand() < 0.5 ? pick() : Math.round(rand() * 1e6);
        let byB = maps.get(a);
        if (!byB) maps.set(a, (byB = new Map()));
        let byC = byB.get(b);
        if (!byC) byB.set(b, (byC = new Map()));
        let want = byC.get(c);
        if (want === undefined) byC.set(c, (want = places++));
        expect(table.placeOf(a, b, c, places - (want === places - 1 ? 1 : 0))).toBe(want);
      }
    }
  });
});
