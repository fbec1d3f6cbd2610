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

export interface PageAnalysis {
  geometry: PdfPageGeometry;
  lines: TextLine[];
  tables: PageTable[];
}

/** A caption is a short line close above the table ("Tabell 3 Netto driftsutgifter (1000 kr)"). */
const CAPTION_GAP_EM = 3.2;
const CAPTION_MAX_CHARS = 160;

function captionAbove(t: PageTable, lines: TextLine[], tables: PageTable[]): { title?: string } {
  const above = lines.filter((l) => l.y1 >= t.bbox[3] - 1 && l.x2 > t.bbox[0] && l.x1 < t.bbox[2]);
  const next = above[above.length - 1];
  if (!next || next.y1 - t.bbox[3] > CAPTION_GAP_EM * next.size) return {};
  if (tables.some((o) => o !== t && next.y >= o.bbox[1] && next.y <= o.bbox[3])) return {};
  const text = next.chunks.map((c) => c.text).join(' ');
  if (next.chunks.length > 2 || text.length > CAPTION_MAX_CHARS) return {};
  return { title: text };
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
  for (const t of tables) if (!t.title) Object.assign(t, captionAbove(t, lines, tables));
  return { geometry, lines, tables };
}
