// Given a DraftTable from either front end, return the contract Table: column roles and years, row kinds,
// every arithmetic check the rows allow, and a variance for every row with a budget and an actual.

import type { Column, ParseOptions, Row, Table, Variance } from '../model.ts';
import { DEFAULT_SIGNIFICANT_NOK, DEFAULT_SIGNIFICANT_PERCENT } from '../model.ts';
import type { DraftTable } from './draft.ts';
import { classifyColumns } from './column-roles.ts';
import { classifyRows } from './row-kinds.ts';
import { findUnit, unitFactor } from './units.ts';
import { liftQualifiers } from './qualifier-rows.ts';
import { checkRowIdentities, round } from '../variance/row-identities.ts';
import { checkSharePairs } from '../variance/share-pairs.ts';
import { checkSumColumns } from '../variance/sum-columns.ts';
import { checkBreakdown } from '../variance/breakdown.ts';
import { checkSums, summableColumns } from '../variance/sum-checks.ts';

export function finishTable(printed: DraftTable, options: ParseOptions = {}): Table {
  const draft = liftQualifiers(printed);
  const unit = (draft.unitText && findUnit(draft.unitText)) || (draft.title && findUnit(draft.title)) || undefined;
  const columns = classifyColumns(draft.columnLabels, { unit, title: draft.title });
  const kinds = classifyRows(draft.rows);
  const rows: Row[] = draft.rows.map((r, i) => {
    const row: Row = { label: r.label, kind: kinds[i]!, values: r.values.slice(0, columns.length) };
    while (row.values.length < columns.length) row.values.push(null);
    if (r.boxes) row.boxes = r.boxes.slice(0, columns.length);
    if (r.line !== undefined) row.line = r.line;
    if (r.page !== undefined) row.page = r.page;
    return row;
  });
  const checks = [...checkRowIdentities(columns, rows, draft.rows.map((r) => r.cells)), ...checkSharePairs(columns, rows, draft.rows.map((r) => r.cells)), ...checkSumColumns(columns, rows), ...checkBreakdown(columns, rows), ...checkSums(rows, kinds, columns.length, summableColumns(draft.columnLabels, draft.rows.map((r) => r.cells)))];
  const table: Table = {
    id: tableId(draft),
    grid: draft.grid ?? gridOf(draft, columns),
    columns,
    rows,
    checks,
    variances: computeVariances(columns, rows, unit, options),
  };
  if (draft.title) table.title = draft.title;
  if (unit) table.unit = unit;
  if (draft.page !== undefined) table.page = draft.page;
  if (draft.pages && draft.pages.length > 1) table.pages = draft.pages;
  if (draft.line !== undefined) table.line = draft.line;
  if (draft.bbox) table.bbox = draft.bbox;
  return table;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const O_SLASH = /ø/g;
const AE = /æ/g;
const NON_SLUG = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-|-$/g;

function tableId(d: DraftTable): string {
  const where = d.page !== undefined ? `p${d.page}` : `l${d.line ?? 0}`;
  const slug = (d.title ?? d.rows[0]?.label ?? 'tabell')
    .toLowerCase()
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(O_SLASH, 'o')
    .replace(AE, 'ae')
    .replace(NON_SLUG, '-')
    .replace(EDGE_DASHES, '')
    .slice(0, 40);
  return `${where}-${slug || 'tabell'}`;
}

function gridOf(d: DraftTable, columns: Column[]): string[][] {
  const header = [d.labelHeader ?? '', ...columns.map((c) => c.label)];
  const body = d.rows.map((r) => [r.label, ...(r.cells ?? r.values.map((v) => (v === null ? '' : String(v))))]);
  return [header, ...body];
}

/** Columns the variances read: the latest revised budget (else original) and the actual of the same year. */
export function varianceColumns(columns: Column[]): { budget: number; actual: number } | undefined {
  const pick = (role: Column['role'], year?: number) => {
    let best = -1;
    columns.forEach((c, i) => {
      if (c.role !== role) return;
      if (year !== undefined && c.year !== undefined && c.year !== year) return;
      if (best < 0 || (c.year ?? 0) >= (columns[best]!.year ?? 0)) best = i;
    });
    return best;
  };
  let budget = pick('budget-revised');
  if (budget < 0) budget = pick('budget-original');
  if (budget < 0) return undefined;
  let actual = pick('actual', columns[budget]!.year);
  if (actual < 0) actual = pick('actual');
  if (actual < 0) return undefined;
  return { budget, actual };
}

function computeVariances(columns: Column[], rows: Row[], unit: string | undefined, options: ParseOptions): Variance[] {
  const cols = varianceColumns(columns);
  if (!cols) return [];
  const factor = unitFactor(unit) ?? 1000;
  const minPercent = options.significantPercent ?? DEFAULT_SIGNIFICANT_PERCENT;
  const minNok = options.significantNok ?? DEFAULT_SIGNIFICANT_NOK;
  const out: Variance[] = [];
  rows.forEach((r, i) => {
    const budget = r.values[cols.budget];
    const actual = r.values[cols.actual];
    if (budget == null || actual == null) return;
    const variance = round(budget - actual);
    const percent = budget === 0 ? 0 : round((variance / Math.abs(budget)) * 100);
    out.push({
      row: i,
      budget,
      actual,
      variance,
      percent,
      direction: variance < 0 ? 'overspend' : variance > 0 ? 'underspend' : 'on-budget',
      significant: Math.abs(percent) >= minPercent && Math.abs(variance * factor) >= minNok,
    });
  });
  return out;
}
