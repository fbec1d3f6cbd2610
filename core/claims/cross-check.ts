// Given the tables of one report, return every figure printed in two tables, with both places and the delta.
// Rows are the same figure when (a) a summary row names a funksjonsområde ("Funksjonsområde 3", "F03") and
// another table is that area's overview (its total row), (b) two tables have a row with the same specific
// label, or (c) two total rows agree on several columns. Columns pair by role and year (or by label).
// A pairing is trusted only when some of its columns agree: the same row printed twice mostly matches.
// Two budget tables whose units read differently are still compared when three or more columns agree: the
// amounts say the unit is the same (a unit line may be misread), and figures in different units never agree.
// Indicator tables (no money unit) pair their rows by label likeness (indicator-checks.ts). A figure printed
// three times with three values is reported as two discrepancies, not three (check-forest.ts).

import type { CellRef, CrossCheck, Line, Row, Table } from '../model.ts';
import { soleAreaCode } from './area-code.ts';
import { tableAreas } from './table-area.ts';
import { moneyFactor } from './cell-candidates.ts';
import { CROSS_ROUNDING_TOLERANCE, oneCheckPerDiscrepancy, type ScoredCheck } from './check-forest.ts';
import { norm, pairColumns } from './column-pairs.ts';
import { groupSumChecks, groupTotals } from './group-sums.ts';
import { indicatorChecks } from './indicator-checks.ts';

export { CROSS_ROUNDING_TOLERANCE } from './check-forest.ts';
/** A label found in this many tables or more is generic ("Sum netto utgifter"), not a name. */
const GENERIC_LABEL_TABLES = 3;
const MIN_AGREE_NAMED = 1;
const MIN_AGREE_TOTALS = 2;
/** Budget tables whose units read differently: the amounts themselves must show it is one figure. */
const MIN_AGREE_UNIT_UNSURE = 3;
/** A pairing on one label outranks one on agreeing amounts alone when one figure is printed three times. */
const SAME_LABEL_STRENGTH = 10;

interface RowRef { t: number; r: number }

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
  /** Has budget and actual columns: a budget table, whatever its unit line says. */
  budget: boolean;
  /** In kroner (or a budget table): compared here; every other table is an indicator table. */
  money: boolean;
}

function factsOf(t: Table): TableFacts {
  const unit = t.unit === undefined ? undefined : norm(t.unit);
  const labels = t.rows.map((r) => norm(r.label));
  const byLabel = new Map<string, number[]>();
  const totals: number[] = [];
  for (let i = 0; i < labels.length; i++) {
    const rows = byLabel.get(labels[i]!);
    if (rows === undefined) byLabel.set(labels[i]!, [i]);
    else rows.push(i);
    if (t.rows[i]!.kind === 'total') totals.push(i);
  }
  const roles = new Set(t.columns.map((c) => c.role));
  const budget = (roles.has('budget-original') || roles.has('budget-revised')) && roles.has('actual');
  const factor = moneyFactor(t);
  return { factor, unit, labels, byLabel, totals, total: totalRow(t), brutto: BRUTTO.test(t.title ?? ''), budget, money: factor !== undefined || budget };
}

/** The union of two ascending lists of row indices, ascending. */
function union(a: readonly number[], b: readonly number[]): readonly number[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

function sameUnit(a: TableFacts, b: TableFacts): boolean {
  return a.factor !== undefined ? a.factor === b.factor : a.unit !== undefined && a.unit === (b.unit ?? '');
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

/** The last total row, else the last subtotal row, else -1. */
function totalRow(t: Table): number {
  let subtotal = -1;
  for (let k = t.rows.length - 1; k >= 0; k--) {
    const kind = t.rows[k]!.kind;
    if (kind === 'total') return k;
    if (kind === 'subtotal' && subtotal < 0) subtotal = k;
  }
  return subtotal;
}

/** No rows: what a row pairs with when it has no namesake or is no total (one list, never written to). */
const NO_ROWS: readonly number[] = [];

/** How many columns must agree: `n`, or at least MIN_AGREE_UNIT_UNSURE when the units read differently. */
function leastAgree(n: number, unitSure: boolean): number {
  return unitSure ? n : Math.max(n, MIN_AGREE_UNIT_UNSURE);
}

/** Two rows that may print the same figure, and how many of their columns must agree to say they do. */
interface Candidate { a: RowRef; b: RowRef; minAgree: number; sameLabel: boolean }

/** Money tables other than `si` whose figures may be compared with its own (one unit, or both budget tables), in
 * table order, and whether the unit is sure. Worked out once per table, not once per row. */
function partnersOf(si: number, facts: TableFacts[]): { di: number; unitSure: boolean }[] {
  const fs = facts[si] as TableFacts;
  const out: { di: number; unitSure: boolean }[] = [];
  facts.forEach((fd, di) => {
    if (di === si || !fd.money) return;
    const unitSure = sameUnit(fs, fd);
    if (unitSure || (fs.budget && fd.budget)) out.push({ di, unitSure });
  });
  return out;
}

function candidatePairs(tables: Table[], facts: TableFacts[], areas: Map<string, string>): Candidate[] {
  const out: Candidate[] = [];
  const labelTables = new Map<string, Set<number>>();
  facts.forEach((f, ti) => f.labels.forEach((l) => labelTables.set(l, (labelTables.get(l) ?? new Set()).add(ti))));
  tables.forEach((s, si) => {
    const fs = facts[si] as TableFacts;
    if (!fs.money) return;
    let partners: { di: number; unitSure: boolean }[] | undefined;
    s.rows.forEach((row, ri) => {
      const code = soleAreaCode(row.label);
      const label = fs.labels[ri] ?? '';
      const named = (labelTables.get(label)?.size ?? 0) < GENERIC_LABEL_TABLES && label.length > 0;
      // A row pairs only as a summary of one area's table, by its name, or as a total.
      if (code === undefined && !named && row.kind !== 'total') return;
      partners ??= partnersOf(si, facts);
      for (const { di, unitSure } of partners) {
        const d = tables[di] as Table;
        const fd = facts[di] as TableFacts;
        const dt = fd.total;
        if (code !== undefined && dt >= 0 && areas.get(d.id) === code && fs.brutto === fd.brutto) {
          out.push({ a: { t: si, r: ri }, b: { t: di, r: dt }, minAgree: leastAgree(MIN_AGREE_NAMED, unitSure), sameLabel: false });
        }
        if (di < si) continue;
        // In row order: a row of the same name, or any total row when this is a total row.
        const sameName = named ? (fd.byLabel.get(label) ?? NO_ROWS) : NO_ROWS;
        for (const oi of union(sameName, row.kind === 'total' ? fd.totals : NO_ROWS)) {
          const sameLabel = fd.labels[oi] === label;
          out.push({ a: { t: si, r: ri }, b: { t: di, r: oi }, minAgree: leastAgree(named && sameLabel ? MIN_AGREE_NAMED : MIN_AGREE_TOTALS, unitSure), sameLabel });
        }
      }
    });
  });
  return out;
}

function checksOf(tables: Table[], { a, b, minAgree, sameLabel }: Candidate, columns: ColumnPairs): ScoredCheck[] {
  const ta = tables[a.t];
  const tb = tables[b.t];
  const ra: Row | undefined = ta?.rows[a.r];
  const rb: Row | undefined = tb?.rows[b.r];
  if (ta === undefined || tb === undefined || ra === undefined || rb === undefined) return [];
  const pairs = columns(a.t, b.t);
  // The columns that agree are counted first, and the checks made only for rows that agree enough (most do not).
  let compared = 0;
  let agree = 0;
  for (const [i, j] of pairs) {
    const pa = ra.values[i];
    const pb = rb.values[j];
    if (typeof pa !== 'number' || typeof pb !== 'number') continue;
    compared++;
    if (Math.abs(Math.round((pa - pb) * 1e6) / 1e6) <= CROSS_ROUNDING_TOLERANCE && pa !== 0) agree++;
  }
  // Most of the row must agree: a row that differs in most columns is another figure (or a misread table).
  if (agree < Math.max(minAgree, Math.ceil(compared / 2))) return [];
  const strength = agree + (sameLabel ? SAME_LABEL_STRENGTH : 0);
  const out: ScoredCheck[] = [];
  for (const [i, j] of pairs) {
    const pa = ra.values[i];
    const pb = rb.values[j];
    if (typeof pa !== 'number' || typeof pb !== 'number') continue;
    const delta = Math.round((pa - pb) * 1e6) / 1e6;
    const refA: CellRef = { table: ta.id, row: a.r, column: i };
    const refB: CellRef = { table: tb.id, row: b.r, column: j };
    const check: CrossCheck = { a: refA, b: refB, printedA: pa, printedB: pb, delta, ok: Math.abs(delta) <= CROSS_ROUNDING_TOLERANCE };
    out.push({ check, strength });
  }
  return out;
}

/**
 * A row whose namesake is a group total of another table may print the sum of a run of such totals. When several
 * tables print that run (the resultatenhet overview and the area's own), the row is checked against one: the
 * best agreeing, then the nearest.
 */
function sumChecks(tables: Table[], facts: TableFacts[], columns: ColumnPairs): ScoredCheck[] {
  const best = new Map<string, { checks: ScoredCheck[]; distance: number }>();
  const at = (t: Table) => t.line ?? t.page ?? 0;
  tables.forEach((tb, b) => {
    const fb = facts[b] as TableFacts;
    if (!fb.money) return;
    for (const total of groupTotals(tb)) {
      tables.forEach((ta, a) => {
        const fa = facts[a] as TableFacts;
        if (a === b || !fa.money || !(sameUnit(fa, fb) || (fa.budget && fb.budget))) return;
        for (const r of fa.byLabel.get(fb.labels[total] ?? '') ?? []) {
          const checks = groupSumChecks(ta, r, tb, total, columns(a, b));
          const strength = checks[0]?.strength ?? 0;
          const distance = Math.abs(at(ta) - at(tb));
          const was = best.get(`${a}|${r}`);
          const wasStrength = was?.checks[0]?.strength ?? 0;
          if (checks.length > 0 && (was === undefined || strength > wasStrength || (strength === wasStrength && distance < was.distance))) best.set(`${a}|${r}`, { checks, distance });
        }
      });
    }
  });
  return [...best.values()].flatMap((x) => x.checks);
}

/** `lines` (optional) lets a table's caption name its funksjonsområde when its title does not. */
/** `areas`: tableAreas(tables, lines), when the caller has it already (the claims use it too). */
export function crossCheckTables(tables: Table[], lines: Line[] = [], areas: Map<string, string> = tableAreas(tables, lines)): CrossCheck[] {
  const seen = new Set<string>();
  const out: ScoredCheck[] = [];
  const add = (s: ScoredCheck) => {
    const c = s.check;
    const a = `${c.a.table}|${c.a.row}|${c.a.column}`;
    const b = `${c.b.table}|${c.b.row}|${c.b.column}`;
    const key = `${a}|${b}`;
    const back = `${b}|${a}`;
    if (seen.has(key) || seen.has(back)) return;
    seen.add(key);
    out.push(s);
  };
  const columns = columnPairs(tables);
  const facts = tables.map(factsOf);
  for (const candidate of candidatePairs(tables, facts, areas)) {
    for (const s of checksOf(tables, candidate, columns)) add(s);
  }
  for (const s of sumChecks(tables, facts, columns)) add(s);
  for (const s of indicatorChecks(tables, facts.map((f) => f.money))) add(s);
  return oneCheckPerDiscrepancy(out, tables);
}
