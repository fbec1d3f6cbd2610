// What one reading of a row costs or gains by itself, before the table's sizes and sums are looked at: the row
// identities its columns announce (Avvik = budsjett − regnskap, a "Sum" column), the sizes of its levels, a lone
// figure's place, a code in its code column, a target left empty before a result.

import type { Column } from '../model.ts';
import { indicatorColumns } from '../semantics/column-roles.ts';
import { decimalsOf, toleranceOf } from '../variance/tolerance.ts';
import { rowSum, sumHolds, type SumColumn } from '../variance/sum-columns.ts';
import type { NumToken } from '../numbers/tokens.ts';

interface RoleIdentity {
  target: number;
  a: number;
  b: number;
  /** An empty cell in column b counts as 0 (no transferred funds printed as a blank). */
  blankIsZero?: boolean;
  /** Indicator tables sign Avvik either way (Resultat − Måltall or Måltall − Resultat, by row). */
  eitherSign?: boolean;
}

export function roleIdentities(columns: Column[]): RoleIdentity[] {
  const out: RoleIdentity[] = [];
  const find = (pred: (c: Column) => boolean, year?: number) => {
    let idx = -1;
    columns.forEach((c, i) => {
      if (!pred(c)) return;
      if (idx < 0 || (year !== undefined && c.year === year) || (year === undefined && (c.year ?? 0) >= (columns[idx]!.year ?? 0))) idx = i;
    });
    return idx;
  };
  columns.forEach((c, i) => {
    if (c.role === 'variance') {
      let b = find((x) => x.role === 'budget-revised', c.year);
      if (b < 0) b = find((x) => x.role === 'budget-original', c.year);
      const a = find((x) => x.role === 'actual', c.year);
      if (a >= 0 && b >= 0) out.push({ target: i, a: b, b: a });
      else if (a >= 0) {
        // Avvik between a target (Måltall, Mål) and the result of its year.
        const x = indicatorColumns(columns);
        if (x && x.variance === i) out.push({ target: i, a: x.result, b: x.target, eitherSign: true });
      }
    }
    if (c.role === 'variance-adjusted') {
      const v = find((x) => x.role === 'variance');
      const t = find((x) => x.role === 'transferred');
      if (v >= 0 && t >= 0) out.push({ target: i, a: v, b: t, blankIsZero: true });
    }
  });
  return out;
}

export function sumColumnScore(values: (number | null)[], sumCols: SumColumn[]): number {
  let n = 0;
  for (const s of sumCols) {
    const r = rowSum(values, s);
    if (r && r.n >= 2 && sumHolds(values, s, r)) n++;
  }
  return n;
}

export function identityScore(values: (number | null)[], ids: RoleIdentity[]): number {
  let n = 0;
  for (const id of ids) {
    // An empty budget, actual or transfer cell is a zero when the other two cells of the identity are printed.
    const t = values[id.target];
    if (t == null || (values[id.a] == null && values[id.b] == null)) continue;
    if (id.eitherSign && (values[id.a] == null || values[id.b] == null)) continue;
    const a = values[id.a] ?? 0, b = values[id.b] ?? 0;
    const tol = toleranceOf(Math.max(decimalsOf(a), decimalsOf(b), decimalsOf(t)), 3);
    if (Math.abs(a - b - t) <= tol || (id.eitherSign && Math.abs(b - a - t) <= tol)) n++;
  }
  return n;
}

/** A row's levels (this year's and last year's accounts, budgets, results, targets) are of one size: a value
 * more than one digit away from the row's usual size costs this much per digit. */
const ROW_MAGNITUDE_COST = 0.4;

export function rowMagnitudeCost(values: (number | null)[], level: boolean[]): number {
  // Runs for every reading: digit counts go to a reused array, sorted in place (the cost is a sum of whole
  // numbers, so their order does not matter). The array keeps its room between calls (no length reset).
  if (rowDigits.length < values.length) rowDigits = new Int32Array(values.length * 2);
  const ds = rowDigits;
  let n = 0;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v != null && v !== 0 && level[c]) ds[n++] = digits(v);
  }
  if (n < 2) return 0;
  for (let i = 1; i < n; i++) {
    const d = ds[i]!;
    let j = i;
    for (; j > 0 && ds[j - 1]! > d; j--) ds[j] = ds[j - 1]!;
    ds[j] = d;
  }
  const m = ds[Math.floor(n / 2)]!;
  let cost = 0;
  for (let i = 0; i < n; i++) cost += Math.max(0, Math.abs(ds[i]! - m) - 2);
  return cost * ROW_MAGNITUDE_COST;
}

let rowDigits = new Int32Array(16);

/** What a lone figure is worth in the latest result column of an indicator table (an empty cell costs 1, so a
 * figure split in two to fill more cells loses to it). */
export const LONE_VALUE_BONUS = 1.5;

export function latestActual(columns: Column[]): number {
  let best = -1;
  columns.forEach((c, i) => {
    if (c.role === 'actual' && c.year !== undefined && (best < 0 || c.year >= (columns[best]!.year ?? 0))) best = i;
  });
  return best;
}

/** A budget row whose only figure is 0 prints its Avvik: the formula column shows 0 where nothing was budgeted or
 * spent, while a lone figure that is not 0 was entered by hand (an original budget, say). */
export function loneZeroBonus(values: (number | null)[], ids: RoleIdentity[]): number {
  // (Runs for every reading: plain loops.)
  let at = -1;
  for (let c = 0; c < values.length; c++) {
    if (values[c] == null) continue;
    if (at >= 0) return 0;
    at = c;
  }
  if (at < 0 || values[at] !== 0) return 0;
  for (const id of ids) if (!id.eitherSign && id.target === at) return LONE_VALUE_BONUS;
  return 0;
}

export function loneValueBonus(values: (number | null)[], latest: number): number {
  if (latest < 0 || values[latest] == null) return 0;
  for (let c = 0; c < values.length; c++) if (c !== latest && values[c] != null) return 0;
  return LONE_VALUE_BONUS;
}

/** What a filled target costs against an empty result in a row that leaves cells empty. */
const TARGET_FILLED_COST = 0.3;

export function targetEmptyCost(values: (number | null)[], targetCols: number[]): number {
  if (!values.includes(null)) return 0;
  let cost = 0;
  for (const c of targetCols) if (values[c] != null) cost += TARGET_FILLED_COST;
  return cost;
}

/** A code is three digits ("540") or a balance code ("2.51"), unsigned. */
const CODE_SHAPE = /^(?:\d{3}|\d\.\d{1,2})$/;

/** An amount in a code column, or a code left out of it, costs this much (more than an empty cell). */
const CODE_COST = 2;

/** What a reading costs for its code columns: each must hold a code or nothing, and a row that starts with a code
 * prints it there. */
export function codeCost(values: (number | null)[], cells: string[], codes: boolean[], first: NumToken | undefined): number {
  let cost = 0;
  let filled = false;
  codes.forEach((isCode, c) => {
    if (!isCode || values[c] == null) return;
    filled = true;
    if (!CODE_SHAPE.test(cells[c]!)) cost += CODE_COST;
  });
  if (!filled && first && CODE_SHAPE.test(first.text)) cost += CODE_COST;
  return cost;
}

/** Digits before the decimal point (at least 1): 0 → 1, 0.5 → 1, -23 231 → 5. As
 * Math.max(1, Math.floor(Math.log10(|v|)) + 1), which it falls back on near a power of ten (where log10's rounding
 * decides) and outside 1…1e15; elsewhere the powers of ten say it without a log10 (this runs for every value of every
 * reading). */
export function digits(v: number): number {
  if (v === 0) return 1;
  const a = v < 0 ? -v : v;
  if (a < NEAR_ONE) return 1;
  if (a >= 1 && a < 1e15) {
    let k = 1;
    while (a >= POW10[k]!) k++;
    // 10^(k-1) ≤ a < 10^k: k digits, unless a is within a billionth of either end.
    if (a > POW10[k - 1]! * ABOVE && a < POW10[k]! * BELOW) return k;
  }
  return Math.max(1, Math.floor(Math.log10(a)) + 1);
}
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const ABOVE = 1 + 1e-9;
const BELOW = 1 - 1e-9;
/** Below this log10 is surely negative: one digit. */
const NEAR_ONE = 1 - 1e-9;
