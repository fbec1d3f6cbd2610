// Given the columns of two tables, return the pairs that print the same quantity: a money or result column by
// its role and year (Regnskap 2023 ↔ Resultat 2023's 'actual' 2023), any other column by role and label. A
// quantity printed twice in one table pairs with nothing: which of the two is meant cannot be told.

import type { Column, Role } from '../model.ts';

const YEAR_ROLES: ReadonlySet<Role> = new Set(['actual', 'budget-original', 'budget-revised', 'variance', 'variance-adjusted', 'transferred']);

const NOT_WORD = /[^\p{L}\d]+/gu;

/** Lower case, runs of other characters than letters and digits one space, trimmed. Labels are compared this way
 * thousands of times: Latin-1 text is read word by word without the Unicode pattern (the same result). */
export function norm(s: string): string {
  const lower = s.toLowerCase();
  let out = '';
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0x20;
    if (c > 0xff) return lower.replace(NOT_WORD, ' ').trim();
    const word = (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ||
      (c >= 0xc0 ? c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb5 || c === 0xba);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out = out === '' ? lower.slice(start, i) : `${out} ${lower.slice(start, i)}`;
      start = -1;
    }
  }
  return out;
}

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
