// Reading a table whose groups print their total in one column and their parts in the next (variance/breakdown.ts):
// each row is read as a total, a part or neither, and the readings under which the groups add up are chosen.
// Which rows are totals depends on the readings themselves ("-22 168" is one total, "-22 | 168" two cells), so
// the rows are walked in order keeping the best few partial choices (a beam), each with its open group.

import { decimalsOf, toleranceOf } from '../variance/tolerance.ts';
import { rowPart, type BreakdownColumns } from '../variance/breakdown.ts';
import type { Reading } from './readings.ts';

/** What a group that adds up is worth against its rows' readings' costs (an empty cell costs 1). */
const GROUP_BONUS = 3;
/** Readings within this cost of a row's best are tried. */
const SLACK = 4;
/** Partial choices kept while walking the rows. */
const BEAM = 256;
/** Readings of one row tried (the cheapest of each kind and value). */
const MAX_OPTIONS = 8;

interface Open {
  total: number;
  sum: number;
  decimals: number;
  rows: number[];
}

interface State {
  score: number;
  picks: number[];
  open: Open | undefined;
  /** Rows of the groups that added up. */
  held: number[];
}

/** Keeps, for the rows of the groups that add up, only the reading under which they do (cands[i] sorted by cost,
 * best first). */
export function chooseBreakdown(cands: Reading[][], b: BreakdownColumns): void {
  let states: State[] = [{ score: 0, picks: [], open: undefined, held: [] }];
  cands.forEach((rs) => {
    if (!rs.length) {
      for (const s of states) s.picks.push(-1);
      return;
    }
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
        const t: State = { score: s.score - (x.cost - rs[0]!.cost), picks: [...s.picks, k], open: s.open, held: s.held };
        const row = s.picks.length;
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
  if (!best.held.length) return;
  // The rows of a group that adds up are read so: nothing later (sizes, the sum rows) reads them otherwise.
  for (const row of best.held) cands[row] = [cands[row]![best.picks[row]!]!];
}

/** Closes the state's open group: a group with parts that add up to its total scores and keeps its rows. */
function closeGroup(s: State): void {
  const g = s.open;
  s.open = undefined;
  if (!g || g.rows.length < 2) return;
  if (Math.abs(g.total - g.sum) > toleranceOf(g.decimals, g.rows.length) + 1e-9) return;
  s.score += GROUP_BONUS;
  s.held = [...s.held, ...g.rows];
}

/** The best states, one per open group (same total and running sum). */
function prune(states: State[]): State[] {
  const byKey = new Map<string, State>();
  for (const s of states) {
    const key = s.open ? `${s.open.total}|${Math.round(s.open.sum * 1e6)}|${s.open.rows.length > 1}` : '';
    const had = byKey.get(key);
    if (!had || s.score > had.score) byKey.set(key, s);
  }
  // (Ranked by what they may still reach: an open group with parts may yet add up.)
  const hope = (s: State) => s.score + (s.open && s.open.rows.length > 1 ? GROUP_BONUS : 0);
  return [...byKey.values()].sort((a, b) => hope(b) - hope(a)).slice(0, BEAM);
}
