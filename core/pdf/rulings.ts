// Given a page's raw ruling segments, return its horizontal and vertical rules: collinear pieces snapped
// to one coordinate and joined across small breaks (dashed lines, cell borders drawn per cell), the way
// pdfplumber merges edges before it looks for intersections.

import type { Segment } from './types.ts';

/** Segments whose coordinate differs by less than this (points) are on one rule. */
export const SNAP_TOLERANCE = 2;
/** Pieces of one rule closer than this (points) are joined. */
export const JOIN_TOLERANCE = 3;
/** Rules shorter than this (points) are ignored (tick marks, bullets). */
export const MIN_RULE_LENGTH = 6;

export interface HRule {
  y: number;
  x1: number;
  x2: number;
}
export interface VRule {
  x: number;
  y1: number;
  y2: number;
}

interface Span {
  at: number;
  from: number;
  to: number;
}

function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.at - b.at || a.from - b.from);
  // snap coordinates into bands
  const bands: Span[][] = [];
  for (const s of spans) {
    const band = bands[bands.length - 1];
    if (band && Math.abs(band[0]!.at - s.at) <= SNAP_TOLERANCE) band.push(s);
    else bands.push([s]);
  }
  const out: Span[] = [];
  for (const band of bands) {
    const at = band.reduce((sum, s) => sum + s.at, 0) / band.length;
    band.sort((a, b) => a.from - b.from);
    let cur: Span | null = null;
    for (const s of band) {
      if (cur && s.from <= cur.to + JOIN_TOLERANCE) cur.to = Math.max(cur.to, s.to);
      else {
        cur = { at, from: s.from, to: s.to };
        out.push(cur);
      }
    }
  }
  return out.filter((s) => s.to - s.from >= MIN_RULE_LENGTH);
}

export function segmentsToRules(segments: Segment[]): { h: HRule[]; v: VRule[] } {
  const hs: Span[] = [];
  const vs: Span[] = [];
  for (const s of segments) {
    if (Math.abs(s.y1 - s.y2) < 0.01) hs.push({ at: s.y1, from: Math.min(s.x1, s.x2), to: Math.max(s.x1, s.x2) });
    else if (Math.abs(s.x1 - s.x2) < 0.01) vs.push({ at: s.x1, from: Math.min(s.y1, s.y2), to: Math.max(s.y1, s.y2) });
  }
  return {
    h: mergeSpans(hs).map((s) => ({ y: s.at, x1: s.from, x2: s.to })),
    v: mergeSpans(vs).map((s) => ({ x: s.at, y1: s.from, y2: s.to })),
  };
}
