// Given a table the stream finder proposes, say whether it is one. Rejects the table-shaped things a
// report page also holds: chart axis labels and legends (drawn among curves and slanted lines, or
// mostly empty), abbreviation lists and two-line fragments.

import type { PageTable } from './types.ts';
import { isValueText } from './cell-text.ts';

/** Curves or slanted lines inside the box beyond this count mean a chart or drawing. */
export const MAX_ART_POINTS = 8;
/** Share of body cells that must hold text. */
export const MIN_FILL = 0.35;

export function isPlausibleTable(t: PageTable, art: [number, number][]): boolean {
  if (t.kind === 'lattice') return true;
  const rows = t.grid.length;
  const cols = t.grid[0]?.length ?? 0;
  if (rows < 2 || cols < 2) return false;
  const body = t.grid.slice(t.headerRows);
  const hasValues = body.some((r) => r.slice(1).some(isValueText));
  // A one-row table (an indicator under its header) needs a header over 3+ columns and 2+ values.
  if (rows < 3 && !(t.headerRows === 1 && cols >= 3 && body.some((r) => r.slice(1).filter(isValueText).length >= 2))) return false;
  if (!hasValues && (cols < 3 || rows < 4)) return false;
  const cells = body.flat();
  const filled = cells.filter((s) => s.trim() !== '').length;
  if (cells.length && filled / cells.length < MIN_FILL) return false;
  const [x1, y1, x2, y2] = t.bbox;
  const inside = art.filter(([x, y]) => x >= x1 && x <= x2 && y >= y1 && y <= y2).length;
  return inside <= MAX_ART_POINTS;
}
