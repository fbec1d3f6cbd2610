// Given a table's columns and rows, check shares that make a whole: "Menn %" and "Kvinner %" side by side add
// up to 100 in every row. When most rows of two neighbouring share columns make 100, the pair is the table's
// own identity and every row is checked against it ("17,7 % + 83,3 % = 101,0 %" is a printed mistake).

import type { Check, Column, Row } from '../model.ts';
import { decimalsOf, UNITS } from './tolerance.ts';
import { round } from './row-identities.ts';

const SHARE = /%|prosent|andel/i;
/** Rows (with both cells printed) that must make 100 before a pair is taken as shares of a whole. */
const MIN_ROWS = 3;
/** Share of those rows that must make 100. */
const MIN_AGREEMENT = 0.7;
/** Share of the printed rows whose two values must lie between 0 and 100 (a misread row may not). */
const MIN_IN_RANGE = 0.8;

const inRange = (x: number, y: number) => x >= 0 && x <= 100 && y >= 0 && y <= 100;

/** Two shares make 100 within their printed unit (printedUnit([x, y]), without the array). */
const holds = (x: number, y: number) => Math.abs(x + y - 100) <= UNITS[Math.max(decimalsOf(x), decimalsOf(y))]! + 1e-9;

export function checkSharePairs(columns: Column[], rows: Row[], cells?: (string[] | undefined)[]): Check[] {
  const checks: Check[] = [];
  const name = (c: number) => columns[c]!.label || `kolonne ${c + 1}`;
  // Shares are named so, or printed with "%"; a header lost in a text dump leaves only the arithmetic, so two
  // columns of values between 0 and 100 that make 100 row after row are taken as shares too.
  const named = (c: number) => SHARE.test(columns[c]!.label) || !!cells?.some((r) => r?.[c]?.includes('%'));
  for (let a = 0; a + 1 < columns.length; a++) {
    const b = a + 1;
    // The rows that print both cells, and those of them whose two values lie between 0 and 100 (counted first:
    // most pairs of columns go no further).
    let printed = 0, pairs = 0;
    for (const r of rows) {
      const x = r.values[a], y = r.values[b];
      if (x == null || y == null) continue;
      printed++;
      if (inRange(x, y)) pairs++;
    }
    if (pairs < MIN_IN_RANGE * printed) continue;
    if (columns[a]!.role !== 'other' && columns[a]!.role !== 'percent' && !(named(a) && named(b))) continue;
    let ok = 0;
    for (const r of rows) {
      const x = r.values[a], y = r.values[b];
      if (x != null && y != null && inRange(x, y) && holds(x, y)) ok++;
    }
    if (ok < MIN_ROWS || ok / pairs < MIN_AGREEMENT) continue;
    rows.forEach((r, i) => {
      const x = r.values[a], y = r.values[b];
      if (x == null || y == null || !inRange(x, y)) return;
      const computed = round(100 - x);
      checks.push({
        kind: 'sum', row: i, column: b, printed: y, computed, delta: round(y - computed), ok: holds(x, y),
        expr: `100 − ${name(a)} = ${name(b)}`,
      });
    });
    a++;
  }
  return checks;
}
