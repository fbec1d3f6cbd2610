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
const BRUTTO = /brutto/i;

/** What pairing asks of a table, worked out once per table rather than once per row pair. */
interface TableFacts {
  factor: number | undefined;
  unit: string | undefined;
  labels: string[];
  /** Rows by normalised label, and the total rows, each in row order. */
  byLabel: Map<string, number[]>;
  totals: number[];
  total: number;
  brutto: boolean;
}

function factsOf(t: Table): TableFacts {
  const unit = t.unit === undefined ? undefined : norm(t.unit);
  const labels = t.rows.map((r) => norm(r.label));
  const byLabel = new Map<string, number[]>();
  labels.forEach((l, i) => byLabel.set(l, [...(byLabel.get(l) ?? []), i]));
  const totals = t.rows.flatMap((r, i) => (r.kind === 'total' ? [i] : []));
  return { factor: moneyFactor(t), unit, labels, byLabel, totals, total: totalRow(t), brutto: BRUTTO.test(t.title ?? '') };
}

/** The union of two ascending lists of row indices, ascending. */
function union(a: number[], b: number[]): number[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

function sameUnit(a: TableFacts, b: TableFacts): boolean {
  return a.factor !== undefined ? a.factor === b.factor : a.unit !== undefined && a.unit === (b.unit ?? '');
}

function sameQuantity(ca: Column, cb: Column): boolean {
  return MONEY_ROLES.has(ca.role) ? cb.role === ca.role && cb.year === ca.year : cb.role === ca.role && norm(cb.label) === norm(ca.label);
}

/** Column pairs (index in a, index in b) that print the same quantity. */
function pairColumns(a: Column[], b: Column[]): [number, number][] {
  const out: [number, number][] = [];
  a.forEach((ca, i) => {
    const inA = a.filter((cb) => sameQuantity(ca, cb)).length;
    const js = b.map((cb, j) => (sameQuantity(ca, cb) ? j : -1)).filter((j) => j >= 0);
    if (inA === 1 && js.length === 1 && js[0] !== undefined) out.push([i, js[0]]);
  });
  return out;
}

/** pairColumns of two tables (by index), paired once per pair of tables however many rows meet. */
type ColumnPairs = (a: number, b: number) => [number, number][];

function columnPairs(tables: Table[]): ColumnPairs {
  const memo = new Map<number, [number, number][]>();
  return (a, b) => {
    const key = a * tables.length + b;
    let pairs = memo.get(key);
    if (pairs === undefined) {
      pairs = pairColumns(tables[a]?.columns ?? [], tables[b]?.columns ?? []);
      memo.set(key, pairs);
    }
    return pairs;
  };
}

function totalRow(t: Table): number {
  const k = t.rows.map((r) => r.kind).lastIndexOf('total');
  return k >= 0 ? k : t.rows.map((r) => r.kind).lastIndexOf('subtotal');
}

function candidatePairs(tables: Table[], areas: Map<string, string>): [RowRef, RowRef, number][] {
  const out: [RowRef, RowRef, number][] = [];
  const facts = tables.map(factsOf);
  const labelTables = new Map<string, Set<number>>();
  facts.forEach((f, ti) => f.labels.forEach((l) => labelTables.set(l, (labelTables.get(l) ?? new Set()).add(ti))));
  tables.forEach((s, si) => {
    const fs = facts[si] as TableFacts;
    s.rows.forEach((row, ri) => {
      const codes = [...areaCodes(row.label)];
      const label = fs.labels[ri] ?? '';
      const named = (labelTables.get(label)?.size ?? 0) < GENERIC_LABEL_TABLES && label.length > 0;
      // A row pairs only as a summary of one area's table, by its name, or as a total.
      if (codes.length !== 1 && !named && row.kind !== 'total') return;
      tables.forEach((d, di) => {
        const fd = facts[di] as TableFacts;
        if (di === si || !sameUnit(fs, fd)) return;
        const dt = fd.total;
        if (codes.length === 1 && dt >= 0 && areas.get(d.id) === codes[0] && fs.brutto === fd.brutto) out.push([{ t: si, r: ri }, { t: di, r: dt }, MIN_AGREE_NAMED]);
        if (di < si) return;
        // In row order: a row of the same name, or any total row when this is a total row.
        const sameName = named ? (fd.byLabel.get(label) ?? []) : [];
        for (const oi of union(sameName, row.kind === 'total' ? fd.totals : [])) {
          out.push([{ t: si, r: ri }, { t: di, r: oi }, named && fd.labels[oi] === label ? MIN_AGREE_NAMED : MIN_AGREE_TOTALS]);
        }
      });
    });
  });
  return out;
}

function checksOf(tables: Table[], a: RowRef, b: RowRef, minAgree: number, columns: ColumnPairs): CrossCheck[] {
  const ta = tables[a.t];
  const tb = tables[b.t];
  const ra: Row | undefined = ta?.rows[a.r];
  const rb: Row | undefined = tb?.rows[b.r];
  if (ta === undefined || tb === undefined || ra === undefined || rb === undefined) return [];
  const out: CrossCheck[] = [];
  let agree = 0;
  for (const [i, j] of columns(a.t, b.t)) {
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
  const columns = columnPairs(tables);
  for (const [a, b, minAgree] of candidatePairs(tables, tableAreas(tables, lines))) {
    for (const c of checksOf(tables, a, b, minAgree, columns)) {
      const key = [c.a.table, c.a.row, c.a.column, c.b.table, c.b.row, c.b.column].join('|');
      const back = [c.b.table, c.b.row, c.b.column, c.a.table, c.a.row, c.a.column].join('|');
      if (seen.has(key) || seen.has(back)) continue;
      seen.add(key);
      out.push(c);
    }
  }
  return out;
}
