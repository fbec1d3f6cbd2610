// Given a table's rows, return each row's kind: item, subtotal, total or header.
// A sum row names itself ("Sum …", "Totalt …", "I alt", "Netto …resultat"); the last of them, or one that
// says "totalt", is the total. A row with a label and no value is a section header.

import type { RowKind } from '../model.ts';

const SUM = /^(?:=|(?:=\s*)?(?:sum\b|sum[a-zæøå]*\b|totalt?\b|total\s|i\s+alt\b|samlet\b|netto\s+avvik|driftsresultat\b|årsresultat\b|resultat\s+totalt|alle\s+(?:ansatte|enheter)))/i;
const TOTAL = /totalt|i\s+alt|\bsum\s+(?:netto|brutto)\s+driftsutg.*inkl|\+|netto\s+avvik|driftsresultat|årsresultat|kap\.?\s*totalt/i;

export function isSumLabel(label: string): boolean {
  return SUM.test(label.trim());
}

export function classifyRows(rows: { label: string; values: (number | null)[] }[]): RowKind[] {
  const kinds: RowKind[] = rows.map((r) => {
    if (r.values.every((v) => v === null)) return r.label.trim() ? 'header' : 'item';
    return isSumLabel(r.label) ? 'subtotal' : 'item';
  });
  const sums = kinds.map((k, i) => (k === 'subtotal' ? i : -1)).filter((i) => i >= 0);
  if (sums.length === 0) return kinds;
  const explicit = sums.filter((i) => TOTAL.test(rows[i]!.label));
  const last = sums[sums.length - 1]!;
  if (explicit.length) for (const i of explicit) kinds[i] = 'total';
  // The final sum row closes the table when nothing follows it or it is the only one.
  if (!explicit.length && (last === rows.length - 1 || sums.length === 1)) kinds[last] = 'total';
  return kinds;
}
