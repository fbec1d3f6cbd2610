// Given the last table of one page and the first table of the next, say whether the second continues
// the first, and join them: a continuation sits at the foot of one page and the head of the next, has
// as many value columns, and repeats the header or keeps the same column positions. The joined table
// then goes through the arithmetic checks as one (a sum row on page 2 covers rows on page 1).

import type { DraftTable } from '../semantics/draft.ts';
import { ALL_SPACES } from '../patterns.ts';

/** Column edges (points) that agree within this are the same column. */
export const COLUMN_MATCH_TOLERANCE = 8;

export interface PlacedDraft {
  draft: DraftTable;
  /** Column intervals in the page's upright frame. */
  columns: [number, number][];
  headerRows: number;
  /** Nothing but page furniture (running heads, page numbers) above / below the table. */
  atTop: boolean;
  atBottom: boolean;
}

function sameLabels(a: string[], b: string[]): boolean {
  const norm = (s: string) => s.toLowerCase().replace(ALL_SPACES, ' ').trim();
  return a.length === b.length && a.every((x, i) => norm(x) === norm(b[i] ?? ''));
}

function sameColumns(a: [number, number][], b: [number, number][]): boolean {
  if (a.length !== b.length) return false;
  // Numbers are right-aligned: compare right edges, and left edges of the label column.
  return a.every(([, r], i) => Math.abs(r - b[i]![1]) <= COLUMN_MATCH_TOLERANCE) &&
    Math.abs(a[0]![0] - b[0]![0]) <= COLUMN_MATCH_TOLERANCE;
}

const CONTINUED = /forts|continued/i;

export function continues(prev: PlacedDraft, next: PlacedDraft): boolean {
  const p = prev.draft;
  const n = next.draft;
  if (!prev.atBottom || !next.atTop) return false;
  if ((n.page ?? 0) !== (p.pages?.[p.pages.length - 1] ?? p.page ?? 0) + 1) return false;
  if (n.columnLabels.length !== p.columnLabels.length || n.columnLabels.length === 0) return false;
  if (n.title && p.title && n.title !== p.title && !CONTINUED.test(n.title)) return false;
  const repeated = next.headerRows > 0 && sameLabels(n.columnLabels, p.columnLabels);
  const headless = next.headerRows === 0 || n.columnLabels.every((l) => l === '');
  return repeated || (headless && sameColumns(prev.columns, next.columns));
}

export function joinDrafts(prev: PlacedDraft, next: PlacedDraft): PlacedDraft {
  const p = prev.draft;
  const n = next.draft;
  const body = (n.grid ?? []).slice(next.headerRows);
  const draft: DraftTable = {
    ...p,
    pages: [...(p.pages ?? (p.page !== undefined ? [p.page] : [])), ...(n.pages ?? (n.page !== undefined ? [n.page] : []))],
    rows: [...p.rows, ...n.rows],
    grid: [...(p.grid ?? []), ...body],
  };
  return { draft, columns: next.columns, headerRows: prev.headerRows, atTop: prev.atTop, atBottom: next.atBottom };
}
