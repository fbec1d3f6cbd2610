// Given a page's operator list (fnArray/argsArray from pdf.js getOperatorList), return the axis-aligned
// ruling segments it draws: stroked lines, thin filled rectangles, and the edges of larger rectangles
// (cell borders and shaded cells), in the upright frame. Curves and slanted lines are not rulings.

import type { Segment } from '../pdf/types.ts';
import { multiplyMatrix, type Matrix } from '../pdf/matrix.ts';

export type { Matrix };

/** A filled rectangle thinner than this (points) is a ruling line, not a cell. */
const THIN_FILL = 3;
/** Slope tolerance (points over the segment) for calling a segment horizontal or vertical. */
const AXIS_TOLERANCE = 1;
const MIN_SEGMENT = 2;
/** Operator lists beyond this many paths are art, not tables; stop collecting (bounds time and memory). */
const MAX_SEGMENTS = 20_000;

interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}


function isMatrix(x: unknown): x is Matrix {
  if (!(Array.isArray(x) || ArrayBuffer.isView(x)) || (x as ArrayLike<unknown>).length !== 6) return false;
  for (let i = 0; i < 6; i++) {
    const v = (x as ArrayLike<unknown>)[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  }
  return true;
}

/** Splits a DrawOPS buffer into subpaths of points (curves break the subpath; they are never rulings). */
function subpaths(buf: ArrayLike<number>, m: Matrix, art: [number, number][]): { pts: [number, number][]; closed: boolean }[] {
  const out: { pts: [number, number][]; closed: boolean }[] = [];
  let cur: { pts: [number, number][]; closed: boolean } | null = null;
  for (let k = 0; k < buf.length; ) {
    const op = buf[k++];
    if (op === 0) {
      cur = { pts: [apply(m, buf[k]!, buf[k + 1]!)], closed: false };
      out[out.length] = cur;
      k += 2;
    } else if (op === 1) {
      if (cur) cur.pts[cur.pts.length] = apply(m, buf[k]!, buf[k + 1]!);
      k += 2;
    } else if (op === 2) {
      cur = null;
      if (art.length < MAX_SEGMENTS) art.push(apply(m, buf[k + 4]!, buf[k + 5]!));
      k += 6;
    } else if (op === 3) {
      cur = null;
      if (art.length < MAX_SEGMENTS) art.push(apply(m, buf[k + 2]!, buf[k + 3]!));
      k += 4;
    } else if (op === 4) {
      if (cur) cur.closed = true;
      cur = null;
    } else break;
  }
  return out;
}

function onPage(x: number, y: number, pageWidth: number, pageHeight: number): boolean {
  return Number.isFinite(x) && Number.isFinite(y) && x > -pageWidth && x < 2 * pageWidth && y > -pageHeight && y < 2 * pageHeight;
}

function axisSegment(a: [number, number], b: [number, number]): Segment | null {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy <= AXIS_TOLERANCE && dx >= MIN_SEGMENT) {
    const y = (a[1] + b[1]) / 2;
    return { x1: Math.min(a[0], b[0]), y1: y, x2: Math.max(a[0], b[0]), y2: y };
  }
  if (dx <= AXIS_TOLERANCE && dy >= MIN_SEGMENT) {
    const x = (a[0] + b[0]) / 2;
    return { x1: x, y1: Math.min(a[1], b[1]), x2: x, y2: Math.max(a[1], b[1]) };
  }
  return null;
}

/** An axis-aligned rectangle's bounds when the subpath is one, else null. */
function rectOf(pts: [number, number][]): [number, number, number, number] | null {
  const p = pts.length === 5 && Math.hypot(pts[4]![0] - pts[0]![0], pts[4]![1] - pts[0]![1]) < 0.5 ? pts.slice(0, 4) : pts;
  if (p.length !== 4) return null;
  for (let i = 0; i < 4; i++) if (!axisSegment(p[i]!, p[(i + 1) % 4]!) && !isDegenerate(p[i]!, p[(i + 1) % 4]!)) return null;
  const xs = p.map((q) => q[0]);
  const ys = p.map((q) => q[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function isDegenerate(a: [number, number], b: [number, number]): boolean {
  return Math.abs(a[0] - b[0]) < MIN_SEGMENT && Math.abs(a[1] - b[1]) < MIN_SEGMENT;
}

function rectSegments(r: [number, number, number, number], out: Segment[]): void {
  const [x1, y1, x2, y2] = r;
  const w = x2 - x1;
  const h = y2 - y1;
  if (w < MIN_SEGMENT && h < MIN_SEGMENT) return;
  if (h <= THIN_FILL) out.push({ x1, y1: (y1 + y2) / 2, x2, y2: (y1 + y2) / 2 });
  else if (w <= THIN_FILL) out.push({ x1: (x1 + x2) / 2, y1, x2: (x1 + x2) / 2, y2 });
  else {
    out.push({ x1, y1, x2, y2: y1 }, { x1, y1: y2, x2, y2 }, { x1, y1, x2: x1, y2 }, { x1: x2, y1, x2, y2 });
  }
}

/**
 * Returns the rulings, and as `art` one point per curve or slanted line: charts and drawings, which
 * tell a table-shaped block of axis labels from a real table.
 */
export function readPathSegments(
  fnArray: number[],
  argsArray: unknown[],
  ops: OpCodes,
  base: Matrix,
  pageWidth: number,
  pageHeight: number,
): { segments: Segment[]; art: [number, number][] } {
  const out: Segment[] = [];
  const art: [number, number][] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = base;
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const strokes = new Set([ops.stroke, ops.closeStroke]);
  const strokePaints = new Set([ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  for (let i = 0; i < fnArray.length && out.length < MAX_SEGMENTS; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && isMatrix(args)) ctm = multiplyMatrix(ctm, args);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      if (args && isMatrix(args[0])) ctm = multiplyMatrix(ctm, args[0]);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const bufs = args[1] as unknown[] | undefined;
      const buf = bufs?.[0] as ArrayLike<number> | null | undefined;
      if (!buf || (!fills.has(paint) && !strokes.has(paint))) continue;
      for (const sp of subpaths(buf, ctm, art)) {
        const r = rectOf(sp.pts);
        if (r) {
          // A page-sized background is no ruling.
          if (r[2] - r[0] > pageWidth * 0.9 && r[3] - r[1] > pageHeight * 0.9) continue;
          // A filled (not stroked) cell-sized rectangle is shading: zebra rows and header bands are no rules.
          if (!strokes.has(paint) && !strokePaints.has(paint) && r[2] - r[0] > THIN_FILL && r[3] - r[1] > THIN_FILL) continue;
          rectSegments(r, out);
          continue;
        }
        if (!strokes.has(paint) && !fills.has(paint)) continue;
        const pts = sp.closed && sp.pts.length > 2 ? [...sp.pts, sp.pts[0]!] : sp.pts;
        for (let k = 1; k < pts.length; k++) {
          const s = axisSegment(pts[k - 1]!, pts[k]!);
          if (s) out[out.length] = s;
          else if (art.length < MAX_SEGMENTS && !isDegenerate(pts[k - 1]!, pts[k]!)) art.push([(pts[k - 1]![0] + pts[k]![0]) / 2, (pts[k - 1]![1] + pts[k]![1]) / 2]);
        }
      }
    }
  }
  // Rules far off the page (or at broken coordinates) would only distort the page's geometry.
  return {
    segments: out.filter((g) => onPage(g.x1, g.y1, pageWidth, pageHeight) && onPage(g.x2, g.y2, pageWidth, pageHeight)),
    art: art.filter(([x, y]) => onPage(x, y, pageWidth, pageHeight)),
  };
}
