// The geometry the PDF front end works on, in one upright frame per page: PDF points, x to the right,
// y up, origin at the bottom-left of the page as displayed (page /Rotate already applied). Only
// core/io produces these from pdf.js; everything in core/pdf is pure geometry over them.

import type { Box } from '../model.ts';

/** A run of text as pdf.js reports it, moved into the upright frame. */
export interface PdfTextItem {
  text: string;
  /** Left end of the baseline. */
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size (em) in points. */
  size: number;
  bold?: boolean;
  /** Direction of the baseline in radians when not horizontal (rotated text). */
  angle?: number;
}

/** An axis-aligned ruling segment (a stroked line, a thin filled rectangle or a rectangle's edge). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPageGeometry {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  /** The page's /Rotate (0, 90, 180, 270), already applied to the frame. */
  rotation: number;
  items: PdfTextItem[];
  segments: Segment[];
  /** One point per curve or slanted line drawn (charts, drawings). */
  art: [number, number][];
  /** Affine map [a, b, c, d, e, f] from the upright frame back to PDF user space (for contract boxes). */
  toUser: [number, number, number, number, number, number];
}

/** A cell-sized piece of a line: words closer than a column gap. */
export interface Chunk {
  text: string;
  x1: number;
  x2: number;
  /** Bottom (descender side) and top of the text. */
  y1: number;
  y2: number;
  size: number;
  bold: boolean;
  /** The text items the chunk was built from, left to right (to split it again at column edges). */
  parts: { text: string; x1: number; x2: number }[];
}

/** One text line rebuilt from items on a common baseline. */
export interface TextLine {
  y: number;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  size: number;
  chunks: Chunk[];
}

/** A table as the geometry found it: printed cells in a grid, with the box of every cell. */
export interface PageTable {
  page: number;
  /** Upright frame. */
  bbox: Box;
  /** Rows of cell text, label column first. */
  grid: string[][];
  /** Box of each cell's text (null for an empty cell), same shape as grid. */
  boxes: (Box | null)[][];
  /** Per row: printed in bold (every chunk bold). */
  bold: boolean[];
  /** Number of leading header rows. */
  headerRows: number;
  /** Merged cells: [row, col, rowspan, colspan]. */
  spans: [number, number, number, number][];
  /** Column boundaries (x of each column's left and right edge), upright frame. */
  columns: [number, number][];
  kind: 'lattice' | 'stream';
  /** Text printed just above the table (caption), if any. */
  title?: string;
  /** A unit line printed with the caption ("Tall i 1000 kr"). */
  unit?: string;
}
