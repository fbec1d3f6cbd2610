// Given a contract Table, return RFC 4180 CSV: the label column, every printed value column, and the direction
// of each row's variance. Numbers are plain (1927753, -61.8) so spreadsheets read them as numbers; a label that
// starts like a formula is prefixed with ' (CSV injection).

import type { Table } from '../core/model.ts';

export function tableToCsv(table: Table, labelHeader: string, directionHeader: string): string {
  const byRow = new Map(table.variances.map((v) => [v.row, v.direction]));
  const lines = [[labelHeader, ...table.columns.map((c) => c.label), directionHeader]];
  table.rows.forEach((row, r) => {
    const values = table.columns.map((_, c) => {
      const v = row.values[c];
      return v === null || v === undefined ? '' : String(v);
    });
    lines.push([row.label, ...values, byRow.get(r) ?? '']);
  });
  return lines.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A file name from the table's title: "tabell-0-1-b-netto-driftsutgifter.csv". */
export function csvFileName(table: Table): string {
  const base = (table.title ?? table.id)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[åÅ]/g, 'a')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${base || 'tabell'}.csv`;
}
