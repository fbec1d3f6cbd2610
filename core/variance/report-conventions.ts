// Given every table of one report, check the indicator tables too small to show their own sign convention.
// An indicator table prints Avvik between a target (Måltall) and a result (Resultat) of the same year, as
// Resultat − Måltall or as Måltall − Resultat; a table with several rows shows which (row-identities.ts).
// A one-row table cannot, but the report's other indicator tables can: their shared convention is the
// report's, and the lone row is checked against it. A report that prints Resultat − Måltall signs Avvik by
// goodness ("+" is better than the target), so a measure where less is better is checked mirrored.

import type { Check, Table } from '../model.ts';
import { indicatorColumns, type IndicatorColumns } from '../semantics/column-roles.ts';
import { identityTolerance, round } from './row-identities.ts';

/** +1 per row printing Resultat − Måltall, −1 per row printing Måltall − Resultat (rows with Avvik 0 say nothing). */
function votes(t: Table, x: IndicatorColumns): { plus: number; minus: number } {
  let plus = 0, minus = 0;
  for (const r of t.rows) {
    const v = r.values[x.variance], a = r.values[x.result], m = r.values[x.target];
    if (v == null || a == null || m == null || v === 0) continue;
    const tol = identityTolerance(a, m, v);
    if (Math.abs(a - m - v) <= tol) plus++;
    else if (Math.abs(m - a - v) <= tol) minus++;
  }
  return { plus, minus };
}

/** Measures where less is better: a report that signs Avvik by goodness (Resultat − Måltall) mirrors them. */
const LESS_IS_BETTER = /sosialhjelp|ligge?døgn|overliggerdøgn|sykefravær|ventetid|fristbrudd|klager|uønskede|skader|tvang|reinnleggelse|utskrivningsklar/i;

/** Tables whose own rows show a convention vote for it; the report's convention needs a clear majority of them. */
const MIN_TABLES = 2;

export function checkReportConventions(tables: Table[]): Table[] {
  const found = tables.map((t) => indicatorColumns(t.columns));
  let plusTables = 0, minusTables = 0;
  tables.forEach((t, i) => {
    const x = found[i];
    if (!x) return;
    const { plus, minus } = votes(t, x);
    if (plus + minus < 2) return;
    if (plus > minus) plusTables++;
    else if (minus > plus) minusTables++;
  });
  if (Math.max(plusTables, minusTables) < MIN_TABLES || Math.min(plusTables, minusTables) * 3 > Math.max(plusTables, minusTables)) return tables;
  const resultFirst = plusTables > minusTables;
  return tables.map((t, i) => {
    const x = found[i];
    if (!x || t.checks.some((c) => c.kind === 'variance' && c.column === x.variance)) return t;
    const { plus, minus } = votes(t, x);
    if (plus + minus >= 2) return t;
    const checks: Check[] = [];
    const [first, second] = resultFirst ? [x.result, x.target] : [x.target, x.result];
    t.rows.forEach((r, row) => {
      const v = r.values[x.variance];
      // Signed by goodness, a measure where less is better prints Måltall − Resultat.
      const mirror = resultFirst && LESS_IS_BETTER.test(r.label);
      const a = r.values[mirror ? second : first], b = r.values[mirror ? first : second];
      if (v == null || a == null || b == null) return;
      const computed = round(a - b);
      const delta = round(v - computed);
      checks.push({
        kind: 'variance', row, column: x.variance, printed: v, computed, delta,
        ok: Math.abs(delta) <= identityTolerance(a, b, v),
        expr: `${t.columns[mirror ? second : first]!.label} − ${t.columns[mirror ? first : second]!.label} = ${t.columns[x.variance]!.label} (rapportens øvrige resultattabeller)`,
      });
    });
    return checks.length ? { ...t, checks: [...t.checks, ...checks] } : t;
  });
}
