import { describe, it, expect } from 'vitest';
import { digits } from '../../../core/tables/reading-costs.ts';

const byLog = (v: number) => (v === 0 ? 1 : Math.max(1, Math.floor(Math.log10(Math.abs(v))) + 1));

describe('digits', () => {
  it('counts the digits before the decimal point as log10 does, also next to every power of ten', () => {
    const values: number[] = [0, -0, 0.5, -0.001, 1e-320, 0.9999999999, 1, 7, 9.5, 12, -23231, 808.1, 1927753, 1e20, -1e300, Infinity, NaN];
    for (let k = 0; k <= 22; k++) {
      const p = 10 ** k;
      for (const x of [p, p - 1, p + 1, p - 0.5, p * (1 - 1e-9), p * (1 + 1e-9), p * (1 - 1e-15), p * (1 + 1e-15), p * (1 - 2e-16)]) values.push(x, -x);
    }
    for (let i = 0; i < 20000; i++) values.push((Math.random() - 0.5) * 10 ** Math.floor(Math.random() * 18 - 3));
    for (const v of values) expect([v, digits(v)]).toEqual([v, byLog(v)]);
    expect(digits(999)).toBe(3);
    expect(digits(1000)).toBe(4);
    expect(digits(-61.8)).toBe(2);
  });
});
