// Re-reading rows so that the sum rows add up: one change at a time, then pairs, then triples found through the
// failing sums' residuals, then the column of each lone amount. A change is kept only when it makes sums hold.

import type { Row } from '../model.ts';
import { isSumLabel } from '../semantics/row-kinds.ts';
import { sumScorer, sumStructures } from '../variance/sum-checks.ts';
import type { Reading } from './readings.ts';
import type { RawRow } from './rows.ts';

/** Alternatives within this cost of a row's best reading are tried against the sum rows. */
const SUM_SLACK = 4;

/** Alternatives of one row tried against the sums. */
const MAX_SUM_TRIES = 24;

/** Distinct alternatives per row tried in pairs against the sums. */
const PAIR_OPTIONS_PER_ROW = 5;

/** Beyond this many options the pairs are not tried (their number grows with its square). */
const MAX_PAIR_OPTIONS = 40;

/** Weight of the size of the sums' misses against the number of sums that hold. */
const MISS_WEIGHT = 0.05;

/** A change of reading must make a sum hold (or miss by far less), not merely nudge the size of a miss. */
const MIN_SUM_GAIN = 0.25;

/** Greedy: swap in any alternative reading that makes more sum checks hold (and none fewer). */
export function improveBySums(raw: RawRow[], cands: Reading[][], choice: number[], C: number): void {
  if (!raw.some((r) => isSumLabel(r.label))) return;
  const kinds = raw.map((r, i) => (isSumLabel(r.label) ? 'subtotal' : cands[i]!.length ? 'item' : 'header') as Row['kind']);
  let failures = 0;
  // Sum rows are scored again only where a row they add changed its reading (sumScorer); a row without readings
  // keeps one empty array.
  const empty = raw.map(() => new Array<number | null>(C).fill(null));
  const scoreSums = sumScorer(raw.map((r, i) => ({ label: r.label, kind: kinds[i]!, values: empty[i]! })), kinds, C, MISS_WEIGHT);
  // Each row's values under the choice at hand (one array, filled again for every score: the scorer keeps the rows'
  // arrays, not this one).
  const chosen = new Array<(number | null)[]>(raw.length);
  const score = () => {
    for (let i = 0; i < raw.length; i++) chosen[i] = cands[i]![choice[i]!]?.values ?? empty[i]!;
    const fit = scoreSums(chosen);
    failures = fit.failures;
    return fit.score;
  };
  let best = score();
  // Every sum adds up: nothing to improve.
  if (failures === 0) return;
  for (let pass = 0; pass < 2; pass++) {
    let changed = false;
    cands.forEach((rs, i) => {
      if (rs.length < 2) return;
      const base = rs[0]!.cost;
      const keep = choice[i]!;
      for (let k = 0; k < Math.min(rs.length, MAX_SUM_TRIES) && rs[k]!.cost - base <= SUM_SLACK; k++) {
        if (k === keep) continue;
        choice[i] = k;
        const s = score();
        if (s > best + MIN_SUM_GAIN) {
          best = s;
          changed = true;
          return;
        }
      }
      choice[i] = keep;
    });
    if (!changed) break;
  }
  if (failures === 0) return;
  // Two misread rows in one column: no single change helps, a pair of changes does.
  const options = distinctOptions(cands, choice, PAIR_OPTIONS_PER_ROW);
  if (options.length > MAX_PAIR_OPTIONS) {
    solveByResiduals(raw, cands, choice, kinds, C, distinctOptions(cands, choice, RESIDUAL_OPTIONS_PER_ROW), score, best);
    best = score();
    if (failures > 0) placeLoneValues(cands, choice, kinds, score, best);
    return;
  }
  for (let a = 0; a < options.length; a++) {
    for (let b = a + 1; b < options.length; b++) {
      const [i, k] = options[a]!;
      const [j, l] = options[b]!;
      if (i === j) continue;
      const ki = choice[i]!, kj = choice[j]!;
      choice[i] = k;
      choice[j] = l;
      const s = score();
      if (s > best + MIN_SUM_GAIN) {
        best = s;
        if (failures === 0) return;
      } else {
        choice[i] = ki;
        choice[j] = kj;
      }
    }
  }
  best = score();
  if (failures > 0) solveByResiduals(raw, cands, choice, kinds, C, distinctOptions(cands, choice, RESIDUAL_OPTIONS_PER_ROW), score, best);
  best = score();
  if (failures > 0) placeLoneValues(cands, choice, kinds, score, best);
}

/** Assignments of lone values to columns tried at most (the product of each row's choices). */
const MAX_LONE_ASSIGNMENTS = 4096;

/**
 * Rows that print one amount each under a sum row that prints one per column ("Fordringer (+)" and "Gjeld (-)":
 * "Bydel Frogner 573 139", …, "Sum 833 268 665 044"): which column each amount belongs to is what makes every
 * column add up. No one move helps (each leaves both columns wrong), so every assignment is tried.
 */
function placeLoneValues(cands: Reading[][], choice: number[], kinds: Row['kind'][], score: () => number, best: number): void {
  const movable: { row: number; options: number[] }[] = [];
  cands.forEach((rs, i) => {
    if (!rs[choice[i]!]) return;
    // The row's readings as one whole amount (the cheapest for each column), besides the one chosen now.
    const base = rs[0]!.cost;
    const byColumn = new Map<number, number>();
    let value: number | null = null;
    rs.forEach((x, k) => {
      if (x.cost - base > SUM_SLACK) return;
      const c = loneAt(x.values);
      if (c < 0 || byColumn.has(c) || (value !== null && x.values[c] !== value)) return;
      value = x.values[c]!;
      byColumn.set(c, k);
    });
    if (byColumn.size < 2 || kinds[i] !== 'item') return;
    movable.push({ row: i, options: [...byColumn.values()] });
  });
  if (movable.length < 2) return;
  let total = 1;
  for (const m of movable) if ((total *= m.options.length) > MAX_LONE_ASSIGNMENTS) return;
  let bestPick = movable.map((m) => choice[m.row]!);
  const pick = movable.map(() => 0);
  for (let n = 0; n < total; n++) {
    let r = n;
    movable.forEach((m, k) => {
      pick[k] = r % m.options.length;
      r = Math.floor(r / m.options.length);
      choice[m.row] = m.options[pick[k]!]!;
    });
    const s = score();
    if (s > best + MIN_SUM_GAIN) {
      best = s;
      bestPick = movable.map((m) => choice[m.row]!);
    }
  }
  movable.forEach((m, k) => (choice[m.row] = bestPick[k]!));
}

/** The column of a reading's only value, or -1. */
function loneAt(values: (number | null)[]): number {
  let at = -1;
  for (let c = 0; c < values.length; c++) {
    if (values[c] == null) continue;
    if (at >= 0) return -1;
    at = c;
  }
  return at;
}

/** Each row's alternatives (within SUM_SLACK of its best), distinct in their values, at most `perRow` of them. */
function distinctOptions(cands: Reading[][], choice: number[], perRow: number): [number, number][] {
  const options: [number, number][] = [];
  cands.forEach((rs, i) => {
    if (rs.length < 2) return;
    const base = rs[0]!.cost;
    // The distinct values met (as their joined text would tell them apart: sameValues).
    const seen: (number | null)[][] = [rs[choice[i]!]!.values];
    for (let k = 0; k < rs.length && rs[k]!.cost - base <= SUM_SLACK && seen.length <= perRow; k++) {
      const values = rs[k]!.values;
      if (seen.some((v) => sameValues(v, values))) continue;
      seen.push(values);
      options.push([i, k]);
    }
  });
  return options;
}

/** Whether two rows of values join to the same text (a.join('|') === b.join('|')) without joining them: an empty
 * cell is '', a number its decimal text (0 and -0 alike, NaN alike). */
export function sameValues(a: (number | null)[], b: (number | null)[]): boolean {
  if (a.length !== b.length) return a.join('|') === b.join('|');
  for (let c = 0; c < a.length; c++) {
    const x = a[c], y = b[c];
    if (x === y || (x == null && y == null)) continue;
    if (x == null || y == null || !(x !== x && y !== y)) return false;
  }
  return true;
}

/** Alternatives per row the residual search looks up (a lookup is cheap; pairs of them are not). */
const RESIDUAL_OPTIONS_PER_ROW = 12;

/** Options for the residual search: beyond this many the pairs of options are not enumerated. */
const MAX_RESIDUAL_OPTIONS = 240;

/**
 * Three misread rows (one empty cell shifted in each, say): no pair of changes helps, and trying every triple
 * against the sums is too slow. The sums that fail say how much each column misses; a triple of changes must
 * make up exactly that. For every pair of changes the third one is looked up by the amount it must add to the
 * worst-missing sum, and only triples that make up every failing sum are scored in full.
 */
function solveByResiduals(
  raw: RawRow[],
  cands: Reading[][],
  choice: number[],
  kinds: Row['kind'][],
  C: number,
  options: [number, number][],
  score: () => number,
  best: number,
): void {
  if (options.length > MAX_RESIDUAL_OPTIONS) return;
  const values = (i: number) => cands[i]![choice[i]!]?.values;
  const rows: Row[] = raw.map((r, i) => ({ label: r.label, kind: kinds[i]!, values: values(i) ?? new Array(C).fill(null) }));
  // The failing sums under each sum row's best-fitting structure: what they miss, and which rows they add.
  type Miss = { column: number; need: number; tol: number; terms: Set<number> };
  const misses: Miss[] = [];
  for (const st of sumStructures(rows, kinds, C)) {
    const terms = new Set(st.terms);
    st.checks.forEach((c, k) => {
      if (!c.ok) misses.push({ column: c.column!, need: c.delta, tol: st.tolerances[k]!, terms });
    });
  }
  if (!misses.length) return;
  // What each option adds to each failing sum.
  const effect = (i: number, k: number) =>
    misses.map((m) => (m.terms.has(i) ? (cands[i]![k]!.values[m.column] ?? 0) - (values(i)?.[m.column] ?? 0) : 0));
  const opts = options.map(([i, k]) => ({ i, k, d: effect(i, k) })).filter((o) => o.d.some((x) => x !== 0));
  let pivot = 0;
  misses.forEach((m, f) => {
    if (Math.abs(m.need) > Math.abs(misses[pivot]!.need)) pivot = f;
  });
  const byPivot = opts.slice().sort((a, b) => a.d[pivot]! - b.d[pivot]!);
  const keys = byPivot.map((o) => o.d[pivot]!);
  const lowerBound = (x: number) => {
    let lo = 0, hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const slack = (m: Miss) => 2 * m.tol;
  for (let a = 0; a < opts.length; a++) {
    for (let b = a + 1; b < opts.length; b++) {
      const oa = opts[a]!, ob = opts[b]!;
      if (oa.i === ob.i) continue;
      const want = misses[pivot]!.need - oa.d[pivot]! - ob.d[pivot]!;
      const tol = slack(misses[pivot]!);
      for (let x = lowerBound(want - tol); x < byPivot.length && keys[x]! <= want + tol; x++) {
        const oc = byPivot[x]!;
        if (oc.i === oa.i || oc.i === ob.i) continue;
        if (!misses.every((m, f) => Math.abs(m.need - oa.d[f]! - ob.d[f]! - oc.d[f]!) <= slack(m))) continue;
        const keep = [choice[oa.i]!, choice[ob.i]!, choice[oc.i]!];
        choice[oa.i] = oa.k;
        choice[ob.i] = ob.k;
        choice[oc.i] = oc.k;
        if (score() > best + MIN_SUM_GAIN) return;
        [choice[oa.i], choice[ob.i], choice[oc.i]] = keep as [number, number, number];
      }
    }
  }
}
