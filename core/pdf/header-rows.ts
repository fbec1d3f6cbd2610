// Given a table's grid, return how many leading rows are header: the rows above the first row that
// prints a value (a number that is not a year) in a value column. A label-only row right after a
// filled header row is already body (a section heading such as "Driftsinntekter").

import { isValueText } from './cell-text.ts';

export function countHeaderRows(grid: string[][]): number {
  let sawFilledRow = false;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r]!;
    if (row.slice(1).some((s) => isValueText(s))) return r;
    const filled = row.filter((s) => s.trim() !== '').length;
    if (sawFilledRow && filled === 1 && row[0]?.trim()) return r;
    if (filled >= 2) sawFilledRow = true;
  }
  return grid.length > 1 ? 1 : 0;
}
