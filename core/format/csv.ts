// Given tables, return CSV: the label column, then the value columns, numbers as plain decimals ("-61.8").
// Text cells are quoted when needed; formulas are defused (a leading = + - @ in a text cell is prefixed with ').

import type { Extraction, Table } from '../model.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_START = /^-?\d/;
const NEEDS_QUOTES = /[",\n\r;]/;

const QUOTES = /"/g;

function quote(s: string): string {
  let v = s;
  if (FORMULA_START.test(v) && !NUMBER_START.test(v)) v = `'${v}`;
  return NEEDS_QUOTES.test(v) ? `"${v.replace(QUOTES, '""')}"` : v;
}

export function tableToCsv(table: Table): string {
  const header = ['', ...table.columns.map((c) => c.label)].map(quote).join(',');
  const rows = table.rows.map((r) => [quote(r.label), ...r.values.map((v) => (v === null ? '' : String(v)))].join(','));
  return [header, ...rows].join('\n') + '\n';
}

/** Every table, each preceded by a line naming it, separated by a blank line. */
export function extractionToCsv(x: Extraction): string {
  return x.tables.map((t) => `${quote(`# ${t.title ?? t.id}${t.unit ? ` (${t.unit})` : ''}`)}\n${tableToCsv(t)}`).join('\n');
}
