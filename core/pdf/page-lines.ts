// Given a page's rebuilt text lines, return contract Lines (core/model.ts): normalised text, the page,
// the line's box and every chunk's box in PDF user space, so claims found in prose get positions.

import type { Line } from '../model.ts';
import { normalizeText } from '../text/to-lines.ts';
import { boxToUser } from './to-draft.ts';
import type { PdfPageGeometry, TextLine } from './types.ts';

/** Lines in reading order; `first` is the running line number of the first one. */
export function textLinesToLines(lines: TextLine[], g: PdfPageGeometry, first: number): Line[] {
  return lines.map((l, i) => ({
    text: normalizeText(l.chunks.map((c) => c.text).join('  ')),
    line: first + i,
    page: g.page,
    box: boxToUser([l.x1, l.y1, l.x2, l.y2], g.toUser),
    cells: l.chunks.map((c) => ({ text: normalizeText(c.text), box: boxToUser([c.x1, c.y1, c.x2, c.y2], g.toUser) })),
  }));
}
