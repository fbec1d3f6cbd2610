import type { CrossCheck, Table } from '../model.ts';
export function crossCheckTables(_tables: Table[]): CrossCheck[] {
  return [];
}
