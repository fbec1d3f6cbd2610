// Given a contract Table, return what the table view draws: header labels, and per row the cells as text with
// the one value that carries the row's variance marked by its direction. The printed "Avvik" column carries it;
// a table without one gets a computed column, so every Variance is visible.

import type { Direction, Table } from '../core/model.ts';
import { formatNumber, type Lang } from './format.ts';

export interface CellModel {
  text: string;
  /** Set on the one highlighted value per row with a Variance. */
  direction?: Direction;
}

export interface RowModel {
  label: string;
  kind: Table['rows'][number]['kind'];
  cells: CellModel[];
}

export interface TableModel {
  headers: string[];
  /** Per header: shown in a narrow widget too (budget, actual, variance); the others fold away there. */
  key: boolean[];
  rows: RowModel[];
  /** Index into `headers`/`cells` of the column that carries the highlights, or -1. */
  highlightColumn: number;
  /** True when that column is computed by Tallsjekk rather than printed. */
  computed: boolean;
}

export function buildTableModel(table: Table, lang: Lang, computedLabel: string): TableModel {
  const printed = table.columns.findIndex((c) => c.role === 'variance');
  const computed = printed < 0 && table.variances.length > 0;
  const highlightColumn = computed ? table.columns.length : printed;
  const byRow = new Map(table.variances.map((v) => [v.row, v]));
  const headers = table.columns.map((c) => c.label);
  const key = keyColumns(table);
  if (computed) {
    headers.push(computedLabel);
    key.push(true);
  }
  const rows = table.rows.map((row, r): RowModel => {
    const variance = byRow.get(r);
    const cells: CellModel[] = table.columns.map((_, c) => {
      const value = row.values[c];
      const cell: CellModel = { text: value === null || value === undefined ? '' : formatNumber(value, lang, c === printed) };
      if (variance && c === printed && value !== null && value !== undefined) cell.direction = variance.direction;
      return cell;
    });
    if (computed) cells.push(variance ? { text: formatNumber(variance.variance, lang, true), direction: variance.direction } : { text: '' });
    return { label: row.label, kind: row.kind, cells };
  });
  return { headers, key, rows, highlightColumn, computed };
}

/** The columns a variance is made of: the budget it uses (revised, else original), the latest actual and the
 * printed variance. A table without variances keeps every column. */
function keyColumns(table: Table): boolean[] {
  const all = table.columns.map(() => true);
  if (table.variances.length === 0) return all;
  const last = (role: string) => table.columns.reduce((best, c, i) => (c.role === role && (c.year ?? 0) >= (table.columns[best]?.year ?? 0) ? i : best), -1);
  const budget = last('budget-revised') >= 0 ? last('budget-revised') : last('budget-original');
  const picked = new Set([budget, last('actual'), table.columns.findIndex((c) => c.role === 'variance')]);
  picked.delete(-1);
  return picked.size < 2 ? all : table.columns.map((_, i) => picked.has(i));
}
