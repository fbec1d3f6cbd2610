import { describe, it, expect } from 'vitest';
import { chooseBreakdown, rankHopes, rankedHopes } from '../../../core/tables/breakdown-search.ts';
import { rowPart, type BreakdownColumns } from '../../../core/variance/breakdown.ts';
import { addsUp, decimalsOf } from '../../../core/variance/tolerance.ts';
import type { Reading } from '../../../core/tables/readings.ts';

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

/** The search as first written, plainly: states as objects, keys as text, all successors ranked by a stable sort. */
function referenceChoose(cands: Reading[][], b: BreakdownColumns): void {
  type List<T> = { head: T; prev: List<T> } | undefined;
  type Total = { value: number; decimals: number; row: number };
  type Group = { total: number; sum: number; decimals: number; row: number; rows: List<number>; size: number };
  type S = { score: number; picks: List<[number, number]>; open: Group | undefined; held: List<number>; totals: List<Total> };
  const keyOf = (t: List<Total>): string => (t ? `${keyOf(t.prev)},${t.head.value}` : '');
  const hold = (held: List<number>, rows: List<number>) => {
    for (let c = rows; c; c = c.prev) held = { head: c.head, prev: held };
    return held;
  };
  const closing = (s: S) => {
    const g = s.open;
    if (!g) return { bonus: 0, held: s.held, totals: s.totals };
    const withTotal: List<Total> = { head: { value: g.total, decimals: g.decimals, row: g.row }, prev: s.totals };
    if (g.size >= 2) {
      const adds = addsUp(g.total, g.sum, g.decimals, g.size);
      return { bonus: adds ? 5 : 0, held: adds ? hold(s.held, g.rows) : s.held, totals: withTotal };
    }
    for (let last = s.totals; last; last = last.prev) {
      let sum = 0, decimals = g.decimals, n = 1;
      for (let first: List<Total> = last; first; first = first.prev) {
        sum += first.head.value;
        decimals = Math.max(decimals, first.head.decimals);
        if (addsUp(g.total, sum, decimals, ++n)) {
          let held = hold(s.held, g.rows);
          for (let t: List<Total> = last; t !== first.prev; t = t!.prev) held = { head: t!.head.row, prev: held };
          return { bonus: 5, held, totals: withTotal };
        }
      }
    }
    return { bonus: 0, held: s.held, totals: s.totals };
  };
  let states: S[] = [{ score: 0, picks: undefined, open: undefined, held: undefined, totals: undefined }];
  cands.forEach((rs, row) => {
    if (!rs.length) return;
    const options = new Map<string, { part: string; k: number }>();
    rs.forEach((x, k) => {
      if (x.cost - rs[0]!.cost > 4 || options.size >= 6) return;
      const part = rowPart(x.values, b) ?? 'none';
      const key = part === 'total' ? `t${x.values[b.total]}` : part === 'part' ? `p${x.values[b.parts]}` : 'n';
      if (!options.has(key)) options.set(key, { part, k });
    });
    const at = new Map<string, number>();
    const kept: S[] = [];
    const offer = (key: string, s: S) => {
      const i = at.get(key);
      if (i === undefined) at.set(key, kept.push(s) - 1);
      else if (s.score > kept[i]!.score) kept[i] = s;
    };
    for (const s of states) {
      for (const { part, k } of options.values()) {
        const x = rs[k]!;
        const score = s.score - (x.cost - rs[0]!.cost);
        const picks: List<[number, number]> = { head: [row, k], prev: s.picks };
        if (part === 'part' && s.open) {
          const g = s.open, v = x.values[b.parts]!;
          offer(`o${keyOf(s.totals)}|1|${g.total}|${Math.round((g.sum + v) * 1e6)}`, {
            score, picks, held: s.held, totals: s.totals,
            open: { total: g.total, sum: g.sum + v, decimals: Math.max(g.decimals, decimalsOf(v)), row: g.row, rows: { head: row, prev: g.rows }, size: g.size + 1 },
          });
          continue;
        }
        const c = closing(s);
        if (part === 'total') {
          const total = x.values[b.total]!;
          offer(`o${keyOf(c.totals)}|0|${total}|0`, { score: score + c.bonus, picks, held: c.held, totals: c.totals, open: { total, sum: 0, decimals: decimalsOf(total), row, rows: { head: row, prev: undefined }, size: 1 } });
        } else offer(`c${keyOf(c.totals)}`, { score: score + c.bonus, picks, open: undefined, held: c.held, totals: c.totals });
      }
    }
    const hope = (s: S) => s.score + (s.open && s.open.size > 1 ? 5 : 0);
    states = kept.length <= 512 ? kept : kept.map((s, i) => [hope(s), i] as const).sort((p, q) => q[0] - p[0]).slice(0, 512).map(([, i]) => kept[i]!);
  });
  const ends = states.map((s) => {
    const c = closing(s);
    return { ...s, score: s.score + c.bonus, held: c.held };
  });
  const best = ends.reduce((a, s) => (s.score > a.score ? s : a), ends[0]!);
  if (!best.held) return;
  const picks = new Map<number, number>();
  for (let c = best.picks; c; c = c.prev) picks.set(c.head[0], c.head[1]);
  const held = new Set<number>();
  for (let c: List<number> = best.held; c; c = c.prev) held.add(c.head);
  for (const row of held) cands[row] = [cands[row]![picks.get(row)!]!];
}

describe('chooseBreakdown', () => {
  it('keeps the readings the plain search keeps, ties and all, in beams over BEAM', () => {
    let seed = 5;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
    for (let round = 0; round < 150; round++) {
      const C = 2 + Math.floor(rand() * 3);
      const total = Math.floor(rand() * (C - 1));
      const b = { total, parts: total + 1 };
      const pool = pick([[1, 2, 3, 5, -2, 0, -0, 6, 10, 11], [0.5, 1.5, 2, 0.1, 0.2, 0.3, -0.1, 12.3], [1, 2, 4, 8, 16, 100, 250, -17, 1e6]]);
      const costs = pick([[0, 0.5, 1, 2, 3, 4, 5], [0, 1], [0, 0.3, 0.7025, 1.0025, 2.01, 4.5]]);
      const cands: Reading[][] = Array.from({ length: 1 + Math.floor(rand() * 25) }, () => {
        const rs = Array.from({ length: rand() < 0.1 ? 0 : 1 + Math.floor(rand() * 9) }, () => {
          const values = Array.from({ length: C }, () => (rand() < 0.45 ? null : pick(pool)));
          // Most readings print a total or a part only.
          if (rand() < 0.7) {
            values[b.total] = values[b.parts] = null;
            values[rand() < 0.4 ? b.total : b.parts] = pick(pool);
          }
          return { values, cells: [], labelTokens: 0, cost: pick(costs) + (rand() < 0.2 ? rand() : 0) };
        });
        return rs.sort((x, y) => x.cost - y.cost);
      });
      const got = cands.slice(), want = cands.slice();
      chooseBreakdown(got, b);
      referenceChoose(want, b);
      expect(got).toEqual(want);
    }
  });
});
