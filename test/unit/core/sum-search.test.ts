import { describe, it, expect } from 'vitest';
import { sameValues } from '../../../core/tables/sum-search.ts';

describe('sameValues', () => {
  it('tells rows of values apart as their joined text would', () => {
    const pool = [null, 0, -0, 1, -1, 0.5, 1e21, NaN, 12.3, undefined as unknown as null];
    let seed = 3;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const row = (n: number) => Array.from({ length: n }, () => pool[Math.floor(rand() * pool.length)]!);
    for (let q = 0; q < 5000; q++) {
      const a = row(1 + Math.floor(rand() * 3));
      const b = rand() < 0.3 ? a.slice() : row(rand() < 0.9 ? a.length : 1 + Math.floor(rand() * 3));
      expect(sameValues(a, b)).toBe(a.join('|') === b.join('|'));
    }
    expect(sameValues([1, null], [1, null])).toBe(true);
    expect(sameValues([1, null], [null, 1])).toBe(false);
  });
});
