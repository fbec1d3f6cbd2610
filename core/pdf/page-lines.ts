// Given a page's rebuilt text lines, return contract Lines (core/model.ts): normalised text, the page,
// the line's box and every chunk's box in PDF user space, so claims found in prose get positions.

import type { Line } from '../model.ts';
import { normalizeText } from '../text/to-lines.ts';
import { boxToUser } from './to-draft.ts';
import type { PdfPageGeometry, TextLine } from './types.ts';

/** Lines in reading order; `first` is the running line number of the first one. */
export function textLinesToLines(lines: TextLine[], g: PdfPageGeometry, first: number): Line[] {
  const out: Line[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const cells: NonNullable<Line['cells']> = new Array(l.chunks.length);
    const texts: string[] = new Array(l.chunks.length);
    for (let k = 0; k < l.chunks.length; k++) {
      const c = l.chunks[k]!;
      // normalizeText maps character by character, so the line's text is its normalised chunks joined.
      const text = normalizeText(c.text);
      texts[k] = text;
      cells[k] = { text, box: boxToUser([c.x1, c.y1, c.x2, c.y2], g.toUser) };
    }
    out[i] = { text: texts.join('  '), line: first + i, page: g.page, box: boxToUser([l.x1, l.y1, l.x2, l.y2], g.toUser), cells };
  }
  return out;
}
