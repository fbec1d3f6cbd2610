import { describe, it, expect } from 'vitest';
import { findColumnIdentities, identityTolerance, round, type ColumnIdentity } from '../../../core/variance/row-identities.ts';
import { checkSharePairs } from '../../../core/variance/share-pairs.ts';
import { printedUnit } from '../../../core/variance/tolerance.ts';
import type { Check, Column, Role, Row } from '../../../core/model.ts';

// The column identities and share pairs as first written (the oracles): one walk per order of a pair of columns,
// and the share pairs as arrays of objects.
const MAX_IDENTITY_TOLERANCE = Math.max(1, 1.5) + 1e-6;
const MIN_AGREEMENT = 0.6;
const ROLE_AGREEMENT = 0.34;
const isBudget = (c: Column) => c.role === 'budget-revised' || c.role === 'budget-original';

function referenceHolds(rows: Row[], id: Omit<ColumnIdentity, 'kind' | 'expr'>): { n: number; ok: number } {
  let n = 0;
  let ok = 0;
  for (const r of rows) {
    const t = r.values[id.target], a = r.values[id.a], b = r.values[id.b];
    if (t == null || a == null || b == null) continue;
    n++;
    const d = Math.abs(a - b - t);
    if (d <= MAX_IDENTITY_TOLERANCE && d <= identityTolerance(a, b, t)) ok++;
  }
  return { n, ok };
}
function referenceIdentities(columns: Column[], rows: Row[]): ColumnIdentity[] {
  const out: ColumnIdentity[] = [];
  columns.forEach((col, target) => {
    if (col.role !== 'variance' && col.role !== 'variance-adjusted' && col.role !== 'change' && col.role !== 'other') return;
    let best: { a: number; b: number; score: number; announced: boolean } | undefined;
    for (let a = 0; a < columns.length; a++) {
      for (let b = 0; b < columns.length; b++) {
        // The result column is printed to the right of what it is computed from.
        if (a === b || a >= target || b >= target) continue;
        const { n, ok } = referenceHolds(rows, { target, a, b });
        if (n === 0 || ok === 0) continue;
        // Prefer the identities the roles announce; then the one that more rows obey.
        const ca = columns[a]!, cb = columns[b]!;
        let prior = 0;
        if (col.role === 'variance' && isBudget(ca) && cb.role === 'actual') prior = 2;
        if (col.role === 'variance-adjusted' && ca.role === 'variance' && cb.role === 'transferred') prior = 2;
        if (col.role === 'change' && ca.year !== undefined && cb.year !== undefined && ca.year > cb.year) prior = 1;
        if (ca.year !== undefined && col.year !== undefined && ca.year === col.year) prior += 0.5;
        if (cb.year !== undefined && col.year !== undefined && cb.year === col.year) prior += 0.5;
        // Without the roles' word for it, an identity needs more rows behind it.
        // The identity the roles announce needs one row to hold; others need more rows behind them.
        if (ok / n < ROLE_AGREEMENT) continue;
        if (prior < 1 && (ok < 3 || ok / n < 0.75)) continue;
        if (prior < 2 && (ok < 2 || ok / n < MIN_AGREEMENT)) continue;
        const score = ok + prior + ok / n;
        if (!best || score > best.score) best = { a, b, score, announced: prior >= 2 };
      }
    }
    if (best) {
      out.push({
        target,
        a: best.a,
        b: best.b,
        kind: 'variance',
        expr: `${columns[best.a]!.label} − ${columns[best.b]!.label} = ${col.label}`,
        ...(best.announced ? { announced: true } : {}),
      });
    }
  });
  return out;
}

const SHARE = /%|prosent|andel/i;
const MIN_ROWS = 3;
const SHARE_AGREEMENT = 0.7;
const MIN_IN_RANGE = 0.8;

function referenceSharePairs(columns: Column[], rows: Row[], cells?: (string[] | undefined)[]): Check[] {
  const checks: Check[] = [];
  const name = (c: number) => columns[c]!.label || `kolonne ${c + 1}`;
  // Shares are named so, or printed with "%"; a header lost in a text dump leaves only the arithmetic, so two
  // columns of values between 0 and 100 that make 100 row after row are taken as shares too.
  const named = (c: number) => SHARE.test(columns[c]!.label) || !!cells?.some((r) => r?.[c]?.includes('%'));
  for (let a = 0; a + 1 < columns.length; a++) {
    const b = a + 1;
    const printed = rows.map((r, i) => ({ i, x: r.values[a], y: r.values[b] })).filter((p) => p.x != null && p.y != null) as { i: number; x: number; y: number }[];
    const pairs = printed.filter((p) => p.x >= 0 && p.x <= 100 && p.y >= 0 && p.y <= 100);
    if (pairs.length < MIN_IN_RANGE * printed.length) continue;
    if (columns[a]!.role !== 'other' && columns[a]!.role !== 'percent' && !(named(a) && named(b))) continue;
    const holds = (p: { x: number; y: number }) => Math.abs(p.x + p.y - 100) <= printedUnit([p.x, p.y]) + 1e-9;
    const ok = pairs.filter(holds).length;
    if (ok < MIN_ROWS || ok / pairs.length < SHARE_AGREEMENT) continue;
    for (const p of pairs) {
      const computed = round(100 - p.x);
      checks.push({
        kind: 'sum', row: p.i, column: b, printed: p.y, computed, delta: round(p.y - computed), ok: holds(p),
        expr: `100 − ${name(a)} = ${name(b)}`,
      });
    }
    a++;
  }
  return checks;
}

describe('findColumnIdentities and checkSharePairs', () => {
  it('find what they found walking each order of a pair of columns and listing the share pairs', () => {
    let seed = 3;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const roles: Role[] = ['actual', 'budget-original', 'budget-revised', 'variance', 'variance-adjusted', 'transferred', 'change', 'percent', 'other'];
    const labels = ['Regnskap', 'Budsjett', 'Avvik', 'Andel %', 'Menn', 'Kvinner', ''];
    let identities = 0, shares = 0;
    for (let draw = 0; draw < 1500; draw++) {
      const C = 2 + Math.floor(rand() * 4);
      const columns: Column[] = Array.from({ length: C }, () => {
        const c: Column = { label: pick(labels), role: pick(roles) };
        if (rand() < 0.4) c.year = pick([2023, 2024]);
        return c;
      });
      const R = 1 + Math.floor(rand() * 12);
      // Rows that obey t = a − b or t = b − a (now and then off by a little), shares that make 100, and noise.
      const pool = [null, 0, -0, 1, 2.5, 17.7, 82.3, 83.3, 50, 100, 101, -3, 1000, NaN, 12.25];
      // (The result column stands right of the two it is computed from, as findColumnIdentities wants it.)
      const t0 = C - 1, a0 = Math.floor(rand() * t0), b0 = Math.floor(rand() * t0);
      if (rand() < 0.5) {
        columns[t0]!.role = 'variance';
        columns[a0]!.role = 'budget-revised';
        if (b0 !== a0) columns[b0]!.role = 'actual';
      }
      const rows: Row[] = Array.from({ length: R }, () => {
        const values = Array.from({ length: C }, () => pick(pool));
        const x = values[a0], y = values[b0];
        if (x != null && y != null && rand() < 0.8) values[t0] = round((rand() < 0.5 ? x - y : y - x) + pick([0, 0, 0.5, 1, 0.1]));
        if (C > 1 && rand() < 0.4) {
          const s = pick([17.7, 40, 0, 62.5, 99.9]);
          const k = Math.floor(rand() * (C - 1));
          values[k] = s;
          values[k + 1] = round(100 - s + pick([0, 0, 0.1, 1.3]));
        }
        return { label: 'x', kind: 'item', values };
      });
      const cells = rows.map((r) => (rand() < 0.3 ? r.values.map((v) => (v == null ? '' : rand() < 0.3 ? `${v} %` : `${v}`)) : undefined));
      const found = findColumnIdentities(columns, rows);
      expect(found).toEqual(referenceIdentities(columns, rows));
      const checks = checkSharePairs(columns, rows, cells);
      expect(checks).toEqual(referenceSharePairs(columns, rows, cells));
      identities += found.length;
      shares += checks.length;
    }
    // (The draws reach both.)
    expect(identities).toBeGreaterThan(20);
    expect(shares).toBeGreaterThan(20);
  });
});
