// Given an Extraction, return what a citizen asks first: the overall result, the largest overspends and
// underspends (by funksjonsområde or line), the failed checks and the claims the tables contradict.
// Amounts are compared in kroner, since tables print in 1000 kr, mill. kr or kr.

import type { Claim, Extraction, Table, Variance } from '../../core/model.ts';
import { unitToNok } from './format.ts';

export interface RankedVariance {
  table: Table;
  variance: Variance;
  label: string;
  nok: number;
}

export interface KeyNumbers {
  overall?: RankedVariance;
  overspends: RankedVariance[];
  underspends: RankedVariance[];
  failedChecks: { table: Table; check: Table['checks'][number] }[];
  inconsistentClaims: Claim[];
  tableCount: number;
  claimCount: number;
}

const TOP = 3;

function ranked(table: Table, v: Variance): RankedVariance | null {
  const perUnit = unitToNok(table.unit);
  const label = table.rows[v.row]?.label;
  if (perUnit === null || label === undefined) return null;
  return { table, variance: v, label, nok: v.variance * perUnit };
}

/** The overall result: the total row with the largest budget, preferring the report's main table (0.1). */
function overallOf(all: RankedVariance[]): RankedVariance | undefined {
  const totals = all.filter((r) => r.table.rows[r.variance.row]?.kind === 'total');
  const pool = totals.length ? totals : [];
  // Net operating expenses are the district's result; gross tables and others only when there is no net one.
  const netto = pool.filter((r) => /netto/i.test(r.table.title ?? ''));
  const main = netto.length ? netto : pool.filter((r) => /\b0\.1\b|samlet|totalt/i.test(r.table.title ?? ''));
  const pick = (xs: RankedVariance[]) =>
    xs.reduce<RankedVariance | undefined>((best, r) => {
      const b = Math.abs(r.variance.budget * (unitToNok(r.table.unit) ?? 1));
      const bb = best ? Math.abs(best.variance.budget * (unitToNok(best.table.unit) ?? 1)) : -1;
      return b > bb ? r : best;
    }, undefined);
  return pick(main.length ? main : pool);
}

export function keyNumbers(extraction: Extraction): KeyNumbers {
  const all = extraction.tables.flatMap((t) => t.variances.map((v) => ranked(t, v)).filter((r): r is RankedVariance => r !== null));
  const items = all.filter((r) => {
    const row = r.table.rows[r.variance.row];
    return row?.kind === 'item' && !/^sum\b/i.test(row.label) && r.variance.significant;
  });
  const seen = new Set<string>();
  const unique = (xs: RankedVariance[]) =>
    xs.filter((r) => {
      const k = `${r.label}|${r.nok}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  const overspends = unique(items.filter((r) => r.variance.direction === 'overspend').sort((a, b) => a.nok - b.nok)).slice(0, TOP);
  const underspends = unique(items.filter((r) => r.variance.direction === 'underspend').sort((a, b) => b.nok - a.nok)).slice(0, TOP);
  const overall = overallOf(all);
  return {
    ...(overall ? { overall } : {}),
    overspends,
    underspends,
    failedChecks: extraction.tables.flatMap((table) => table.checks.filter((c) => !c.ok).map((check) => ({ table, check }))),
    inconsistentClaims: extraction.claims.filter((c) => c.verdict === 'inconsistent'),
    tableCount: extraction.tables.length,
    claimCount: extraction.claims.length,
  };
}

/** The table to show first: the one holding the overall result, else the first with a variance. */
export function firstInterestingTable(extraction: Extraction): number {
  const overall = keyNumbers(extraction).overall?.table;
  const i = overall ? extraction.tables.indexOf(overall) : extraction.tables.findIndex((tb) => tb.variances.length > 0);
  return Math.max(0, i);
}
