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
  rows: number[];
}

interface Total {
  value: number;
  decimals: number;
  row: number;
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
  totals: Total[];
  /** The totals' values, joined: part of the key under which states are merged. */
  totalsKey: string;
  /** The score it may still reach (for ranking). */
  hope?: number;
}

/** Keeps, for the rows of the groups that add up, only the reading under which they do (cands[i] sorted by cost,
 * best first). */
export function chooseBreakdown(cands: Reading[][], b: BreakdownColumns): void {
  let states: State[] = [{ score: 0, picks: undefined, open: undefined, held: undefined, totals: [], totalsKey: '' }];
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
    const next: State[] = [];
    for (const s of states) {
      for (const { part, k } of options.values()) {
        const x = rs[k]!;
        const t: State = { score: s.score - (x.cost - rs[0]!.cost), picks: { row, k, prev: s.picks }, open: s.open, held: s.held, totals: s.totals, totalsKey: s.totalsKey };
        if (part === 'total') {
          closeGroup(t);
          const total = x.values[b.total]!;
          t.open = { total, sum: 0, decimals: decimalsOf(total), rows: [row] };
        } else if (part === 'part' && s.open) {
          const v = x.values[b.parts]!;
          t.open = { total: s.open.total, sum: s.open.sum + v, decimals: Math.max(s.open.decimals, decimalsOf(v)), rows: [...s.open.rows, row] };
        } else {
          // A row that prints neither a total nor a part ends the group: its parts stand together under it.
          closeGroup(t);
        }
        next.push(t);
      }
    }
    states = prune(next);
  });
  for (const s of states) closeGroup(s);
  const best = states.reduce((a, s) => (s.score > a.score ? s : a), states[0]!);
  if (!best.held) return;
  const picks = new Map<number, number>();
  for (let c: Chain | undefined = best.picks; c; c = c.prev) picks.set(c.row, c.k);
  // The rows of a group that adds up are read so: nothing later (sizes, the sum rows) reads them otherwise.
  const held = new Set<number>();
  for (let c: Chain | undefined = best.held; c; c = c.prev) held.add(c.row);
  for (const row of held) cands[row] = [cands[row]![picks.get(row)!]!];
}

function hold(s: State, rows: number[]): void {
  for (const row of rows) s.held = { row, k: 0, prev: s.held };
}

/**
 * Closes the state's open group. A group with parts that add up to its total scores and keeps its rows. A total
 * without parts may total earlier groups' totals ("Avvik utgifter" the groups above it, "Netto avvik" the two
 * totals of totals before it): when a run of them adds up to it, it scores and keeps its rows and theirs.
 */
function closeGroup(s: State): void {
  const g = s.open;
  s.open = undefined;
  if (!g) return;
  const own: Total = { value: g.total, decimals: g.decimals, row: g.rows[0]! };
  if (g.rows.length >= 2) {
    if (addsUp(g.total, g.sum, g.decimals, g.rows.length)) {
      s.score += GROUP_BONUS;
      hold(s, g.rows);
    }
    addTotal(s, own);
    return;
  }
  const run = runAddingTo(s.totals, own);
  if (!run) return;
  s.score += GROUP_BONUS;
  hold(s, [own.row, ...run.map((t) => t.row)]);
  addTotal(s, own);
}

function addTotal(s: State, t: Total): void {
  s.totals = [...s.totals, t];
  s.totalsKey = `${s.totalsKey},${t.value}`;
}

/** The latest-ending run of consecutive totals that adds up to `t`, if any. */
function runAddingTo(totals: Total[], t: Total): Total[] | undefined {
  for (let end = totals.length; end > 0; end--) {
    let sum = 0, decimals = t.decimals;
    for (let start = end - 1; start >= 0; start--) {
      sum += totals[start]!.value;
      decimals = Math.max(decimals, totals[start]!.decimals);
      if (addsUp(t.value, sum, decimals, end - start + 1)) return totals.slice(start, end);
    }
  }
  return undefined;
}

/** The best states, one per open group (same total and running sum) and list of totals. */
function prune(states: State[]): State[] {
  const byKey = new Map<string, State>();
  for (const s of states) {
    const key = s.open ? `${s.open.total}|${Math.round(s.open.sum * 1e6)}|${s.open.rows.length > 1}|${s.totalsKey}` : s.totalsKey;
    const had = byKey.get(key);
    if (!had || s.score > had.score) byKey.set(key, s);
  }
  const kept = [...byKey.values()];
  if (kept.length <= BEAM) return kept;
  // (Ranked by what they may still reach: an open group with parts may yet add up.)
  for (const s of kept) s.hope = s.score + (s.open && s.open.rows.length > 1 ? GROUP_BONUS : 0);
  return kept.sort((a, b) => b.hope! - a.hope!).slice(0, BEAM);
}
