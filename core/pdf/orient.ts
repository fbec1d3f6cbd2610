// Given a page's geometry, return it turned so that most of its text runs left to right: a landscape
// table printed sideways on a portrait page (text at ±90°) is read in its own upright frame, and the
// frame's map back to PDF user space is updated so every box still lands where it is printed.

import type { PdfPageGeometry, PdfTextItem, Segment } from './types.ts';
import { multiplyMatrix } from './matrix.ts';

type Matrix = PdfPageGeometry['toUser'];

const QUARTER = Math.PI / 2;
const ANGLE_TOLERANCE = 0.05;


function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The quarter turn (0, 1 = text runs up, -1 = text runs down) most characters need. */
export function dominantTurn(items: PdfTextItem[]): -1 | 0 | 1 {
  let flat = 0, up = 0, down = 0;
  for (const i of items) {
    const n = i.text.length;
    const a = i.angle ?? 0;
    if (Math.abs(a) < ANGLE_TOLERANCE) flat += n;
    else if (Math.abs(a - QUARTER) < ANGLE_TOLERANCE) up += n;
    else if (Math.abs(a + QUARTER) < ANGLE_TOLERANCE) down += n;
  }
  if (up > flat && up >= down) return 1;
  if (down > flat) return -1;
  return 0;
}

export function orientPage(g: PdfPageGeometry): PdfPageGeometry {
  const turn = dominantTurn(g.items);
  if (turn === 0) return g;
  // Text running up (+90°) is read after turning the page clockwise: (x, y) → (y, W − x).
  const rot: Matrix = turn === 1 ? [0, -1, 1, 0, 0, g.width] : [0, 1, -1, 0, g.height, 0];
  const inv: Matrix = turn === 1 ? [0, 1, -1, 0, g.width, 0] : [0, -1, 1, 0, 0, g.height];
  const items: PdfTextItem[] = g.items.map((i) => {
    const [x, y] = apply(rot, i.x, i.y);
    const a = (i.angle ?? 0) - turn * QUARTER;
    const { angle: _old, ...rest } = i;
    return { ...rest, x, y, ...(Math.abs(a) > ANGLE_TOLERANCE ? { angle: a } : {}) };
  });
  const segments: Segment[] = g.segments.map((s) => {
    const [ax, ay] = apply(rot, s.x1, s.y1);
    const [bx, by] = apply(rot, s.x2, s.y2);
    return { x1: Math.min(ax, bx), y1: Math.min(ay, by), x2: Math.max(ax, bx), y2: Math.max(ay, by) };
  });
  const art = g.art.map(([x, y]) => apply(rot, x, y));
  return { ...g, width: g.height, height: g.width, items, segments, art, toUser: multiplyMatrix(g.toUser, inv) };
}
