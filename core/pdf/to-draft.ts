// Given a table the geometry found on one page, return the DraftTable the semantic stage takes
// (core/semantics/draft.ts): header rows joined into one label per value column, body rows with values
// read by core/numbers, and every box mapped from the upright frame back to PDF user space.

import type { Box } from '../model.ts';
import type { DraftRow, DraftTable } from '../semantics/draft.ts';
import { parseNumberCell } from '../numbers/parse-number.ts';
import type { PageTable, PdfPageGeometry } from './types.ts';
import { ALL_SPACES } from '../patterns.ts';

/** Unit phrases printed in captions or header cells ("Tall i 1000 kr", "mill. kroner", "Beløp i kr"). */
const UNIT = /(?:tall|beløp|beløpene)?\s*i\s+(?:hele\s+)?(?:1\s?000|tusen|mill\.?|millioner|mrd\.?)?\s*(?:kr\.?|kroner|nok)\b|\b(?:1\s?000|mill\.?)\s*(?:kr|kroner)\b/i;

type Matrix = PdfPageGeometry['toUser'];

/** Rounds to the hundredth of a point (contract boxes). */
function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** The box's four corners mapped by m, bounded (no allocation but the result: called for every line and cell). */
export function boxToUser(b: Box, m: Matrix): Box {
  const ax = m[0] * b[0];
  const bx = m[0] * b[2];
  const ay = m[1] * b[0];
  const by = m[1] * b[2];
  const cx = m[2] * b[1];
  const dx = m[2] * b[3];
  const cy = m[3] * b[1];
  const dy = m[3] * b[3];
  // x' = m0·x + m2·y + m4 over x ∈ {b0, b2}, y ∈ {b1, b3}: extremes are the sums of the extreme terms.
  return [
    round2(Math.min(ax, bx) + Math.min(cx, dx) + m[4]),
    round2(Math.min(ay, by) + Math.min(cy, dy) + m[5]),
    round2(Math.max(ax, bx) + Math.max(cx, dx) + m[4]),
    round2(Math.max(ay, by) + Math.max(cy, dy) + m[5]),
  ];
}

function findUnit(texts: string[]): string | undefined {
  for (const t of texts) {
    const m = UNIT.exec(t);
    if (m) return m[0].trim();
  }
  return undefined;
}

export function pageTableToDraft(t: PageTable, toUser: Matrix): DraftTable {
  const width = Math.max(...t.grid.map((r) => r.length));
  const header = t.grid.slice(0, t.headerRows);
  const columnLabels = Array.from({ length: Math.max(0, width - 1) }, (_, c) =>
    header.map((r) => r[c + 1] ?? '').filter(Boolean).join(' ').replace(ALL_SPACES, ' ').trim(),
  );
  // A spanning header cell ("Regnskap 2024" over two columns) labels every column under it.
  for (const [r, c, , cs] of t.spans) {
    if (r >= t.headerRows || c === 0) continue;
    const text = header[r]?.[c] ?? '';
    for (let k = c + 1; k < c + cs; k++) if (k - 1 < columnLabels.length) columnLabels[k - 1] = `${text} ${columnLabels[k - 1]}`.trim();
  }
  const rows: DraftRow[] = [];
  for (let r = t.headerRows; r < t.grid.length; r++) {
    const cells = t.grid[r]!;
    // Appended by index: see core/pdf/items-to-lines.ts on push().
    const values: (number | null)[] = [];
    const boxes: (Box | null)[] = [];
    const printed: string[] = [];
    for (let c = 1; c < width; c++) {
      const s = cells[c] ?? '';
      const v = parseNumberCell(s);
      values[values.length] = typeof v === 'number' ? v : null;
      const b = t.boxes[r]?.[c];
      boxes[boxes.length] = b ? boxToUser(b, toUser) : null;
      printed[printed.length] = s;
    }
    rows[rows.length] = { label: cells[0] ?? '', values, cells: printed, boxes, page: t.page, bold: t.bold[r] ?? false };
  }
  const unitText = findUnit([t.unit ?? '', t.title ?? '', ...header.flat()]) ?? t.unit;
  const labelHeader = header.map((r) => r[0] ?? '').filter(Boolean).join(' ').trim();
  return {
    ...(t.title ? { title: t.title } : {}),
    ...(unitText ? { unitText } : {}),
    page: t.page,
    pages: [t.page],
    bbox: boxToUser(t.bbox, toUser),
    columnLabels,
    ...(labelHeader ? { labelHeader } : {}),
    rows,
    grid: t.grid.map((r) => [...r]),
  };
}
