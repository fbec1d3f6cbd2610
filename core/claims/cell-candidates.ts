// Given the tables, return every printed cell a claim could be talking about: the deviation columns
// (Avvik, Avvik justert for overførte prosjekter) of tables whose unit is money, with the cell in kroner.

import type { Role, Table } from '../model.ts';

const DEVIATION_ROLES: ReadonlySet<Role> = new Set(['variance', 'variance-adjusted']);
/** A budget table whose unit was not found: Oslo's reports print these "i 1000 kr" (Tall i tusen kroner). */
export const ASSUMED_BUDGET_UNIT_FACTOR = 1000;

export interface CellCandidate {
  table: Table;
  row: number;
  column: number;
  /** As printed, in the table's unit. */
  value: number;
  /** In kroner. */
  nok: number;
}

const KRONER_UNIT = /kr|nok/;
const BILLIONS_UNIT = /mrd|milliard/;
const MILLIONS_UNIT = /mill/;
const THOUSANDS_UNIT = /1\s?000|tusen|\bt\s?kr|tkr/;

/** Kroner per unit of a table's `unit` ("1000 kr", "tusen kroner", "mill. kr", "kr"); undefined when not money. */
export function tableUnitFactor(unit: string | undefined): number | undefined {
  if (unit === undefined) return undefined;
  const u = unit.toLowerCase();
  if (!KRONER_UNIT.test(u)) return undefined;
  if (BILLIONS_UNIT.test(u)) return 1e9;
  if (MILLIONS_UNIT.test(u)) return 1e6;
  if (THOUSANDS_UNIT.test(u)) return 1e3;
  return 1;
}

/** The unit factor of a table, assuming 1000 kr for a budget table (actual + budget columns) with no unit found. */
export function moneyFactor(table: Table): number | undefined {
  if (table.unit !== undefined) return tableUnitFactor(table.unit);
  const roles = new Set(table.columns.map((c) => c.role));
  const budget = roles.has('budget-original') || roles.has('budget-revised');
  return budget && roles.has('actual') ? ASSUMED_BUDGET_UNIT_FACTOR : undefined;
}

export function cellCandidates(tables: Table[]): CellCandidate[] {
  const out: CellCandidate[] = [];
  for (const table of tables) {
    const factor = moneyFactor(table);
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
