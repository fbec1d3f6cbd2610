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
  /** The groups of this total opened after these totals. */
  family: Family;
}

/** What the groups of one total opened after one list of totals share. */
interface Family {
  /** The id of that list of totals with this total added. */
  id: number;
  /** Where the row's successors that add a part to such a group stand, by their running sum (Successors). */
  sums: Map<number, number>;
}

/** The families met, by the id of the list of totals before and the total; and how many (the last id given). */
interface Families {
  byList: Map<number, Map<number, Family>>;
  count: number;
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

/** A reading of a row that the search tries: the cheapest of its kind and value. */
interface Option {
  part: 'total' | 'part' | 'none';
  k: number;
  /** What it costs over the row's best reading. */
  extra: number;
  /** The total or the part it prints. */
  value: number;
}

/** Keeps, for the rows of the groups that add up, only the reading under which they do (cands[i] sorted by cost,
 * best first). */
export function chooseBreakdown(cands: Reading[][], b: BreakdownColumns): void {
  const families: Families = { byList: new Map(), count: 0 };
  const next = new Successors();
  let states: State[] = [{ score: 0, picks: undefined, open: undefined, held: undefined, totals: undefined }];
  cands.forEach((rs, row) => {
    if (!rs.length) return;
    // The cheapest reading of each kind and value: a total of so much ("12 307" or "307"), a part, neither.
    const seen = new Set<string>();
    const options: Option[] = [];
    rs.forEach((x, k) => {
      if (x.cost - rs[0]!.cost > SLACK || options.length >= MAX_OPTIONS) return;
      const part = rowPart(x.values, b) ?? 'none';
      const key = part === 'total' ? `t${x.values[b.total]}` : part === 'part' ? `p${x.values[b.parts]}` : 'n';
      if (seen.has(key)) return;
      seen.add(key);
      options.push({ part, k, extra: x.cost - rs[0]!.cost, value: part === 'total' ? x.values[b.total]! : part === 'part' ? x.values[b.parts]! : 0 });
    });
    // Each state goes on with each option; a successor is noted (its state, option and score) only when it is the
    // best of its key so far, and made only when it is among the best kept.
    next.startRow(row);
    states.forEach((s, p) => {
      // Whether closeKey has closed the state's open group: what a row that prints no part of the group makes of it.
      let closed = false;
      for (let o = 0; o < options.length; o++) {
        const { part, extra, value } = options[o]!;
        const score = s.score - extra;
        if (part === 'part' && s.open) {
          next.offerPart(score, s.open, value, p, o);
          continue;
        }
        // A row that prints a total, or neither a total nor a part, ends the group: its parts stand together under it.
        if (!closed) {
          closeKey(s);
          closed = true;
        }
        if (part === 'total') next.offerTotal(score + closedBonus, closedId, p, o);
        else next.offerClosed(score + closedBonus, closedId, p, o);
      }
    });
    // The states closed, once each, for the successors that go on from them.
    const closings = new Array<Closed | undefined>(states.length);
    const successor = (at: number): State => {
      const p = next.parent[at]!;
      const s = states[p]!;
      const { part, k, value } = options[next.option[at]!]!;
      const score = next.score[at]!;
      const picks = { row, k, prev: s.picks };
      if (part === 'part' && s.open) {
        const open = s.open;
        return {
          score, picks, held: s.held, totals: s.totals,
          open: { total: open.total, sum: open.sum + value, decimals: Math.max(open.decimals, decimalsOf(value)), row: open.row, rows: { row, k: 0, prev: open.rows }, size: open.size + 1, family: open.family },
        };
      }
      const c = (closings[p] ??= closing(s));
      if (part === 'total') {
        return {
          score, picks, held: c.held, totals: c.totals,
          open: { total: value, sum: 0, decimals: decimalsOf(value), row, rows: { row, k: 0, prev: undefined }, size: 1, family: familyOf(families, c.totals, value) },
        };
      }
      return { score, picks, open: undefined, held: c.held, totals: c.totals };
    };
    const m = next.best();
    const kept = next.ranking();
    const made = new Array<State>(m);
    for (let j = 0; j < m; j++) made[j] = successor(kept[j]!);
    states = made;
  });
  const ends = states.map((s) => {
    const c = closing(s);
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

/** The family of the groups of this total opened after these totals. */
function familyOf(families: Families, totals: Totals | undefined, total: number): Family {
  const before = totals?.id ?? 0;
  let byTotal = families.byList.get(before);
  if (!byTotal) families.byList.set(before, (byTotal = new Map()));
  let family = byTotal.get(total);
  if (!family) byTotal.set(total, (family = { id: ++families.count, sums: new Map() }));
  return family;
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
function closing(s: State): Closed {
  const g = s.open;
  if (!g) return { bonus: 0, held: s.held, totals: s.totals };
  if (g.size >= 2) {
    const adds = addsUp(g.total, g.sum, g.decimals, g.size);
    return { bonus: adds ? GROUP_BONUS : 0, held: adds ? hold(s.held, g.rows) : s.held, totals: withTotal(s.totals, g) };
  }
  const run = runAddingTo(s.totals, g);
  if (!run) return { bonus: 0, held: s.held, totals: s.totals };
  let held = hold(s.held, g.rows);
  for (let t: Totals | undefined = run.last; t !== run.first.prev; t = t!.prev) held = { row: t!.row, k: 0, prev: held };
  return { bonus: GROUP_BONUS, held, totals: withTotal(s.totals, g) };
}

/** closeKey's answer: what closing() would score, and the id of the totals it would leave. */
let closedBonus = 0;
let closedId = 0;

/** closing(s)'s bonus and its totals' id, without making its rows or totals. */
function closeKey(s: State): void {
  const g = s.open;
  closedBonus = 0;
  closedId = s.totals?.id ?? 0;
  if (!g) return;
  if (g.size >= 2) {
    if (addsUp(g.total, g.sum, g.decimals, g.size)) closedBonus = GROUP_BONUS;
    closedId = g.family.id;
  } else if (runAddingTo(s.totals, g)) {
    closedBonus = GROUP_BONUS;
    closedId = g.family.id;
  }
}

/** The list of totals with the group's total added. */
function withTotal(totals: Totals | undefined, g: Open): Totals {
  return { value: g.total, decimals: g.decimals, row: g.row, id: g.family.id, prev: totals };
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

/** Most successors of one row: each state kept times each option. */
const MAX_SUCCESSORS = BEAM * MAX_OPTIONS;

/** One row's successors (chooseBreakdown is not re-entered): their scores, hopes (what they may still reach), the
 * states they go on from and the options they take; and the first BEAM indexes in order. */
const successorScores = new Float64Array(MAX_SUCCESSORS);
const hopes = new Float64Array(MAX_SUCCESSORS);
const successorParents = new Int32Array(MAX_SUCCESSORS);
const successorOptions = new Int32Array(MAX_SUCCESSORS);
const allSuccessors = new Int32Array(BEAM);

/**
 * One row's best successor of each key, in the order the keys were first met: one per open group (same total and
 * running sum) and list of totals. A successor is noted as the state it goes on from, the option it takes and its
 * score.
 */
class Successors {
  /** Successors noted so far. */
  count = 0;
  readonly score = successorScores;
  readonly parent = successorParents;
  readonly option = successorOptions;
  // Where each key's best successor stands, as `base` + its index (a smaller entry is an earlier row's): closed
  // ones by their totals' id, open ones that took a total by the option and their totals' id (ids are numbered
  // from 1 up: arrays by id), open ones that took a part in their family's `sums` by their running sum.
  private base = 0;
  private readonly closed: number[] = [];
  private readonly opened: number[][] = Array.from({ length: MAX_OPTIONS }, () => []);

  startRow(row: number): void {
    this.base = row * MAX_SUCCESSORS;
    this.count = 0;
  }

  /** State p with an open group going on with part option o (its part `v`). */
  offerPart(score: number, open: Open, v: number, p: number, o: number): void {
    const sums = open.family.sums;
    const key = Math.round((open.sum + v) * 1e6);
    const had = sums.get(key);
    // (A group that has parts may yet add up: it is ranked by what it would score then.)
    if (had === undefined || had < this.base) sums.set(key, this.add(score, score + GROUP_BONUS, p, o));
    else this.replace(had - this.base, score, score + GROUP_BONUS, p, o);
  }

  /** State p, its group closed (its totals' id `id`), opening a group with total option o. */
  offerTotal(score: number, id: number, p: number, o: number): void {
    this.offerById(this.opened[o]!, id, score, p, o);
  }

  /** State p, its group closed, with option o that opens none. */
  offerClosed(score: number, id: number, p: number, o: number): void {
    this.offerById(this.closed, id, score, p, o);
  }

  private offerById(at: number[], id: number, score: number, p: number, o: number): void {
    while (at.length <= id) at.push(-1);
    const had = at[id]!;
    if (had < this.base) at[id] = this.add(score, score + 0, p, o);
    else this.replace(had - this.base, score, score + 0, p, o);
  }

  /** Notes a successor under a new key; returns its entry. */
  private add(score: number, hope: number, p: number, o: number): number {
    const i = this.count++;
    this.note(i, score, hope, p, o);
    return this.base + i;
  }

  /** Puts a successor in place of the one its key holds when it scores more. */
  private replace(i: number, score: number, hope: number, p: number, o: number): void {
    if (score > this.score[i]!) this.note(i, score, hope, p, o);
  }

  private note(i: number, score: number, hope: number, p: number, o: number): void {
    this.score[i] = score;
    hopes[i] = hope;
    this.parent[i] = p;
    this.option[i] = o;
  }

  /** How many of them go on (the BEAM best, ranked by what they may still reach); ranking() lists them. */
  best(): number {
    const n = this.count;
    if (n <= BEAM) {
      for (let i = 0; i < n; i++) allSuccessors[i] = i;
      ranked = allSuccessors;
      return n;
    }
    return rankHopes(hopes, n, BEAM);
  }

  ranking(): Int32Array {
    return ranked;
  }
}

/** rankHopes' scratch: the hopes ranked, a copy to select in, the indexes picked, a merge buffer and the ranking. */
let keys: Float64Array = hopes;
let ordered: Float64Array = new Float64Array(MAX_SUCCESSORS);
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
  const into = picked;
  for (let i = 0; i < n; i++) {
    const h = hs[i]!;
    if (h > bar || (h === bar && atBar-- > 0)) into[m++] = i;
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
  // (Module variables read into locals: the loops run thousands of times per row.)
  const hs = keys;
  let src = picked, dst = merged;
  for (let width = 1; width < m; width *= 2) {
    for (let lo = 0; lo < m; lo += 2 * width) {
      const mid = Math.min(lo + width, m), hi = Math.min(lo + 2 * width, m);
      let i = lo, j = mid, o = lo;
      while (i < mid && j < hi) dst[o++] = hs[src[j]!]! > hs[src[i]!]! ? src[j++]! : src[i++]!;
      while (i < mid) dst[o++] = src[i++]!;
      while (j < hi) dst[o++] = src[j++]!;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}
