// Test helper: a small contract Table from rows of [label, kind, ...values] with the usual deviation columns.

import type { Column, Role, RowKind, Table } from '../../../../core/model.ts';

const COLUMNS: Column[] = [
  { label: 'Regulert budsjett 2024', role: 'budget-revised', year: 2024 },
  { label: 'Regnskap 2024', role: 'actual', year: 2024 },
  { label: 'Avvik 2024', role: 'variance', year: 2024 },
];

export function makeTable(
  id: string,
  rows: [string, RowKind, ...(number | null)[]][],
  opts: { title?: string; unit?: string; line?: number; columns?: Column[]; roles?: Role[] } = {},
): Table {
  const columns = opts.columns ?? COLUMNS;
  const t: Table = {
    id,
    grid: [],
    columns,
    rows: rows.map(([label, kind, ...values]) => ({ label, kind, values })),
    checks: [],
    variances: [],
    unit: opts.unit ?? '1000 kr',
  };
  if (opts.title !== undefined) t.title = opts.title;
  if (opts.line !== undefined) t.line = opts.line;
  return t;
}

/** Lines of text where line n (1-based) holds `text[n-1]`; pads with empty lines up to `length`. */
export function textAt(entries: [number, string][], length: number): string {
  const out = Array.from({ length }, () => '');
  for (const [n, s] of entries) out[n - 1] = s;
  return out.join('\n');
}
