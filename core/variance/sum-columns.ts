// Given a table's columns and rows, check the columns that add up others in the same row: "Sum
// institusjonsplasser" after "Alle typer korttidsplasser" and "Alle typer langtidsplasser", "Sum prosjekt"
// after "1. Periodiseringsavvik" … "4. Uforutsigbare avsetninger". A column named "Sum …" adds the value
// columns between the previous sum column (or the label) and itself; when most rows that print it obey that,
// every row is checked against it.

import type { Check, Column, Row } from '../model.ts';
import { round } from './row-identities.ts';
import { addsUp, decimalsOf } from './tolerance.ts';

export interface SumColumn {
  target: number;
  terms: number[];
}

const SUM_NAME = /^sum\b/i;
/** Columns that do not add: shares, codes. */
const NOT_ADDED = new Set<Column['role']>(['percent']);
/** Share of the rows printing the sum (and a term) that must obey it before it is checked on every row. */
const MIN_AGREEMENT = 0.6;
/** Rows that must obey it. */
const MIN_ROWS = 2;

/** The sum columns a table names, each with the columns it adds (before the rows say whether they do). */
export function namedSumColumns(labels: string[], roles?: Column['role'][]): SumColumn[] {
  const out: SumColumn[] = [];
  let from = 0;
  labels.forEach((label, target) => {
    if (!SUM_NAME.test(label.trim())) return;
    const terms: number[] = [];
    for (let c = from; c < target; c++) if (!roles || !NOT_ADDED.has(roles[c]!)) terms.push(c);
    if (terms.length >= 2) out.push({ target, terms });
    from = target + 1;
  });
  return out;
}

/** The row's sum under `s`, with empty terms as zero, or undefined when the sum or every term is empty. */
export function rowSum(values: (number | null)[], s: SumColumn): { printed: number; computed: number; n: number } | undefined {
  const printed = values[s.target];
  if (printed == null) return undefined;
  let computed = 0, n = 0;
  for (const c of s.terms) {
    const v = values[c];
    if (v != null) {
      computed += v;
      n++;
    }
  }
  return n ? { printed, computed, n } : undefined;
}

/** Within rounding: each term and the sum off by half their printed unit. */
export function sumHolds(values: (number | null)[], s: SumColumn, r: { printed: number; computed: number; n: number }): boolean {
  let decimals = decimalsOf(r.printed);
  for (const c of s.terms) if (values[c] != null) decimals = Math.max(decimals, decimalsOf(values[c]!));
  return addsUp(r.printed, r.computed, decimals, r.n + 1);
}

export function checkSumColumns(columns: Column[], rows: Row[]): Check[] {
  const checks: Check[] = [];
  for (const s of namedSumColumns(columns.map((c) => c.label), columns.map((c) => c.role))) {
    const sums = rows.map((r) => rowSum(r.values, s));
    const ok = sums.filter((x, i) => x && sumHolds(rows[i]!.values, s, x)).length;
    const n = sums.filter(Boolean).length;
    if (ok < MIN_ROWS || ok / n < MIN_AGREEMENT) continue;
    const expr = `${s.terms.map((c) => columns[c]!.label).join(' + ')} = ${columns[s.target]!.label}`;
    sums.forEach((x, i) => {
      if (!x) return;
      checks.push({
        kind: 'sum', row: i, column: s.target, printed: x.printed, computed: round(x.computed),
        delta: round(x.printed - x.computed), ok: sumHolds(rows[i]!.values, s, x), expr,
      });
    });
  }
  return checks;
}
