import { describe, expect, it } from 'vitest';
import { amountNok, findAmounts } from '../../../core/claims/parse-amount.ts';

const one = (s: string) => {
  const all = findAmounts(s);
  expect(all).toHaveLength(1);
  const a = all[0]!;
  return { nok: amountNok(a), decimals: a.decimals, signed: a.signed, high: a.rangeHigh, text: s.slice(a.start, a.end) };
};

describe('findAmounts', () => {
  it.each([
    ['61,8 mill. kroner', 61_800_000, 1],
    ['kr 1,300 mill.', 1_300_000, 3],
    ['2,531 mrd.', 2_531_000_000, 3],
    ['3 milliarder', 3_000_000_000, 0],
    ['7,8 millioner', 7_800_000, 1],
    ['350 tusen kroner', 350_000, 0],
    ['kr 450 000', 450_000, 0],
    ['450 000 kroner', 450_000, 0],
    ['1 927 753 kr', 1_927_753, 0],
    ['2,4 mill.kroner', 2_400_000, 1],
    ['3,4 mill. kr.', 3_400_000, 1],
    ['kr 15. mill.', 15_000_000, 0],
  ])('reads "%s" as %d kroner at %d decimals', (s, nok, decimals) => {
    const a = one(s);
    expect(a.nok).toBe(nok);
    expect(a.decimals).toBe(decimals);
  });

  it('keeps a printed sign: "(+ 29,0 mill. kroner)", "-39,8 mill. kroner", "-   4 mill. kroner"', () => {
    expect(one('(+ 29,0 mill. kroner)')).toMatchObject({ nok: 29_000_000, signed: true });
    expect(one('-39,8 mill. kroner')).toMatchObject({ nok: -39_800_000, signed: true });
    expect(one('diverse       -   4 mill. kroner')).toMatchObject({ nok: -4_000_000, signed: true });
  });

  it('reads a range as its low end and keeps the high end', () => {
    expect(one('ca. 40 til 50 mill. kroner')).toMatchObject({ nok: 40_000_000, high: 50 });
    expect(one('tilsvarende 40-50 mill.')).toMatchObject({ nok: 40_000_000, high: 50 });
    expect(one('mellom 10 og 15 mill.')).toMatchObject({ nok: 10_000_000, high: 15 });
  });

  it('does not read "og" as a range without "mellom", nor a year before a signed amount', () => {
    expect(one('i 2 og 15 mill.').nok).toBe(15_000_000);
    expect(one('(barnevernet i 2020)   - 19 mill. kroner')).toMatchObject({ nok: -19_000_000, signed: true });
  });

  it.each(['12 %', '5,2 prosent', 'i 2023', '45 avvik', '1 927 753', 'side 12', '12 plasser', 'nok 5 barn', 'tall i 1000 kr'])(
    'finds no money in "%s"',
    (s) => {
      expect(findAmounts(s)).toEqual([]);
    },
  );
});

describe('findAmounts skips a text only when it can hold no amount', () => {
  it('finds in any text what it finds in it after a text that surely holds one', () => {
    // After "kr 1 mill. x " the quick test that skips most texts always passes, so the full search runs.
    const lead = 'kr 1 mill. x ';
    const parts = ['kr', 'Kr.', 'KR', '\u212Ar', ' ', '  ', '.', '-', '+', '5', '1 300', ',5', '2024', 'mill.', 'Mill', 'millioner', 'milliard',
      'mrd', 'tusen', 'tuſen', 'kroner', 'nok', 'NOK', 'mnok', 'til', 'og', 'mellom', 'i', 'a', 'ø', '%', '\u00a0'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    for (let k = 0; k < 20000; k++) {
      let s = '';
      const n = 1 + Math.floor(next() * 7);
      for (let i = 0; i < n; i++) s += parts[Math.floor(next() * parts.length)];
      const shifted = findAmounts(lead + s).slice(1).map((a) => ({ ...a, start: a.start - lead.length, end: a.end - lead.length }));
      expect(findAmounts(s), JSON.stringify(s)).toEqual(shifted);
    }
  });
});
