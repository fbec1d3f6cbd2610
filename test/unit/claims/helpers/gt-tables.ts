// Test helper: the hand-checked ground-truth tables (../shared/groundtruth/*.json) as contract Tables, so claim
// matching and cross-checks can be tested and measured before (and independently of) the table engine.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Column, Role, Row, RowKind, Table, Variance } from '../../../../core/model.ts';

export const SHARED = '/work/shared';

interface GtRow { label: string; kind: RowKind; values: (number | null)[] }
interface GtTable {
  id: string; title?: string; unit?: string; line?: number; unresolved?: boolean;
  columns: string[]; roles: Role[]; years?: (number | null)[]; rows: GtRow[];
}
export interface GtClaim { line: number; text: string; kind: string; amount_nok: number; amount_nok_max?: number }
export interface GtIdentity { kind: string; row?: string; expr: string; delta: number }
export interface GroundTruth { seed: string; tables: (GtTable & { identities?: GtIdentity[] })[]; claims: GtClaim[] }

const BUDGET: Role[] = ['budget-revised', 'budget-original'];

function variancesOf(columns: Column[], rows: Row[]): Variance[] {
  const actual = columns.map((c, j) => (c.role === 'actual' ? j : -1)).filter((j) => j >= 0).at(-1);
  const budget = BUDGET.map((r) => columns.findIndex((c) => c.role === r)).find((j) => j >= 0);
  if (actual === undefined || budget === undefined) return [];
  const out: Variance[] = [];
  rows.forEach((r, i) => {
    const a = r.values[actual];
    const b = r.values[budget];
    if (a == null || b == null) return;
    const variance = b - a;
    const percent = b === 0 ? 0 : (variance / b) * 100;
    out.push({ row: i, budget: b, actual: a, variance, percent, direction: variance < 0 ? 'overspend' : variance > 0 ? 'underspend' : 'on-budget', significant: Math.abs(percent) >= 5 });
  });
  return out;
}

export function gtToTable(t: GtTable): Table {
  const columns: Column[] = t.columns.map((label, j) => {
    const c: Column = { label, role: t.roles[j] ?? 'other' };
    const y = t.years?.[j];
    if (typeof y === 'number') c.year = y;
    return c;
  });
  const rows: Row[] = t.rows.map((r) => ({ label: r.label, kind: r.kind, values: r.values }));
  const table: Table = { id: t.id, grid: [], columns, rows, checks: [], variances: variancesOf(columns, rows) };
  if (t.title !== undefined) table.title = t.title;
  if (t.unit !== undefined) table.unit = t.unit;
  if (t.line !== undefined) table.line = t.line;
  return table;
}

export function seedNames(): string[] {
  return readdirSync(join(SHARED, 'groundtruth')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
}

export function loadTruth(name: string): GroundTruth {
  return JSON.parse(readFileSync(join(SHARED, 'groundtruth', `${name}.json`), 'utf8')) as GroundTruth;
}

export function loadSeedText(name: string): string {
  return readFileSync(join(SHARED, 'seeds', `${name}.txt`), 'utf8');
}

export function truthTables(name: string): Table[] {
  return loadTruth(name).tables.filter((t) => !t.unresolved).map(gtToTable);
}
