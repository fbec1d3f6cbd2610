import { describe, it, expect } from 'vitest';
import { rankHopes, rankedHopes } from '../../../core/tables/breakdown-search.ts';

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
