// Given one page's geometry, return its text lines and its tables (PDF stage 1'): turn the page so its
// text is upright, rebuild lines, read rules, take ruled tables first and find unruled ones in the text
// that is left. Boxes stay in the upright frame; to-draft.ts maps them to PDF user space.

import type { Chunk, PageTable, PdfPageGeometry, TextLine } from './types.ts';
import { itemsToLines } from './items-to-lines.ts';
import { orientPage } from './orient.ts';
import { segmentsToRules } from './rulings.ts';
import { findLatticeTables } from './lattice.ts';
import { findStreamTables } from './stream.ts';
import { isPlausibleTable } from './plausible.ts';
import { captionAbove } from './caption.ts';

export interface PageAnalysis {
  geometry: PdfPageGeometry;
  lines: TextLine[];
  tables: PageTable[];
}

function withoutChunks(lines: TextLine[], used: Set<Chunk>): TextLine[] {
  if (!used.size) return lines;
  return lines.map((l) => ({ ...l, chunks: l.chunks.filter((c) => !used.has(c)) })).filter((l) => l.chunks.length > 0);
}

export function findPageTables(page: PdfPageGeometry): PageAnalysis {
  const geometry = orientPage(page);
  const lines = itemsToLines(geometry.items);
  const { h, v } = segmentsToRules(geometry.segments);
  const lattice = findLatticeTables(h, v, lines, geometry.page);
  const stream = findStreamTables(withoutChunks(lines, lattice.used), h, geometry.page, geometry.width).filter((t) =>
    isPlausibleTable(t, geometry.art),
  );
  const tables = [...lattice.tables, ...stream].sort((a, b) => b.bbox[3] - a.bbox[3]);
  for (const t of tables) {
    const caption = captionAbove(t, lines, tables, geometry.height);
    if (!t.title && caption.title) t.title = caption.title;
    if (caption.unit) t.unit = caption.unit;
  }
  return { geometry, lines, tables };
}
