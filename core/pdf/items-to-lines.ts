// Given a page's text items, return its text lines, top to bottom: items whose baselines agree are one
// line, and within a line, runs closer than a column gap are one chunk (a cell candidate). The one idea:
// every threshold is relative to the font size, so the same rules read 7-pt tables and 12-pt prose.

import type { Chunk, PdfTextItem, TextLine } from './types.ts';

/** Baselines closer than this fraction of the font size are one line (sub/superscripts stay in). */
export const BASELINE_TOLERANCE = 0.45;
/** A horizontal gap wider than this many ems starts a new chunk. */
export const CHUNK_GAP_EM = 0.85;
/** A gap wider than this many ems inside a chunk is a word space. */
export const WORD_GAP_EM = 0.12;
/** Two items drawing the same text within this distance (points) are one (fake bold, shadows). */
const DUPLICATE_DISTANCE = 1.5;
const DESCENT = 0.22;
const ASCENT = 0.78;
const WIDE_SPACE = /\s{3,}|\t/;
// Hot loops here append by index, not push(): on Node 20 pdf.js's legacy build replaces Array.prototype.push
// with a core-js polyfill that allocates a property descriptor on every call (issue #4 profile).

/** Splits items that hold a wide run of spaces (a column gap typed as spaces) into separate items. */
function splitWideSpaces(item: PdfTextItem): PdfTextItem[] {
  if (!WIDE_SPACE.test(item.text)) return [item];
  const perChar = item.width / Math.max(1, item.text.length);
  const out: PdfTextItem[] = [];
  const re = /\S+(?:\s{1,2}\S+)*/g;
  for (let m = re.exec(item.text); m; m = re.exec(item.text)) {
    out.push({ ...item, text: m[0], x: item.x + m.index * perChar, width: m[0].length * perChar });
  }
  return out;
}

function toChunk(item: PdfTextItem, text: string): Chunk {
  const x2 = item.x + Math.max(0, item.width);
  return {
    text,
    x1: item.x,
    x2,
    y1: item.y - DESCENT * item.size,
    y2: item.y + ASCENT * item.size,
    size: item.size,
    bold: Boolean(item.bold),
    parts: [{ text, x1: item.x, x2 }],
  };
}

/** `text` is the item's trimmed text, so the chunk's text never ends in a space (no need to look: that would flatten it). */
function extend(chunk: Chunk, item: PdfTextItem, text: string, gap: number): void {
  const needsSpace = gap > WORD_GAP_EM * Math.min(chunk.size, item.size);
  chunk.text = needsSpace ? `${chunk.text} ${text}` : chunk.text + text;
  chunk.x2 = Math.max(chunk.x2, item.x + item.width);
  chunk.y1 = Math.min(chunk.y1, item.y - DESCENT * item.size);
  chunk.y2 = Math.max(chunk.y2, item.y + ASCENT * item.size);
  chunk.size = Math.max(chunk.size, item.size);
  chunk.bold = chunk.bold && Boolean(item.bold);
  chunk.parts[chunk.parts.length] = { text, x1: item.x, x2: item.x + Math.max(0, item.width) };
}

/** Groups items into chunks along one line (items sorted by x). */
export function lineToChunks(items: PdfTextItem[]): Chunk[] {
  const chunks: Chunk[] = [];
  let last: PdfTextItem | null = null;
  let lastText = '';
  for (const item of items) {
    const text = item.text.trim();
    if (!text) continue;
    const cur = chunks[chunks.length - 1];
    if (last && cur) {
      if (text === lastText && Math.abs(item.x - last.x) < DUPLICATE_DISTANCE && Math.abs(item.y - last.y) < DUPLICATE_DISTANCE) continue;
      const gap = item.x - cur.x2;
      if (gap < CHUNK_GAP_EM * Math.max(cur.size, item.size)) {
        extend(cur, item, text, gap);
        last = item;
        lastText = text;
        continue;
      }
    }
    chunks[chunks.length] = toChunk(item, text);
    last = item;
    lastText = text;
  }
  return chunks;
}

const NOT_SPACE = /\S/;

export function itemsToLines(items: PdfTextItem[]): TextLine[] {
  const flat: PdfTextItem[] = [];
  for (const i of items) {
    if (i.angle !== undefined || !NOT_SPACE.test(i.text)) continue;
    if (WIDE_SPACE.test(i.text)) for (const piece of splitWideSpaces(i)) flat[flat.length] = piece;
    else flat[flat.length] = i;
  }
  flat.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: { y: number; size: number; items: PdfTextItem[] }[] = [];
  for (const item of flat) {
    // Only the last few groups can still take this item: input is sorted by baseline, top first.
    let home: (typeof groups)[number] | undefined;
    for (let g = groups.length - 1; g >= 0 && g >= groups.length - 4; g--) {
      const grp = groups[g]!;
      if (Math.abs(grp.y - item.y) <= BASELINE_TOLERANCE * Math.max(grp.size, item.size)) {
        home = grp;
        break;
      }
    }
    if (home) {
      home.items[home.items.length] = item;
      // The line's baseline is that of its largest text (a superscript must not drag it).
      if (item.size > home.size) {
        home.size = item.size;
        home.y = item.y;
      }
    } else groups[groups.length] = { y: item.y, size: item.size, items: [item] };
  }
  const lines: TextLine[] = [];
  for (const g of groups) {
    g.items.sort((a, b) => a.x - b.x);
    const chunks = lineToChunks(g.items);
    if (!chunks.length) continue;
    const line: TextLine = { y: g.y, size: g.size, x1: Infinity, x2: -Infinity, y1: Infinity, y2: -Infinity, chunks };
    for (const c of chunks) {
      line.x1 = Math.min(line.x1, c.x1);
      line.x2 = Math.max(line.x2, c.x2);
      line.y1 = Math.min(line.y1, c.y1);
      line.y2 = Math.max(line.y2, c.y2);
    }
    lines[lines.length] = line;
  }
  lines.sort((a, b) => b.y - a.y);
  return lines;
}
