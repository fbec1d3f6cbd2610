// Given an Extraction, return the marks a view draws: one per significant variance, one per claim, and one
// per failed arithmetic check not already on a marked row. Pure data, shared by the report view (boxes on
// PDF pages), the content script (lines of an HTML page) and the popup (lists).

import type { Box, Check, Claim, Direction, Extraction, Table } from '../../core/model.ts';

export type MarkKind = 'variance' | 'claim' | 'check';

export interface Mark {
  id: string;
  kind: MarkKind;
  direction: Direction;
  check: 'ok' | 'failed';
  page?: number;
  box?: Box;
  line?: number;
  label: string;
  tableId?: string;
  tableTitle?: string;
  unit?: string;
  row?: number;
  column?: number;
  budget?: number;
  actual?: number;
  variance?: number;
  percent?: number;
  /** The failing or passing identity behind the mark, e.g. "Regulert budsjett − Regnskap = Avvik". */
  checks: Check[];
  claim?: Claim;
}

/** The value column a variance mark sits on: the printed Avvik if there is one, else Regnskap. */
export function markColumn(table: Table): number {
  const roles = table.columns.map((c) => c.role);
  for (const role of ['variance', 'variance-adjusted', 'actual'] as const) {
    const i = roles.indexOf(role);
    if (i >= 0) return i;
  }
  return Math.max(0, table.columns.length - 1);
}

function directionOfAmount(n: number): Direction {
  return n < 0 ? 'overspend' : n > 0 ? 'underspend' : 'on-budget';
}

export function claimDirection(claim: Claim, extraction: Extraction): Direction {
  if (claim.kind === 'overspend' || claim.kind === 'underspend') return claim.kind;
  if (claim.match) {
    const t = extraction.tables.find((x) => x.id === claim.match!.table);
    const v = t?.rows[claim.match.row]?.values[claim.match.column];
    if (typeof v === 'number') return directionOfAmount(v);
  }
  return directionOfAmount(claim.amountNok);
}

function tableMarks(table: Table): Mark[] {
  const marks: Mark[] = [];
  const col = markColumn(table);
  const marked = new Set<number>();
  for (const v of table.variances) {
    if (!v.significant) continue;
    const mark = markForRow(table, v.row);
    if (!mark) continue;
    marked.add(v.row);
    marks.push(mark);
  }
  for (const c of table.checks) {
    if (c.ok || c.row === undefined || marked.has(c.row)) continue;
    const row = table.rows[c.row];
    if (!row) continue;
    const column = c.column ?? col;
    const v = table.variances.find((x) => x.row === c.row);
    marked.add(c.row);
    marks.push({
      id: `${table.id}:${c.row}:${column}`,
      kind: 'check',
      direction: v?.direction ?? 'on-budget',
      check: 'failed',
      ...place(table, c.row, column),
      label: row.label,
      tableId: table.id,
      ...(table.title ? { tableTitle: table.title } : {}),
      ...(table.unit ? { unit: table.unit } : {}),
      row: c.row,
      column,
      ...(v ? { budget: v.budget, actual: v.actual, variance: v.variance, percent: v.percent } : {}),
      checks: table.checks.filter((x) => x.row === c.row),
    });
  }
  return marks;
}

function place(table: Table, r: number, c: number): { page?: number; box?: Box; line?: number } {
  const row = table.rows[r];
  const page = row?.page ?? table.page;
  const box = row?.boxes?.[c] ?? undefined;
  const line = row?.line;
  return { ...(page !== undefined ? { page } : {}), ...(box ? { box } : {}), ...(line !== undefined ? { line } : {}) };
}

export function extractionToMarks(extraction: Extraction): Mark[] {
  const marks = extraction.tables.flatMap(tableMarks);
  extraction.claims.forEach((claim, i) => {
    marks.push({
      id: `claim:${i}`,
      kind: 'claim',
      direction: claimDirection(claim, extraction),
      check: claim.verdict === 'inconsistent' ? 'failed' : 'ok',
      ...(claim.page !== undefined ? { page: claim.page } : {}),
      ...(claim.box ? { box: claim.box } : {}),
      ...(claim.line !== undefined ? { line: claim.line } : {}),
      label: claim.text,
      ...(claim.match ? { tableId: claim.match.table, row: claim.match.row, column: claim.match.column } : {}),
      checks: [],
      claim,
    });
  });
  return sortMarks(marks);
}

/** Reading order: page, then top to bottom (PDF y grows upwards), then left to right; text input by line. */
export function sortMarks(marks: Mark[]): Mark[] {
  return [...marks].sort(
    (a, b) =>
      (a.page ?? 0) - (b.page ?? 0) ||
      (b.box?.[3] ?? 0) - (a.box?.[3] ?? 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.box?.[0] ?? 0) - (b.box?.[0] ?? 0),
  );
}

/** The variance mark of any table row (significant or not), with the same id as its highlight, for pinning. */
export function markForRow(table: Table, row: number): Mark | undefined {
  const v = table.variances.find((x) => x.row === row);
  const r = table.rows[row];
  if (!v || !r) return undefined;
  const col = markColumn(table);
  const checks = table.checks.filter((c) => c.row === row);
  return {
    id: `${table.id}:${row}:${col}`,
    kind: 'variance',
    direction: v.direction,
    check: checks.some((c) => !c.ok) ? 'failed' : 'ok',
    ...place(table, row, col),
    label: r.label,
    tableId: table.id,
    ...(table.title ? { tableTitle: table.title } : {}),
    ...(table.unit ? { unit: table.unit } : {}),
    row,
    column: col,
    budget: v.budget,
    actual: v.actual,
    variance: v.variance,
    percent: v.percent,
    checks,
  };
}
