// Given a page's text lines (chunks already taken by ruled tables removed) and its horizontal rules,
// return its unruled ("stream") tables. The one idea: a table is a run of lines whose chunks share
// whitespace gaps; the gaps every body line respects are the column boundaries (Nurminen/tabula).
// Header lines above the first value line are merged per column unless a chunk spans columns.

import type { Box } from '../model.ts';
import type { HRule } from './rulings.ts';
import type { Chunk, PageTable, TextLine } from './types.ts';
import { chunksBox, isValueText, joinChunks, splitChunk } from './cell-text.ts';
import { countHeaderRows } from './header-rows.ts';

/** Lines whose baselines are closer than this many ems interleave (a label wrapped beside one value). */
export const INTERLEAVE_EM = 0.75;
/** A vertical gap of more than this many ems always ends a table. */
export const BLOCK_GAP_EM = 2.6;
/** Inside a block, a gap of more than this times the usual line pitch ends a table. */
export const PITCH_BREAK = 1.75;
/** A single chunk with at least this many words, wider than PROSE_WIDTH of the page, is prose. */
const PROSE_WORDS = 7;
const PROSE_WIDTH = 0.42;
/** Header lines closer than this many ems are one wrapped header. */
const HEADER_WRAP_EM = 1.5;
/** Histogram resolution for column gaps (points). */
const BIN = 0.5;
/** A table wider than this many bins (points / BIN) is not a table on any real page. */
const MAX_BINS = 40_000;

interface Row {
  y: number;
  size: number;
  chunks: Chunk[];
  lines: TextLine[];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/** Whether s has at least n words (stops counting there: prose chunks are long). */
function hasWords(s: string, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord && ++count >= n) return true;
    inWord = !space;
  }
  return false;
}

function isProse(row: Row, pageWidth: number): boolean {
  if (row.chunks.length !== 1) return false;
  const c = row.chunks[0]!;
  return c.x2 - c.x1 > PROSE_WIDTH * pageWidth && hasWords(c.text, PROSE_WORDS) && !isValueText(c.text);
}

/** Merges interleaved lines (baselines closer than a line) into one row. */
function linesToRows(lines: TextLine[]): Row[] {
  const rows: Row[] = [];
  for (const l of lines) {
    const prev = rows[rows.length - 1];
    if (prev && prev.y - l.y < INTERLEAVE_EM * Math.min(prev.size, l.size)) {
      prev.chunks.push(...l.chunks);
      prev.lines.push(l);
      continue;
    }
    rows.push({ y: l.y, size: l.size, chunks: [...l.chunks], lines: [l] });
  }
  for (const r of rows) r.chunks.sort((a, b) => a.x1 - b.x1);
  return rows;
}

/** Cuts rows into blocks at prose lines and wide vertical gaps. */
function rowsToBlocks(rows: Row[], pageWidth: number): Row[][] {
  const coarse: Row[][] = [];
  let cur: Row[] = [];
  for (const row of rows) {
    const prev = cur[cur.length - 1];
    if (isProse(row, pageWidth)) {
      if (cur.length) coarse.push(cur);
      cur = [];
      continue;
    }
    if (prev && prev.y - row.y > BLOCK_GAP_EM * Math.max(prev.size, row.size)) {
      coarse.push(cur);
      cur = [];
    }
    cur.push(row);
  }
  if (cur.length) coarse.push(cur);
  const out: Row[][] = [];
  for (const block of coarse) {
    const pitches = block.slice(1).map((r, i) => block[i]!.y - r.y);
    const usual = median(pitches);
    let part: Row[] = [];
    block.forEach((row, i) => {
      const gap = i > 0 ? pitches[i - 1]! : 0;
      if (part.length && pitches.length >= 3 && gap > PITCH_BREAK * usual && gap > 1.5 * row.size) {
        out.push(part);
        part = [];
      }
      part.push(row);
    });
    if (part.length) out.push(part);
  }
  return out;
}

/** Column intervals from the chunks of body rows: runs of covered x, split at thin outlier bridges. */
function findColumns(body: Row[]): [number, number][] {
  const chunks = body.filter((r) => r.chunks.length >= 2).flatMap((r) => r.chunks);
  if (!chunks.length) return [];
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const c of chunks) {
    x0 = Math.min(x0, c.x1);
    x1 = Math.max(x1, c.x2);
  }
  // Bounded histogram: broken coordinates must not allocate without limit.
  const n = Math.min(MAX_BINS, Math.max(1, Math.ceil((x1 - x0) / BIN) + 1));
  if (!Number.isFinite(n) || n >= MAX_BINS) return [];
  // Coverage counts from a difference array: +1 where a chunk starts, −1 where it ends, then a running sum.
  const count = new Int32Array(n + 1);
  for (const c of chunks) {
    const a = Math.max(0, Math.floor((c.x1 - x0) / BIN));
    const b = Math.min(n, Math.ceil((c.x2 - x0) / BIN));
    if (a >= b) continue;
    count[a]!++;
    count[b]!--;
  }
  for (let i = 1; i < n; i++) count[i]! += count[i - 1]!;
  const runs: [number, number][] = [];
  for (let i = 0; i < n; ) {
    if (count[i] === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && count[j]! > 0) j++;
    runs.push([i, j]);
    i = j;
  }
  const rowsWithChunks = body.filter((r) => r.chunks.length >= 2).length;
  const bridge = Math.max(1, Math.floor(0.12 * rowsWithChunks));
  const cols: [number, number][] = [];
  for (const [a, b] of runs) {
    let start = a;
    let i = a;
    while (i < b) {
      if (count[i]! <= bridge) {
        let j = i;
        while (j < b && count[j]! <= bridge) j++;
        let leftMax = 0;
        for (let k = start; k < i; k++) leftMax = Math.max(leftMax, count[k]!);
        let rightMax = 0;
        for (let k = j; k < b; k++) rightMax = Math.max(rightMax, count[k]!);
        if (i > start && j < b && leftMax >= 3 * bridge && rightMax >= 3 * bridge) {
          cols.push([start, Math.floor((i + j) / 2)]);
          start = Math.floor((i + j) / 2);
        }
        i = j;
      } else i++;
    }
    cols.push([start, b]);
  }
  return cols.map(([a, b]) => [x0 + a * BIN, x0 + b * BIN]);
}

/** Indexes of the columns a chunk covers (by overlap), or of the nearest one. */
function columnsOf(c: Chunk, cols: [number, number][]): number[] {
  const hits: number[] = [];
  for (let i = 0; i < cols.length; i++) {
    const [a, b] = cols[i]!;
    const ov = Math.min(c.x2, b) - Math.max(c.x1, a);
    if (ov > 0.3 * Math.min(b - a, c.x2 - c.x1) || (c.x1 <= a && c.x2 >= b)) hits[hits.length] = i;
  }
  if (hits.length) return hits;
  const mid = (c.x1 + c.x2) / 2;
  let best = 0;
  let bestD = Infinity;
  for (let i = 0; i < cols.length; i++) {
    const [a, b] = cols[i]!;
    const d = mid < a ? a - mid : mid > b ? mid - b : 0;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return [best];
}

interface Cell {
  chunks: Chunk[];
  span: number;
}

/** Middles of the gaps between neighbouring columns: where a chunk over two columns is cut. */
function columnCuts(cols: [number, number][]): number[] {
  return cols.slice(1).map(([a], i) => (cols[i]![1] + a) / 2);
}

function place(cells: Cell[], c: Chunk, hit: number[], allowSpan: boolean): void {
  const first = hit[0]!;
  const cell = cells[first]!;
  cell.chunks[cell.chunks.length] = c;
  if (allowSpan && hit.length > 1) cell.span = Math.max(cell.span, hit[hit.length - 1]! - first + 1);
}

function rowToCells(chunks: Chunk[], cols: [number, number][], cuts: number[], allowSpan: boolean): Cell[] {
  const cells: Cell[] = cols.map(() => ({ chunks: [], span: 1 }));
  for (const ch of chunks) {
    const hit = columnsOf(ch, cols);
    if (hit.length <= 1) place(cells, ch, hit, allowSpan);
    else for (const piece of splitChunk(ch, cuts)) place(cells, piece, piece === ch ? hit : columnsOf(piece, cols), allowSpan);
  }
  return cells;
}

/** Rules crossing most of the table's width, as y positions (row separators). */
function rowRules(h: HRule[], x1: number, x2: number, top: number, bottom: number): number[] {
  const w = x2 - x1;
  return h.filter((r) => r.y < top && r.y > bottom && Math.min(r.x2, x2) - Math.max(r.x1, x1) > 0.6 * w).map((r) => r.y);
}

const OPEN_PARENS = /\(/g;
const CLOSE_PARENS = /\)/g;

function openBracket(s: string): boolean {
  return (s.match(OPEN_PARENS)?.length ?? 0) > (s.match(CLOSE_PARENS)?.length ?? 0);
}

const STARTS_LOWER_OR_PAREN = /^[\p{Ll}(]/u;

function startsLower(s: string): boolean {
  return STARTS_LOWER_OR_PAREN.test(s.trim());
}

const ENDS_OPEN = /[-–,]$/;

/** Joins body rows that are one printed row: same band between rules, or a wrapped label. */
function mergeBodyRows(rows: Cell[][], ys: number[], rules: number[]): Cell[][] {
  const out: Cell[][] = [];
  const outY: number[] = [];
  const band = (y: number) => rules.filter((r) => r > y).length;
  // Rules band the rows only when they separate most of them (a booktabs mid-rule does not).
  const banded = rules.length >= 1 && rules.length >= 0.5 * (rows.length - 1);
  rows.forEach((cells, i) => {
    const prev = out[out.length - 1];
    const filled = cells.filter((c) => c.chunks.length).length;
    const labelOnly = filled === 1 && cells[0]!.chunks.length > 0;
    const prevLabelOnly = prev ? prev.filter((c) => c.chunks.length).length === 1 && prev[0]!.chunks.length > 0 : false;
    const label = joinChunks(cells[0]!.chunks);
    const sameBand = banded && prev && band(ys[i]!) === band(outY[outY.length - 1]!);
    const prevLabel = prev ? joinChunks(prev[0]!.chunks) : '';
    // A label continues on the next line when it starts in lower case or the line above left a bracket open.
    const continues = startsLower(label) || openBracket(prevLabel) || ENDS_OPEN.test(prevLabel);
    const wrapped = prev && !banded && continues && (labelOnly || prevLabelOnly) && prev[0]!.chunks.length > 0;
    const emptyLabel = prev && !banded && !cells[0]!.chunks.length && filled > 0 && cells.every((c, k) => !c.chunks.length || !prev[k]!.chunks.length) && prevLabelOnly;
    if (prev && (sameBand || wrapped || emptyLabel)) {
      cells.forEach((c, k) => prev[k]!.chunks.push(...c.chunks));
      return;
    }
    out.push(cells.map((c) => ({ chunks: [...c.chunks], span: c.span })));
    outY.push(ys[i]!);
  });
  return out;
}

function blockToTable(block: Row[], h: HRule[], page: number): PageTable | null {
  const multi = block.filter((r) => r.chunks.length >= 2);
  if (multi.length < 2 || multi.length < 0.35 * block.length) return null;
  const multiChunks = multi.flatMap((r) => r.chunks);
  const proseChunks = multiChunks.filter((c) => hasWords(c.text, 6)).length;
  if (proseChunks > 0.4 * multiChunks.length) return null;
  // First value row: rows above it are header candidates.
  let firstValue = block.findIndex((r) => r.chunks.slice(1).some((c) => isValueText(c.text)));
  if (firstValue < 0) firstValue = block.indexOf(multi[1] ?? multi[0]!);
  const body = block.slice(firstValue);
  const cols = findColumns(body.length >= 2 ? body : block);
  if (cols.length < 2) return null;
  // Leading single-chunk rows that start in the label column are captions (caption.ts reads them), not header.
  let start = 0;
  while (start < firstValue && block[start]!.chunks.length === 1 && columnsOf(block[start]!.chunks[0]!, cols)[0] === 0) start++;
  // Trailing single-chunk rows spanning several columns are notes.
  let end = block.length;
  while (end > firstValue + 1 && block[end - 1]!.chunks.length === 1 && columnsOf(block[end - 1]!.chunks[0]!, cols).length > 1) end--;
  // Label-only rows just above the first value row are section rows of the body ("Obligatoriske måltall").
  let bodyStart = Math.max(start, firstValue);
  while (bodyStart - 1 > start && block[bodyStart - 1]!.chunks.length === 1 && columnsOf(block[bodyStart - 1]!.chunks[0]!, cols)[0] === 0) bodyStart--;
  const header = block.slice(start, bodyStart);
  const bodyRows = block.slice(bodyStart, end);
  if (bodyRows.length < 1) return null;

  // Header: wrapped lines merged per column; a spanning line stays its own row.
  const headerCells: Cell[][] = [];
  let prevHeader: Row | null = null;
  let prevSpans = true;
  const cuts = columnCuts(cols);
  for (const row of header) {
    const cells = rowToCells(row.chunks, cols, cuts, true);
    const spans = cells.some((c) => c.span > 1);
    const last = headerCells[headerCells.length - 1];
    if (last && prevHeader && !spans && !prevSpans && prevHeader.y - row.y < HEADER_WRAP_EM * row.size) {
      cells.forEach((c, k) => last[k]!.chunks.push(...c.chunks));
    } else headerCells.push(cells);
    prevHeader = row;
    prevSpans = spans;
  }
  const x1 = cols[0]![0];
  const x2 = cols[cols.length - 1]![1];
  const all = [...header, ...bodyRows].flatMap((r) => r.chunks);
  const box = chunksBox(all)!;
  const rules = rowRules(h, x1, x2, bodyRows[0]!.y, bodyRows[bodyRows.length - 1]!.y);
  const bodyCells = mergeBodyRows(
    bodyRows.map((r) => rowToCells(r.chunks, cols, cuts, r.chunks.length === 1)),
    bodyRows.map((r) => r.y),
    rules,
  );
  const cellRows = [...headerCells, ...bodyCells];
  const grid = cellRows.map((cells) => cells.map((c) => joinChunks(c.chunks)));
  const boxes = cellRows.map((cells) => cells.map((c) => chunksBox(c.chunks)));
  const spans: [number, number, number, number][] = [];
  cellRows.forEach((cells, r) => cells.forEach((c, k) => c.span > 1 && spans.push([r, k, 1, c.span])));
  const bold = cellRows.map((cells) => {
    const ch = cells.flatMap((c) => c.chunks);
    return ch.length > 0 && ch.every((c) => c.bold);
  });
  const bbox: Box = box;
  const headerRows = headerCells.length || countHeaderRows(grid);
  return { page, bbox, grid, boxes, bold, headerRows, spans, columns: cols, kind: 'stream' };
}

export function findStreamTables(lines: TextLine[], h: HRule[], page: number, pageWidth: number): PageTable[] {
  const rows = linesToRows(lines);
  const tables: PageTable[] = [];
  for (const block of rowsToBlocks(rows, pageWidth)) {
    const t = blockToTable(block, h, page);
    if (t) tables.push(t);
  }
  return tables;
}
