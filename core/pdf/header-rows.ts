// Given a table's grid, return how many leading rows are header: the rows above the first row that
// prints a value (a number that is not a year) in a value column, less the label-only rows right above
// that first value row — those are section rows of the body ("Økning i formue", "Driftsinntekter").

import { isValueText } from './cell-text.ts';

function labelOnly(row: string[]): boolean {
  return Boolean(row[0]?.trim()) && row.slice(1).every((s) => s.trim() === '');
}

export function countHeaderRows(grid: string[][]): number {
  const first = grid.findIndex((row) => row.slice(1).some((s) => isValueText(s)));
  if (first < 0) return grid.length > 1 ? 1 : 0;
  let h = first;
  while (h > 0 && labelOnly(grid[h - 1]!)) h--;
  return h;
}
