// Given the columns of two tables, return the pairs that print the same quantity: a money or result column by
// its role and year (Regnskap 2023 ↔ Resultat 2023's 'actual' 2023), any other column by role and label. A
// quantity printed twice in one table pairs with nothing: which of the two is meant cannot be told.

import type { Column, Role } from '../model.ts';

const YEAR_ROLES: ReadonlySet<Role> = new Set(['actual', 'budget-original', 'budget-revised', 'variance', 'variance-adjusted', 'transferred']);

export const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();

/** The quantity a column prints, as a key; undefined when its table prints that quantity twice. Once per table. */
const keysMemo = new WeakMap<Column[], (string | undefined)[]>();

function quantityKeys(columns: Column[]): (string | undefined)[] {
  let keys = keysMemo.get(columns);
  if (keys === undefined) {
    const all = columns.map((c) => (YEAR_ROLES.has(c.role) ? `${c.role}|${c.year ?? ''}` : `${c.role}||${norm(c.label)}`));
    keys = all.map((k) => (all.indexOf(k) === all.lastIndexOf(k) ? k : undefined));
    keysMemo.set(columns, keys);
  }
  return keys;
}

/** Column pairs (index in a, index in b) that print the same quantity. */
export function pairColumns(a: Column[], b: Column[]): [number, number][] {
  const kb = quantityKeys(b);
  const out: [number, number][] = [];
  quantityKeys(a).forEach((k, i) => {
    const j = k === undefined ? -1 : kb.indexOf(k);
    if (j >= 0) out.push([i, j]);
  });
  return out;
}
