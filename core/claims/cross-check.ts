// Given the tables of one report, return every figure printed in two tables, with both places and the delta.
// Rows are the same figure when (a) a summary row names a funksjonsområde ("Funksjonsområde 3", "F03") and
// another table is that area's overview (its total row), (b) two tables have a row with the same specific
// label, or (c) two total rows agree on several columns. Columns pair by role and year (or by label).
// A pairing is trusted only when some of its columns agree: the same row printed twice mostly matches.

import type { CellRef, Column, CrossCheck, Line, Role, Row, Table } from '../model.ts';
import { areaCodes } from './area-code.ts';
import { tableAreas } from './table-area.ts';
import { moneyFactor } from './cell-candidates.ts';

/** Two printings of one figure may differ by one in the last digit (rounding of sums). */
export const CROSS_ROUNDING_TOLERANCE = 1;
/** A label found in this many tables or more is generic ("Sum netto utgifter"), not a name. */
const GENERIC_LABEL_TABLES = 3;
const MIN_AGREE_NAMED = 1;
const MIN_AGREE_TOTALS = 2;
const MONEY_ROLES: ReadonlySet<Role> = new Set(['actual', 'budget-original', 'budget-revised', 'variance', 'variance-adjusted', 'transferred']);

interface RowRef { t: number; r: number }

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();

function sameUnit(a: Table, b: Table): boolean {
  const fa = moneyFactor(a);
  return fa !== undefined ? fa === moneyFactor(b) : a.unit !== undefined && norm(a.unit) === norm(b.unit ?? '');
}


/** Column pairs (index in a, index in b) that print the same quantity. */
function pairColumns(a: Column[], b: Column[]): [number, number][] {
  const out: [number, number][] = [];
  a.forEach((ca, i) => {
    const same = (cb: Column) =>
      MONEY_ROLES.has(ca.role) ? cb.role === ca.role && cb.year === ca.year : cb.role === ca.role && norm(cb.label) === norm(ca.label);
    const inA = a.filter(same).length;
    const js = b.map((cb, j) => (same(cb) ? j : -1)).filter((j) => j >= 0);
    if (inA === 1 && js.length === 1 && js[0] !== undefined) out.push([i, js[0]]);
  });
  return out;
}

function totalRow(t: Table): number {
  const k = t.rows.map((r) => r.kind).lastIndexOf('total');
  return k >= 0 ? k : t.rows.map((r) => r.kind).lastIndexOf('subtotal');
}

function candidatePairs(tables: Table[], areas: Map<string, string>): [RowRef, RowRef, number][] {
  const out: [RowRef, RowRef, number][] = [];
  const labelTables = new Map<string, Set<number>>();
  tables.forEach((t, ti) => t.rows.forEach((r) => labelTables.set(norm(r.label), (labelTables.get(norm(r.label)) ?? new Set()).add(ti))));
  tables.forEach((s, si) => {
    s.rows.forEach((row, ri) => {
      const codes = [...areaCodes(row.label)];
      tables.forEach((d, di) => {
        if (di === si || !sameUnit(s, d)) return;
        const dt = totalRow(d);
        const brutto = (t: Table) => /brutto/i.test(t.title ?? '');
        if (codes.length === 1 && dt >= 0 && areas.get(d.id) === codes[0] && brutto(s) === brutto(d)) out.push([{ t: si, r: ri }, { t: di, r: dt }, MIN_AGREE_NAMED]);
        if (di < si) return;
        const named = (labelTables.get(norm(row.label))?.size ?? 0) < GENERIC_LABEL_TABLES && norm(row.label).length > 0;
        d.rows.forEach((other, oi) => {
          if (named && norm(other.label) === norm(row.label)) out.push([{ t: si, r: ri }, { t: di, r: oi }, MIN_AGREE_NAMED]);
          else if (row.kind === 'total' && other.kind === 'total') out.push([{ t: si, r: ri }, { t: di, r: oi }, MIN_AGREE_TOTALS]);
        });
      });
    });
  });
  return out;
}

function checksOf(tables: Table[], a: RowRef, b: RowRef, minAgree: number): CrossCheck[] {
  const ta = tables[a.t];
  const tb = tables[b.t];
  const ra: Row | undefined = ta?.rows[a.r];
  const rb: Row | undefined = tb?.rows[b.r];
  if (ta === undefined || tb === undefined || ra === undefined || rb === undefined) return [];
  const out: CrossCheck[] = [];
  let agree = 0;
  for (const [i, j] of pairColumns(ta.columns, tb.columns)) {
    const pa = ra.values[i];
    const pb = rb.values[j];
    if (typeof pa !== 'number' || typeof pb !== 'number') continue;
    const delta = Math.round((pa - pb) * 1e6) / 1e6;
    const ok = Math.abs(delta) <= CROSS_ROUNDING_TOLERANCE;
    if (ok && pa !== 0) agree++;
    const refA: CellRef = { table: ta.id, row: a.r, column: i };
    const refB: CellRef = { table: tb.id, row: b.r, column: j };
    out.push({ a: refA, b: refB, printedA: pa, printedB: pb, delta, ok });
  }
  // Most of the row must agree: a row that differs in most columns is another figure (or a misread table).
  return agree >= Math.max(minAgree, Math.ceil(out.length / 2)) ? out : [];
}

/** `lines` (optional) lets a table's caption name its funksjonsområde when its title does not. */
export function crossCheckTables(tables: Table[], lines: Line[] = []): CrossCheck[] {
  const seen = new Set<string>();
  const out: CrossCheck[] = [];
  for (const [a, b, minAgree] of candidatePairs(tables, tableAreas(tables, lines))) {
    for (const c of checksOf(tables, a, b, minAgree)) {
      const key = [c.a.table, c.a.row, c.a.column, c.b.table, c.b.row, c.b.column].join('|');
      const back = [c.b.table, c.b.row, c.b.column, c.a.table, c.a.row, c.a.column].join('|');
      if (seen.has(key) || seen.has(back)) continue;
      seen.add(key);
      out.push(c);
    }
  }
  return out;
}
