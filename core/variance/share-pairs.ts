// Given a table's columns and rows, check shares that make a whole: "Menn %" and "Kvinner %" side by side add
// up to 100 in every row. When most rows of two neighbouring share columns make 100, the pair is the table's
// own identity and every row is checked against it ("17,7 % + 83,3 % = 101,0 %" is a printed mistake).

import type { Check, Column, Row } from '../model.ts';
import { printedUnit } from './tolerance.ts';
import { round } from './row-identities.ts';

const SHARE = /%|prosent|andel/i;
/** Rows (with both cells printed) that must make 100 before a pair is taken as shares of a whole. */
const MIN_ROWS = 3;
/** Share of those rows that must make 100. */
const MIN_AGREEMENT = 0.7;
/** Share of the printed rows whose two values must lie between 0 and 100 (a misread row may not). */
const MIN_IN_RANGE = 0.8;

export function checkSharePairs(columns: Column[], rows: Row[], cells?: (string[] | undefined)[]): Check[] {
  const checks: Check[] = [];
  const name = (c: number) => columns[c]!.label || `kolonne ${c + 1}`;
  // Shares are named so, or printed with "%"; a header lost in a text dump leaves only the arithmetic, so two
  // columns of values between 0 and 100 that make 100 row after row are taken as shares too.
  const named = (c: number) => SHARE.test(columns[c]!.label) || !!cells?.some((r) => r?.[c]?.includes('%'));
  for (let a = 0; a + 1 < columns.length; a++) {
    const b = a + 1;
    const printed = rows.map((r, i) => ({ i, x: r.values[a], y: r.values[b] })).filter((p) => p.x != null && p.y != null) as { i: number; x: number; y: number }[];
    const pairs = printed.filter((p) => p.x >= 0 && p.x <= 100 && p.y >= 0 && p.y <= 100);
    if (pairs.length < MIN_IN_RANGE * printed.length) continue;
    if (columns[a]!.role !== 'other' && columns[a]!.role !== 'percent' && !(named(a) && named(b))) continue;
    const holds = (p: { x: number; y: number }) => Math.abs(p.x + p.y - 100) <= printedUnit([p.x, p.y]) + 1e-9;
    const ok = pairs.filter(holds).length;
    if (ok < MIN_ROWS || ok / pairs.length < MIN_AGREEMENT) continue;
    for (const p of pairs) {
      const computed = round(100 - p.x);
      checks.push({
        kind: 'sum', row: p.i, column: b, printed: p.y, computed, delta: round(p.y - computed), ok: holds(p),
        expr: `100 − ${name(a)} = ${name(b)}`,
      });
    }
    a++;
  }
  return checks;
}
