// Given a page's rules and text lines, return its ruled ("lattice") tables: rules that cross form a
// grid; neighbouring grid cells with no rule between them are one merged cell; each chunk goes to the
// cell under its centre. A grid of one row or one column is a box, not a table (stream handles it).

import type { Box } from '../model.ts';
import type { HRule, VRule } from './rulings.ts';
import type { Chunk, PageTable, TextLine } from './types.ts';
import { chunkCenter, chunksBox, joinChunks, splitChunk } from './cell-text.ts';
import { countHeaderRows } from './header-rows.ts';

/** Rules closer than this (points) to crossing still meet. */
export const INTERSECT_TOLERANCE = 3;
/** Grid lines closer than this (points) are one (double rules). */
const GRID_SNAP = 3;
/** A rule separates two cells when it covers at least this share of their common edge. */
const EDGE_COVER = 0.5;

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

function union(parent: number[], a: number, b: number): void {
  parent[find(parent, a)] = find(parent, b);
}

function snap(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || v - last > GRID_SNAP) out.push(v);
  }
  return out;
}

/** Two chunks on one line further apart than this many ems are in different columns. */
const COLUMN_GAP_EM = 2;

function hasColumnGap(chunks: Chunk[]): boolean {
  for (const a of chunks)
    for (const b of chunks) {
      if (a === b || Math.abs(a.y1 - b.y1) > 0.3 * a.size) continue;
      if (b.x1 - a.x2 > COLUMN_GAP_EM * a.size) return true;
    }
  return false;
}

function crosses(h: HRule, v: VRule): boolean {
  const t = INTERSECT_TOLERANCE;
  return v.x >= h.x1 - t && v.x <= h.x2 + t && h.y >= v.y1 - t && h.y <= v.y2 + t;
}

function covered(from: number, to: number, spans: [number, number][]): number {
  let len = 0;
  for (const [a, b] of spans) len += Math.max(0, Math.min(to, b) - Math.max(from, a));
  return len / Math.max(1e-6, to - from);
}

/** Groups crossing rules into connected components (each a table candidate). */
function components(h: HRule[], v: VRule[]): { h: HRule[]; v: VRule[] }[] {
  const parent = Array.from({ length: h.length + v.length }, (_, i) => i);
  // Verticals sorted by x: each horizontal only meets those between its ends.
  const order = v.map((_, j) => j).sort((a, b) => v[a]!.x - v[b]!.x);
  for (let i = 0; i < h.length; i++) {
    const r = h[i]!;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v[order[mid]!]!.x < r.x1 - INTERSECT_TOLERANCE) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < order.length && v[order[k]!]!.x <= r.x2 + INTERSECT_TOLERANCE; k++) {
      const j = order[k]!;
      if (crosses(r, v[j]!)) union(parent, i, h.length + j);
    }
  }
  const groups = new Map<number, { h: HRule[]; v: VRule[] }>();
  for (let i = 0; i < parent.length; i++) {
    const root = find(parent, i);
    const g = groups.get(root) ?? { h: [], v: [] };
    if (i < h.length) g.h.push(h[i]!);
    else g.v.push(v[i - h.length]!);
    groups.set(root, g);
  }
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 2);
}

/** Builds the table of one rule component; null when it is not a table. */
function componentToTable(comp: { h: HRule[]; v: VRule[] }, chunks: Chunk[], page: number): { table: PageTable; used: Set<Chunk> } | null {
  // Columns come from vertical rules only; rule ends of horizontals just close the outer edges.
  const left = comp.h.reduce((m, r) => Math.min(m, r.x1), Infinity);
  const right = comp.h.reduce((m, r) => Math.max(m, r.x2), -Infinity);
  const xs = snap([...comp.v.map((r) => r.x), left, right]);
  const ys = snap([...comp.h.map((r) => r.y), ...comp.v.map((r) => r.y1), ...comp.v.map((r) => r.y2)]).reverse();
  const C = xs.length - 1;
  const R = ys.length - 1;
  if (R < 1 || C < 2) return null;
  const bbox: Box = [xs[0]!, ys[R]!, xs[C]!, ys[0]!];
  const parent = Array.from({ length: R * C }, (_, i) => i);
  // The rules on each grid line, once per line (not once per cell).
  const onGridX = xs.map((x) => comp.v.filter((v) => Math.abs(v.x - x) <= GRID_SNAP).map((v) => [v.y1, v.y2] as [number, number]));
  const onGridY = ys.map((y) => comp.h.filter((h) => Math.abs(h.y - y) <= GRID_SNAP).map((h) => [h.x1, h.x2] as [number, number]));
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const top = ys[r]!;
      const bottom = ys[r + 1]!;
      const left = xs[c]!;
      const right = xs[c + 1]!;
      if (c + 1 < C && covered(bottom, top, onGridX[c + 1]!) < EDGE_COVER) union(parent, r * C + c, r * C + c + 1);
      if (r + 1 < R && covered(left, right, onGridY[r + 1]!) < EDGE_COVER) union(parent, r * C + c, (r + 1) * C + c);
    }
  }
  // Text into cells.
  const inCell = new Map<number, Chunk[]>();
  const used = new Set<Chunk>();
  const inner = xs.slice(1, -1);
  const origin = new Map<Chunk, Chunk>();
  const near = chunks.filter((ch) => ch.x2 >= bbox[0] && ch.x1 <= bbox[2] && ch.y2 >= bbox[1] && ch.y1 <= bbox[3]);
  const pieces = near.flatMap((ch) => {
    if (ch.parts.length < 2) return [ch];
    // Only grid lines inside the chunk can cut it (splitChunk ignores the rest): test those for a rule.
    const cy = (ch.y1 + ch.y2) / 2;
    const cuts = inner.filter((x) => x > ch.x1 && x < ch.x2 && comp.v.some((v) => Math.abs(v.x - x) <= GRID_SNAP && cy >= v.y1 && cy <= v.y2));
    if (!cuts.length) return [ch];
    const split = splitChunk(ch, cuts);
    for (const p of split) origin.set(p, ch);
    return split;
  });
  for (const ch of pieces) {
    const [cx, cy] = chunkCenter(ch);
    if (cx < bbox[0] || cx > bbox[2] || cy < bbox[1] || cy > bbox[3]) continue;
    let c = 0;
    while (c < C - 1 && cx > xs[c + 1]!) c++;
    let r = 0;
    while (r < R - 1 && cy < ys[r + 1]!) r++;
    const root = find(parent, r * C + c);
    const list = inCell.get(root) ?? [];
    list.push(ch);
    inCell.set(root, list);
    used.add(origin.get(ch) ?? ch);
  }
  // Region of every grid position; drop rows and columns where no region with text starts or ends.
  const regions = Int32Array.from({ length: R * C }, (_, i) => find(parent, i));
  const region = (r: number, c: number) => regions[r * C + c]!;
  const keepRow = (r: number) => {
    for (let c = 0; c < C; c++) if (inCell.has(region(r, c)) && (r === 0 || region(r - 1, c) !== region(r, c))) return true;
    return false;
  };
  const keepCol = (c: number) => {
    for (let r = 0; r < R; r++) if (inCell.has(region(r, c)) && (c === 0 || region(r, c - 1) !== region(r, c))) return true;
    return false;
  };
  const rows = Array.from({ length: R }, (_, r) => r).filter(keepRow);
  const cols = Array.from({ length: C }, (_, c) => c).filter(keepCol);
  if (rows.length < 2 || cols.length < 2) return null;
  const grid: string[][] = [];
  const boxes: (Box | null)[][] = [];
  const bold: boolean[] = [];
  const spans: [number, number, number, number][] = [];
  const seen = new Set<number>();
  rows.forEach((r, ri) => {
    const gRow: string[] = [];
    const bRow: (Box | null)[] = [];
    let allBold = true;
    let any = false;
    cols.forEach((c, ci) => {
      const g = region(r, c);
      const list = inCell.get(g);
      if (seen.has(g) || !list) {
        gRow.push('');
        bRow.push(null);
        return;
      }
      seen.add(g);
      gRow.push(joinChunks(list));
      bRow.push(chunksBox(list));
      any = true;
      allBold &&= list.every((x) => x.bold);
      let rs = 1;
      while (ri + rs < rows.length && region(rows[ri + rs]!, c) === g) rs++;
      let cs = 1;
      while (ci + cs < cols.length && region(r, cols[ci + cs]!) === g) cs++;
      if (rs > 1 || cs > 1) spans.push([ri, ci, rs, cs]);
    });
    grid.push(gRow);
    boxes.push(bRow);
    bold.push(any && allBold);
  });
  const filled = grid.flat().filter((s) => s !== '').length;
  if (filled < 4) return null;
  // A cell merged across grid columns whose chunks stand far apart on one line is an unruled table in a
  // ruled box (rules drawn for only a few rows): not a lattice; stream reads it.
  for (const [r, c, , cs] of spans) if (cs > 1 && hasColumnGap(inCell.get(region(rows[r]!, cols[c]!)) ?? [])) return null;
  const table: PageTable = {
    page,
    // The table's extent is its text (as printed cells), not its outer border.
    bbox: chunksBox([...used]) ?? bbox,
    grid,
    boxes,
    bold,
    headerRows: countHeaderRows(grid),
    spans,
    columns: cols.map((c) => [xs[c]!, xs[c + 1]!]),
    kind: 'lattice',
  };
  return { table, used };
}

export function findLatticeTables(h: HRule[], v: VRule[], lines: TextLine[], page: number): { tables: PageTable[]; used: Set<Chunk> } {
  const tables: PageTable[] = [];
  const used = new Set<Chunk>();
  if (h.length < 2 || v.length < 2) return { tables, used };
  const comps = components(h, v);
  if (!comps.length) return { tables, used };
  const chunks = lines.flatMap((l) => l.chunks);
  for (const comp of comps) {
    const t = componentToTable(comp, chunks, page);
    if (!t) continue;
    tables.push(t.table);
    for (const c of t.used) used.add(c);
  }
  return { tables, used };
}
