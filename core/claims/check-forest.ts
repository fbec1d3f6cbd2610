// Given cross-checks with the strength of the evidence that paired their rows, return them without the failed
// ones another failure already says. A figure printed in three tables with three values (Totalt drift's
// opprinnelig budsjett per avdeling, per resultatenhet and in Tabell 0.1 B) is two discrepancies, not three:
// the cells are nodes, the checks edges, and a failed check is kept only when it joins two groups of cells
// that the checks kept so far (every passed one first, then the failed by strength and nearness) leave apart.

import type { CrossCheck, Table } from '../model.ts';

/** Two printings of one figure may differ by one in the last digit (rounding of sums). */
export const CROSS_ROUNDING_TOLERANCE = 1;

export interface ScoredCheck {
  check: CrossCheck;
  /** How sure the row pairing is: agreeing columns, a shared label, label likeness. */
  strength: number;
}

const cellKey = (c: CrossCheck['a']) => `${c.table}|${c.row}|${c.column}`;
/** b's node: its cell, or the sum of its rows when the check compares against a sum (group-sums.ts). */
const bKey = (c: CrossCheck) => {
  const rows = (c as { bRows?: number[] }).bRows;
  return rows === undefined ? cellKey(c.b) : `${c.b.table}|${rows.join('+')}|${c.b.column}`;
};

function forest() {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let p = parent.get(k) ?? k;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p) ?? p;
    parent.set(k, p);
    return p;
  };
  /** Join the groups of a and b; false when they were one group already. */
  const join = (a: string, b: string): boolean => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return false;
    parent.set(ra, rb);
    return true;
  };
  return join;
}

export function oneCheckPerDiscrepancy(scored: ScoredCheck[], tables: Table[]): CrossCheck[] {
  const at = new Map(tables.map((t) => [t.id, t.line ?? t.page ?? 0]));
  const distance = (c: CrossCheck) => Math.abs((at.get(c.a.table) ?? 0) - (at.get(c.b.table) ?? 0));
  const join = forest();
  const kept = new Set<ScoredCheck>();
  for (const s of scored) {
    if (!s.check.ok) continue;
    join(cellKey(s.check.a), bKey(s.check));
    kept.add(s);
  }
  const failed = scored.filter((s) => !s.check.ok).sort((x, y) => y.strength - x.strength || distance(x.check) - distance(y.check));
  for (const s of failed) if (join(cellKey(s.check.a), bKey(s.check))) kept.add(s);
  return scored.filter((s) => kept.has(s)).map((s) => s.check);
}
