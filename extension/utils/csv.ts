// Given a contract Table, return RFC 4180 CSV: the printed columns plus the engine's variance, percent and
// direction per row, so a spreadsheet gets both what the report says and what Tallsjekk computed.

import type { Table } from '../../core/model.ts';

function cell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function tableToCsv(table: Table): string {
  const header = ['label', 'kind', ...table.columns.map((c) => c.label), 'variance', 'percent', 'direction', 'unit'];
  const lines = [header.map(cell).join(',')];
  table.rows.forEach((row, i) => {
    const v = table.variances.find((x) => x.row === i);
    lines.push(
      [
        row.label,
        row.kind,
        ...table.columns.map((_, c) => row.values[c] ?? null),
        v?.variance ?? null,
        v ? Math.round(v.percent * 10) / 10 : null,
        v?.direction ?? null,
        table.unit ?? null,
      ]
        .map(cell)
        .join(','),
    );
  });
  return lines.join('\r\n') + '\r\n';
}
