// Given the tables, return every printed cell a claim could be talking about: the deviation columns
// (Avvik, Avvik justert for overførte prosjekter) of tables whose unit is money, with the cell in kroner.

import type { Role, Table } from '../model.ts';

const DEVIATION_ROLES: ReadonlySet<Role> = new Set(['variance', 'variance-adjusted']);

export interface CellCandidate {
  table: Table;
  row: number;
  column: number;
  /** As printed, in the table's unit. */
  value: number;
  /** In kroner. */
  nok: number;
}

/** Kroner per unit of a table's `unit` ("1000 kr", "tusen kroner", "mill. kr", "kr"); undefined when not money. */
export function tableUnitFactor(unit: string | undefined): number | undefined {
  if (unit === undefined) return undefined;
  const u = unit.toLowerCase();
  if (!/kr|nok/.test(u)) return undefined;
  if (/mrd|milliard/.test(u)) return 1e9;
  if (/mill/.test(u)) return 1e6;
  if (/1\s?000|tusen|\bt\s?kr|tkr/.test(u)) return 1e3;
  return 1;
}

export function cellCandidates(tables: Table[]): CellCandidate[] {
  const out: CellCandidate[] = [];
  for (const table of tables) {
    const factor = tableUnitFactor(table.unit);
    if (factor === undefined) continue;
    table.columns.forEach((c, column) => {
      if (!DEVIATION_ROLES.has(c.role)) return;
      table.rows.forEach((r, row) => {
        const value = r.values[column];
        if (typeof value !== 'number' || r.kind === 'header') return;
        out.push({ table, row, column, value, nok: Math.round(value * factor) });
      });
    });
  }
  return out;
}
