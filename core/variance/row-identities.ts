// Given a table's columns and rows, find the identities that hold between its columns and test every row.
// Avvik = budget − regnskap (Oslo's sign) and Avvik justert = Avvik − Overført are expected from the roles;
// other tables (Måltall/Resultat/Avvik) print their own convention, so a difference identity is accepted
// when most rows that print all three cells obey it, and then every row is checked against it.

import type { Check, Column, Row } from '../model.ts';
import { decimalsOf, UNITS } from './tolerance.ts';

export interface ColumnIdentity {
  /** values[target] = values[a] − values[b] */
  target: number;
  a: number;
  b: number;
  kind: 'variance';
  expr: string;
  /** The roles announce it (Avvik = budsjett − regnskap): its sign is Oslo's, never a table's own. */
  announced?: boolean;
}

/** Rows that print a table's own difference mirrored (t = b − a) form a second convention from this many on:
 * indicator tables sign each row's Avvik by whether more is better, so the "lower is better" rows flip it.
 * One mirrored row among rows that follow Avvik = Måltall − Resultat is a printed mistake; under
 * Avvik = Resultat − Måltall (signed by goodness) a mirrored row is a "less is better" indicator. */
const MIRRORED_CONVENTION = 2;

/** Share of rows (with all three cells) that must obey an identity before it is taken as the table's own. */
const MIN_AGREEMENT = 0.6;
/** With the roles' word for an identity, this share of rows suffices (a report may have several errors). */
const ROLE_AGREEMENT = 0.34;

/** holds()'s answer for target t and columns a, b: the rows that print all three cells, those that obey
 * t = a − b, and those that obey t = b − a. */
const both = { n: 0, ok: 0, mirrored: 0 };

/** Both orders of a pair of columns in one walk over the rows (identityTolerance does not depend on the order). */
function holds(rows: Row[], target: number, a: number, b: number): void {
  let n = 0;
  let ok = 0;
  let mirrored = 0;
  for (const r of rows) {
    const t = r.values[target], x = r.values[a], y = r.values[b];
    if (t == null || x == null || y == null) continue;
    n++;
    const d = Math.abs(x - y - t), e = Math.abs(y - x - t);
    if (d > MAX_IDENTITY_TOLERANCE && e > MAX_IDENTITY_TOLERANCE) continue;
    const tol = identityTolerance(x, y, t);
    if (d <= MAX_IDENTITY_TOLERANCE && d <= tol) ok++;
    if (e <= MAX_IDENTITY_TOLERANCE && e <= tol) mirrored++;
  }
  both.n = n;
  both.ok = ok;
  both.mirrored = mirrored;
}

const isBudget = (c: Column) => c.role === 'budget-revised' || c.role === 'budget-original';

/** The identities the table obeys, each target column at most once. */
export function findColumnIdentities(columns: Column[], rows: Row[]): ColumnIdentity[] {
  const out: ColumnIdentity[] = [];
  // Per target, the rows that print all three cells for columns a, b (at a * C + b), and those that obey the
  // identity; (b, a) is counted with (a, b), a < b.
  const C = columns.length;
  const printed = new Int32Array(C * C);
  const obeyed = new Int32Array(C * C);
  columns.forEach((col, target) => {
    if (col.role !== 'variance' && col.role !== 'variance-adjusted' && col.role !== 'change' && col.role !== 'other') return;
    let best: { a: number; b: number; score: number; announced: boolean } | undefined;
    for (let a = 0; a < columns.length; a++) {
      for (let b = 0; b < columns.length; b++) {
        // The result column is printed to the right of what it is computed from.
        if (a === b || a >= target || b >= target) continue;
        if (a < b) {
          holds(rows, target, a, b);
          printed[a * C + b] = printed[b * C + a] = both.n;
          obeyed[a * C + b] = both.ok;
          obeyed[b * C + a] = both.mirrored;
        }
        const n = printed[a * C + b]!, ok = obeyed[a * C + b]!;
        if (n === 0 || ok === 0) continue;
        // Prefer the identities the roles announce; then the one that more rows obey.
        const ca = columns[a]!, cb = columns[b]!;
        let prior = 0;
        if (col.role === 'variance' && isBudget(ca) && cb.role === 'actual') prior = 2;
        if (col.role === 'variance-adjusted' && ca.role === 'variance' && cb.role === 'transferred') prior = 2;
        if (col.role === 'change' && ca.year !== undefined && cb.year !== undefined && ca.year > cb.year) prior = 1;
        if (ca.year !== undefined && col.year !== undefined && ca.year === col.year) prior += 0.5;
        if (cb.year !== undefined && col.year !== undefined && cb.year === col.year) prior += 0.5;
        // Without the roles' word for it, an identity needs more rows behind it.
        // The identity the roles announce needs one row to hold; others need more rows behind them.
        if (ok / n < ROLE_AGREEMENT) continue;
        if (prior < 1 && (ok < 3 || ok / n < 0.75)) continue;
        if (prior < 2 && (ok < 2 || ok / n < MIN_AGREEMENT)) continue;
        const score = ok + prior + ok / n;
        if (!best || score > best.score) best = { a, b, score, announced: prior >= 2 };
      }
    }
    if (best) {
      out.push({
        target,
        a: best.a,
        b: best.b,
        kind: 'variance',
        expr: `${columns[best.a]!.label} − ${columns[best.b]!.label} = ${col.label}`,
        ...(best.announced ? { announced: true } : {}),
      });
    }
  });
  return out;
}

const MONEY_ROLES = new Set<Column['role']>(['budget-original', 'budget-revised', 'actual', 'transferred', 'variance']);

/** `cells[i][c]` is the printed text of row i's cell c ('' when nothing is printed there). */
export function checkRowIdentities(columns: Column[], rows: Row[], cells?: (string[] | undefined)[]): Check[] {
  const checks: Check[] = [];
  // An empty budget, actual or transfer cell is a zero (nothing was budgeted or spent); a text cell ("<150") is not.
  const blank = (i: number, c: number) => MONEY_ROLES.has(columns[c]!.role) && (cells?.[i]?.[c] ?? '') === '';
  for (const id of findColumnIdentities(columns, rows)) {
    const terms = rows.map((r, i) => {
      const t = r.values[id.target];
      if (t == null) return undefined;
      const va = r.values[id.a], vb = r.values[id.b];
      if ((va == null && !blank(i, id.a)) || (vb == null && !blank(i, id.b)) || (va == null && vb == null)) return undefined;
      return { t, a: va ?? 0, b: vb ?? 0 };
    });
    const mirrored = (x: { t: number; a: number; b: number }) =>
      x.t !== 0 && Math.abs(x.a - x.b - x.t) > identityTolerance(x.a, x.b, x.t) && Math.abs(x.b - x.a - x.t) <= identityTolerance(x.a, x.b, x.t);
    // Avvik = Resultat − Måltall reads "+ is better than the target": where less is better the row is mirrored.
    const goodnessSigned = columns[id.target]!.role === 'variance' && columns[id.a]!.role === 'actual' && columns[id.b]!.role === 'other';
    const secondConvention = !id.announced &&
      (goodnessSigned || terms.filter((x) => x && mirrored(x)).length >= MIRRORED_CONVENTION);
    terms.forEach((x, i) => {
      if (!x) return;
      const flip = secondConvention && mirrored(x);
      const computed = round(flip ? x.b - x.a : x.a - x.b);
      const delta = round(x.t - computed);
      const expr = flip ? `${columns[id.b]!.label} − ${columns[id.a]!.label} = ${columns[id.target]!.label}` : id.expr;
      checks.push({ kind: 'variance', row: i, column: id.target, printed: x.t, computed, delta, ok: Math.abs(delta) <= identityTolerance(x.a, x.b, x.t), expr });
    });
  }
  return checks;
}

/** Rounding tolerance of t = a − b: as for three rounded terms, and never finer than t's own printed unit. */
export function identityTolerance(a: number, b: number, t: number): number {
  // Each term is off by at most half a unit, so a − b − t by at most one unit and a half; printed
  // differences of rounded figures land within one unit.
  // Terms printed to different precisions ("300 295 4,7": whole targets, a decimal Avvik) are each off by half
  // their own unit.
  // (printedUnit of each term, without the arrays: this runs for every row of every candidate identity.)
  const da = decimalsOf(a), db = decimalsOf(b), dt = decimalsOf(t);
  const own = (UNITS[da]! + UNITS[db]! + UNITS[dt]!) / 2;
  return Math.max(UNITS[Math.max(da, db, dt)]! * ROUNDING_UNITS, UNITS[dt]! * 0.5 + (t === 0 ? 0.5 : 0), own) + 1e-9;
}

/** How many printed units a difference of rounded figures may be off by. */
export const ROUNDING_UNITS = 1;
/** No identityTolerance exceeds this (every unit is at most 1): a larger miss needs no tolerance worked out. */
const MAX_IDENTITY_TOLERANCE = Math.max(ROUNDING_UNITS, 1.5) + 1e-6;

export function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
