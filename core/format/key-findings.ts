// Given an Extraction, return what a reader wants first: the largest overspends and underspends (in kroner,
// across tables), every failed arithmetic check, inconsistent claims and cross-table mismatches.

import type { Check, Claim, CrossCheck, Extraction, Table, Variance } from '../model.ts';
import { unitFactor } from '../semantics/units.ts';
import { THOUSANDS_BREAKS } from '../patterns.ts';

export interface Finding {
  table: Table;
  variance: Variance;
  label: string;
  /** The variance in kroner (negative = overspend). */
  nok: number;
}

export interface KeyFindings {
  overspends: Finding[];
  underspends: Finding[];
  failedChecks: { table: Table; check: Check }[];
  inconsistentClaims: Claim[];
  failedCrossChecks: CrossCheck[];
}

const TOP = 5;

export function keyFindings(x: Extraction, top = TOP): KeyFindings {
  const all: Finding[] = [];
  const seen = new Set<string>();
  for (const table of x.tables) {
    const f = unitFactor(table.unit) ?? 1000;
    for (const v of table.variances) {
      const row = table.rows[v.row];
      if (!row || row.kind === 'total' || row.kind === 'subtotal' || !v.significant) continue;
      const key = `${row.label}|${v.variance}`;
      if (seen.has(key)) continue;
      seen.add(key);
      all.push({ table, variance: v, label: row.label, nok: v.variance * f });
    }
  }
  return {
    overspends: all.filter((f) => f.nok < 0).sort((a, b) => a.nok - b.nok).slice(0, top),
    underspends: all.filter((f) => f.nok > 0).sort((a, b) => b.nok - a.nok).slice(0, top),
    failedChecks: x.tables.flatMap((table) => table.checks.filter((c) => !c.ok).map((check) => ({ table, check }))),
    inconsistentClaims: x.claims.filter((c) => c.verdict === 'inconsistent'),
    failedCrossChecks: x.crossChecks.filter((c) => !c.ok),
  };
}

/** "−45,5 mill. kr" / "1,3 mill. kr" / "540 000 kr": Norwegian style, U+2212 minus. */
export function formatNok(nok: number): string {
  const sign = nok < 0 ? '\u2212' : '';
  const a = Math.abs(nok);
  if (a >= 1e6) return `${sign}${(a / 1e6).toFixed(1).replace('.', ',')} mill. kr`;
  return `${sign}${groupThousands(Math.round(a))} kr`;
}

export function groupThousands(n: number): string {
  const [int = '', frac] = String(Math.abs(n)).split('.');
  const grouped = int.replace(THOUSANDS_BREAKS, '\u00a0');
  return `${n < 0 ? '\u2212' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}
