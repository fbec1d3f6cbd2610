// Given the chunks that fall into one cell, return the cell's text in reading order; and the few text
// tests the geometry needs (is this a printed number?). The semantic number reading lives in
// core/numbers; this is only the shape test that tells value columns from label columns.

import type { Box } from '../model.ts';
import type { Chunk } from './types.ts';
import { STARTS_LOWER } from '../patterns.ts';

/** A printed number as cells show it: signs, thousands spaces/dots/commas, decimals, %, parentheses. */
const NUMERIC = /^[(\-\u2212–+]?\s?(?:\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+)(?:[.,]\d+)?\s?%?\)?$/;
/** Printed nils: a dash or similar standing alone in a value cell. */
const NIL = /^[-\u2212–—.]$|^n\/?a$/i;
/** Four-digit years are headers, not values. */
const YEAR = /^(?:19|20)\d\d$/;

export function isNumericText(s: string): boolean {
  const t = s.trim();
  return NUMERIC.test(t) || NIL.test(t);
}

export function isValueText(s: string): boolean {
  const t = s.trim();
  return NUMERIC.test(t) && !YEAR.test(t);
}

/** Joins chunks of one cell: top line first, left to right within a line. */
export function joinChunks(chunks: Chunk[]): string {
  const sorted = [...chunks].sort((a, b) => {
    const dy = (b.y1 + b.y2) / 2 - (a.y1 + a.y2) / 2;
    return Math.abs(dy) > 0.4 * Math.min(a.size, b.size) ? dy : a.x1 - b.x1;
  });
  let out = '';
  for (const c of sorted) {
    if (!out) out = c.text;
    else if (out.endsWith('-') && STARTS_LOWER.test(c.text)) out = out.slice(0, -1) + c.text;
    else out = `${out} ${c.text}`;
  }
  return out;
}

export function chunksBox(chunks: Chunk[]): Box | null {
  if (!chunks.length) return null;
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const c of chunks) {
    if (c.x1 < b[0]) b[0] = c.x1;
    if (c.y1 < b[1]) b[1] = c.y1;
    if (c.x2 > b[2]) b[2] = c.x2;
    if (c.y2 > b[3]) b[3] = c.y2;
  }
  return b;
}

export function chunkCenter(c: Chunk): [number, number] {
  return [(c.x1 + c.x2) / 2, (c.y1 + c.y2) / 2];
}

/**
 * Splits a chunk at the given x positions (column edges) along the text items it was built from: header
 * labels printed close together ("01.01.2023 01.01.2024") are separate items in separate columns.
 * A single item is never cut, so a real spanning header ("THRESHOLD FOR RELEASES") stays whole.
 */
export function splitChunk(c: Chunk, cuts: number[]): Chunk[] {
  const inside = cuts.filter((x) => x > c.x1 && x < c.x2);
  if (!inside.length || c.parts.length < 2) return [c];
  const groups = new Map<number, Chunk['parts']>();
  for (const p of c.parts) {
    const mid = (p.x1 + p.x2) / 2;
    const k = inside.filter((x) => x < mid).length;
    const list = groups.get(k) ?? [];
    list.push(p);
    groups.set(k, list);
  }
  if (groups.size < 2) return [c];
  return [...groups.values()].map((ps) => ({
    ...c,
    text: ps.map((p) => p.text).join(' '),
    x1: ps[0]!.x1,
    x2: ps[ps.length - 1]!.x2,
    parts: ps,
  }));
}
