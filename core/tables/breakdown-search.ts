// Reading a table whose groups print their total in one column and their parts in the next (variance/breakdown.ts):
// each row is read as a total, a part or neither, and the readings under which the groups add up are chosen.
// Which rows are totals depends on the readings themselves ("-22 168" is one total, "-22 | 168" two cells), so
// the rows are walked in order keeping the best few partial choices (a beam), each with its open group.

import { addsUp, decimalsOf } from '../variance/tolerance.ts';
import { rowPart, type BreakdownColumns } from '../variance/breakdown.ts';
import type { Reading } from './readings.ts';

/** What a group that adds up is worth against its rows' readings' costs (an empty cell costs 1). */
const GROUP_BONUS = 5;
/** Readings within this cost of a row's best are tried. */
const SLACK = 4;
/** Partial choices kept while walking the rows. */
const BEAM = 512;
/** Readings of one row tried (the cheapest of each kind and value). */
const MAX_OPTIONS = 6;

interface Open {
  total: number;
  sum: number;
  decimals: number;
  /** The row of the total. */
  row: number;
  /** The group's rows, newest first: its parts, then the total's row. */
  rows: Chain;
  size: number;
}

/** The totals so far, newest first. */
interface Totals {
  value: number;
  decimals: number;
  row: number;
  /** Names the list (equal lists, equal ids): part of the key under which states are merged. */
  id: number;
  prev: Totals | undefined;
}

/** Numbers the lists of totals met: by the id of the list before and the value added. */
interface TotalsIds {
  byList: Map<number, Map<number, number>>;
  count: number;
}

/** A path's choices, newest first (shared between the states that branch from it). */
interface Chain {
  row: number;
  k: number;
  prev: Chain | undefined;
}

interface State {
  score: number;
  picks: Chain | undefined;
  open: Open | undefined;
  /** Rows of the groups that added up, newest first. */
  held: Chain | undefined;
  /** The totals so far that a total of totals may add: groups' totals (with parts) and totals of them. A lone
   * figure in the totals column is neither, and is not kept. */
  totals: Totals | undefined;
}

/** Keeps, for the rows of the groups that add up, only the reading under which they do (cands[i] sorted by cost,
 * best first). */
export function chooseBreakdown(cands: Reading[][], b: BreakdownColumns): void {
  const ids: TotalsIds = { byList: new Map(), count: 0 };
  let states: State[] = [{ score: 0, picks: undefined, open: undefined, held: undefined, totals: undefined }];
  cands.forEach((rs, row) => {
    if (!rs.length) return;
    // The cheapest reading of each kind and value: a total of so much ("12 307" or "307"), a part, neither.
    const options = new Map<string, { part: string; k: number }>();
    rs.forEach((x, k) => {
      if (x.cost - rs[0]!.cost > SLACK || options.size >= MAX_OPTIONS) return;
      const part = rowPart(x.values, b) ?? 'none';
      const key = part === 'total' ? `t${x.values[b.total]}` : part === 'part' ? `p${x.values[b.parts]}` : 'n';
      if (!options.has(key)) options.set(key, { part, k });
    });
    // Each state goes on with each option; a successor is made only when it is the best of its key so far.
    const next = new Successors();
    for (const s of states) {
      // The state with its open group closed: what a row that prints no part of the group makes of it.
      let closed: Closed | undefined;
      for (const { part, k } of options.values()) {
        const x = rs[k]!;
        const score = s.score - (x.cost - rs[0]!.cost);
        if (part === 'part' && s.open) {
          const open = s.open, v = x.values[b.parts]!;
          const at = next.claimOpen(score, s.totals, open.total, open.sum + v, true);
          if (at >= 0) {
            next.put(at, {
              score, picks: { row, k, prev: s.picks }, held: s.held, totals: s.totals,
              open: { total: open.total, sum: open.sum + v, decimals: Math.max(open.decimals, decimalsOf(v)), row: open.row, rows: { row, k: 0, prev: open.rows }, size: open.size + 1 },
            });
          }
          continue;
        }
        // A row that prints a total, or neither a total nor a part, ends the group: its parts stand together under it.
        const c = (closed ??= closing(s, ids));
        if (part === 'total') {
          const total = x.values[b.total]!;
          const at = next.claimOpen(score + c.bonus, c.totals, total, 0, false);
          if (at >= 0) {
            next.put(at, {
              score: score + c.bonus, picks: { row, k, prev: s.picks }, held: c.held, totals: c.totals,
              open: { total, sum: 0, decimals: decimalsOf(total), row, rows: { row, k: 0, prev: undefined }, size: 1 },
            });
          }
        } else {
          const at = next.claimClosed(score + c.bonus, c.totals);
          if (at >= 0) next.put(at, { score: score + c.bonus, picks: { row, k, prev: s.picks }, open: undefined, held: c.held, totals: c.totals });
        }
      }
    }
    states = next.best();
  });
  const ends = states.map((s) => {
    const c = closing(s, ids);
    return { ...s, score: s.score + c.bonus, held: c.held };
  });
  const best = ends.reduce((a, s) => (s.score > a.score ? s : a), ends[0]!);
  if (!best.held) return;
  const picks = new Map<number, number>();
  for (let c: Chain | undefined = best.picks; c; c = c.prev) picks.set(c.row, c.k);
  // The rows of a group that adds up are read so: nothing later (sizes, the sum rows) reads them otherwise.
  const held = new Set<number>();
  for (let c: Chain | undefined = best.held; c; c = c.prev) held.add(c.row);
  for (const row of held) cands[row] = [cands[row]![picks.get(row)!]!];
}

/** A state's open group closed: the score it adds, the rows kept, the totals after it. */
interface Closed {
  bonus: number;
  held: Chain | undefined;
  totals: Totals | undefined;
}

/** Keeps the rows of a group that added up. */
function hold(held: Chain | undefined, rows: Chain | undefined): Chain | undefined {
  for (let c = rows; c; c = c.prev) held = { row: c.row, k: 0, prev: held };
  return held;
}

/**
 * Closes the state's open group. A group with parts that add up to its total scores and keeps its rows. A total
 * without parts may total earlier groups' totals ("Avvik utgifter" the groups above it, "Netto avvik" the two
 * totals of totals before it): when a run of them adds up to it, it scores and keeps its rows and theirs.
 */
function closing(s: State, ids: TotalsIds): Closed {
  const g = s.open;
  if (!g) return { bonus: 0, held: s.held, totals: s.totals };
  if (g.size >= 2) {
    const adds = addsUp(g.total, g.sum, g.decimals, g.size);
    return { bonus: adds ? GROUP_BONUS : 0, held: adds ? hold(s.held, g.rows) : s.held, totals: withTotal(s.totals, g, ids) };
  }
  const run = runAddingTo(s.totals, g);
  if (!run) return { bonus: 0, held: s.held, totals: s.totals };
  let held = hold(s.held, g.rows);
  for (let t: Totals | undefined = run.last; t !== run.first.prev; t = t!.prev) held = { row: t!.row, k: 0, prev: held };
  return { bonus: GROUP_BONUS, held, totals: withTotal(s.totals, g, ids) };
}

/** The list of totals with the group's total added. */
function withTotal(totals: Totals | undefined, g: Open, ids: TotalsIds): Totals {
  const before = totals?.id ?? 0;
  let after = ids.byList.get(before);
  if (!after) ids.byList.set(before, (after = new Map()));
  let id = after.get(g.total);
  if (id === undefined) after.set(g.total, (id = ++ids.count));
  return { value: g.total, decimals: g.decimals, row: g.row, id, prev: totals };
}

/** The latest-ending run of consecutive totals that adds up to the group's total, if any (`last` is its newest). */
function runAddingTo(totals: Totals | undefined, g: Open): { first: Totals; last: Totals } | undefined {
  for (let last = totals; last; last = last.prev) {
    let sum = 0, decimals = g.decimals, n = 1;
    for (let first: Totals | undefined = last; first; first = first.prev) {
      sum += first.value;
      decimals = Math.max(decimals, first.decimals);
      if (addsUp(g.total, sum, decimals, ++n)) return { first, last };
    }
  }
  return undefined;
}

/** Holds a key's place until its state is put there. */
const UNMADE: State = { score: -Infinity, picks: undefined, open: undefined, held: undefined, totals: undefined };

/**
 * The best successor states, one per open group (same total and running sum) and list of totals, in the order their
 * keys were first met; a state is made only when it beats the one its key holds.
 */
class Successors {
  private readonly kept: State[] = [];
  // Where each key's best state stands in `kept`: closed states by their totals, open ones by their totals,
  // whether the group has parts yet, its total and its running sum.
  private readonly closed = new Map<number, number>();
  private readonly open = new Map<number, Map<number, Map<number, number>>>();

  /** Where a closed successor with these totals and this score goes (its index, for put), or -1 when its key
   * holds a better one. */
  claimClosed(score: number, totals: Totals | undefined): number {
    return this.claim(this.closed, totals?.id ?? 0, score);
  }

  /** The same for a successor with an open group. */
  claimOpen(score: number, totals: Totals | undefined, total: number, sum: number, parts: boolean): number {
    const group = (totals?.id ?? 0) * 2 + (parts ? 1 : 0);
    let byTotal = this.open.get(group);
    if (!byTotal) this.open.set(group, (byTotal = new Map()));
    let bySum = byTotal.get(total);
    if (!bySum) byTotal.set(total, (bySum = new Map()));
    return this.claim(bySum, Math.round(sum * 1e6), score);
  }

  put(at: number, s: State): void {
    this.kept[at] = s;
  }

  private claim(slot: Map<number, number>, key: number, score: number): number {
    const at = slot.get(key);
    if (at === undefined) {
      slot.set(key, this.kept.length);
      this.kept.push(UNMADE);
      return this.kept.length - 1;
    }
    return score > this.kept[at]!.score ? at : -1;
  }

  /** The BEAM best, ranked by what they may still reach (an open group with parts may yet add up). */
  best(): State[] {
    const kept = this.kept;
    const n = kept.length;
    if (n <= BEAM) return kept;
    if (hopes.length < n) hopes = new Float64Array(n * 2);
    for (let i = 0; i < n; i++) {
      const s = kept[i]!;
      hopes[i] = s.score + (s.open && s.open.size > 1 ? GROUP_BONUS : 0);
    }
    const m = rankHopes(hopes, n, BEAM);
    const ranked = rankedHopes();
    const best = new Array<State>(m);
    for (let j = 0; j < m; j++) best[j] = kept[ranked[j]!]!;
    return best;
  }
}

/** Successors.best's hopes; rankHopes' scratch: the hopes ranked, a copy to select in, the indexes picked, a merge
 * buffer and the ranking (chooseBreakdown is not re-entered). */
let hopes = new Float64Array(4 * BEAM);
let keys: Float64Array = hopes;
let ordered: Float64Array = new Float64Array(4 * BEAM);
let picked: Int32Array = new Int32Array(BEAM);
let merged: Int32Array = new Int32Array(BEAM);
let ranked: Int32Array = picked;

/**
 * Ranks the `beam` best of hopes[0…n) (n > beam) as a stable sort of all of them, highest first, would: those above
 * the beam-th best hope, then as many of those at it as fit, in their order, then sorted stably. Leaves the indexes
 * for rankedHopes() and returns how many. Selects the bar instead of sorting all n.
 */
export function rankHopes(hs: Float64Array, n: number, beam: number): number {
  keys = hs;
  if (ordered.length < n) ordered = new Float64Array(n * 2);
  if (picked.length < beam) {
    picked = new Int32Array(beam);
    merged = new Int32Array(beam);
  }
  let bar: number;
  let nan = false;
  for (let i = 0; i < n; i++) if (Number.isNaN(hs[i]!)) nan = true;
  if (nan) {
    // (Not a number: the comparisons below could not stand for a sort; sorted as ever.)
    bar = hs.slice(0, n).sort()[n - beam]!;
  } else {
    ordered.set(hs.subarray(0, n));
    bar = nthSmallest(ordered, n, n - beam);
  }
  let above = 0;
  for (let i = 0; i < n; i++) if (hs[i]! > bar) above++;
  let atBar = beam - above;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const h = hs[i]!;
    if (h > bar || (h === bar && atBar-- > 0)) picked[m++] = i;
  }
  ranked = nan ? sortedAsEver(m) : sortByHope(m);
  return m;
}

/** The indexes rankHopes ranked, best first. */
export function rankedHopes(): Int32Array {
  return ranked;
}

/** picked[0…m) sorted by Array.prototype.sort as before (some hope is not a number). */
function sortedAsEver(m: number): Int32Array {
  const idx = Array.from(picked.subarray(0, m)).sort((a, b) => keys[b]! - keys[a]!);
  return Int32Array.from(idx);
}

/** The k-th smallest (from 0) of xs[0…n) (no NaN), as xs sorted would hold at k; reorders xs (Hoare's select). */
function nthSmallest(xs: Float64Array, n: number, k: number): number {
  let lo = 0, hi = n - 1;
  while (lo < hi) {
    const pivot = xs[(lo + hi) >> 1]!;
    let i = lo, j = hi;
    while (i <= j) {
      while (xs[i]! < pivot) i++;
      while (xs[j]! > pivot) j--;
      if (i <= j) {
        const t = xs[i]!;
        xs[i++] = xs[j]!;
        xs[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return xs[k]!;
  }
  return xs[k]!;
}

/** picked[0…m) sorted by hope, highest first, equal hopes in their order (a stable merge sort); returns the array
 * that holds them (picked or merged). */
function sortByHope(m: number): Int32Array {
  let src = picked, dst = merged;
  for (let width = 1; width < m; width *= 2) {
    for (let lo = 0; lo < m; lo += 2 * width) {
      const mid = Math.min(lo + width, m), hi = Math.min(lo + 2 * width, m);
      let i = lo, j = mid, o = lo;
      while (i < mid && j < hi) dst[o++] = keys[src[j]!]! > keys[src[i]!]! ? src[j++]! : src[i++]!;
      while (i < mid) dst[o++] = src[i++]!;
      while (j < hi) dst[o++] = src[j++]!;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}
