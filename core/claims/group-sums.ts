// Given a row of one budget table whose namesake in another table prints another figure, return the
// cross-checks of that row against the sum of a run of the other table's group totals that ends or starts at
// the namesake. Reports group their units differently from table to table: "Økonomi og administrasjon" per
// avdeling is Bydelsdirektør + Økonomi og administrasjon per resultatenhet. A group total is found by the
// arithmetic (the row prints the sum of the rows since the previous group total), not by its label; and the
// run is trusted only when its sum agrees with the row in three or more columns, like a misread unit.

import type { CrossCheck, Table } from '../model.ts';
import { CROSS_ROUNDING_TOLERANCE, type ScoredCheck } from './check-forest.ts';

/** A cross-check against a sum: printedB is the sum of the values of `bRows` in b's column, not one cell. */
export interface SumCrossCheck extends CrossCheck { bRows: number[] }

export const isSumCheck = (c: CrossCheck): c is SumCrossCheck => Array.isArray((c as Partial<SumCrossCheck>).bRows);

/** Columns a run's sum must agree in (and be most of the row) before it counts as the same figure. */
const MIN_AGREE_SUM = 3;
/** The longest run of group totals tried: an avdeling spans a few sections, not a whole table. */
const MAX_RUN = 4;

const isNum = (v: number | null | undefined): v is number => typeof v === 'number';
/** A sum of n rounded figures may be off by about n/2 in the last digit. */
const sumTolerance = (n: number) => Math.max(CROSS_ROUNDING_TOLERANCE, Math.ceil(n / 2));

/** Whether row k prints the sum of rows from..k−1 in every column it prints, with at least two such columns. */
function printsSum(t: Table, from: number, k: number): boolean {
  const row = t.rows[k];
  if (row === undefined || k - from < 2) return false;
  let nonzero = 0;
  for (let j = 0; j < row.values.length; j++) {
    const v = row.values[j];
    if (!isNum(v)) continue;
    let sum = 0;
    for (let r = from; r < k; r++) sum += t.rows[r]?.values[j] ?? 0;
    if (Math.abs(sum - v) > sumTolerance(k - from)) return false;
    if (v !== 0) nonzero++;
  }
  return nonzero >= 2;
}

const totalsMemo = new WeakMap<Table, number[]>();

/** The rows that print the sum of the item rows since the previous group total (a table's sections). */
export function groupTotals(t: Table): number[] {
  let out = totalsMemo.get(t);
  if (out !== undefined) return out;
  const found: number[] = [];
  let from = 0;
  t.rows.forEach((row, k) => {
    if (row.kind !== 'header' && row.kind !== 'total' && !printsSum(t, from, k)) return;
    if (row.kind !== 'header' && row.kind !== 'total') found.push(k);
    from = k + 1;
  });
  totalsMemo.set(t, found);
  return found;
}

/** Runs of consecutive group totals of t, two or more long, that end or start at row `at`. */
function runsAt(t: Table, at: number): number[][] {
  const g = groupTotals(t);
  const k = g.indexOf(at);
  if (k < 0) return [];
  const runs: number[][] = [];
  for (let n = 2; n <= MAX_RUN; n++) {
    if (k - n + 1 >= 0) runs.push(g.slice(k - n + 1, k + 1));
    if (k + n <= g.length) runs.push(g.slice(k, k + n));
  }
  return runs;
}

/** Row `r` of ta against the run of tb's group totals (ending or starting at its namesake `at`) that agrees best. */
export function groupSumChecks(ta: Table, r: number, tb: Table, at: number, columns: [number, number][]): ScoredCheck[] {
  const row = ta.rows[r];
  if (row === undefined) return [];
  let best: { checks: SumCrossCheck[]; agree: number } | undefined;
  let tie = false;
  for (const run of runsAt(tb, at)) {
    const checks: SumCrossCheck[] = [];
    let agree = 0;
    for (const [i, j] of columns) {
      const pa = row.values[i];
      const parts = run.map((k) => tb.rows[k]?.values[j]);
      if (!isNum(pa) || !parts.every(isNum)) continue;
      const sum = Math.round(parts.reduce((s, v) => s + v, 0) * 1e6) / 1e6;
      const delta = Math.round((pa - sum) * 1e6) / 1e6;
      const ok = Math.abs(delta) <= sumTolerance(run.length);
      if (ok && pa !== 0) agree++;
      checks.push({ a: { table: ta.id, row: r, column: i }, b: { table: tb.id, row: at, column: j }, printedA: pa, printedB: sum, delta, ok, bRows: run });
    }
    if (agree < Math.max(MIN_AGREE_SUM, Math.ceil(checks.length / 2))) continue;
    if (best === undefined || agree > best.agree) {
      best = { checks, agree };
      tie = false;
    } else if (agree === best.agree) tie = true;
  }
  // Two runs that agree equally well: which one the row sums is a guess.
  if (best === undefined || tie) return [];
  const strength = best.agree;
  return best.checks.map((check) => ({ check, strength }));
}
