// Given a table and its page's lines, return the caption printed above it: up to three short lines
// (a heading such as "Tabell 0.1 B Netto driftsutgifter" and a unit line such as "Tall i 1000 kr"),
// never the page's running head. The heading becomes the title, the unit line the unit text.

import type { PageTable, TextLine } from './types.ts';

/** Caption lines sit within this many ems of each other and of the table. */
export const CAPTION_GAP_EM = 3.2;
const CAPTION_MAX_LINES = 3;
const CAPTION_MAX_CHARS = 160;
/** Running heads and page numbers live in this share of the page height at the top. */
export const FURNITURE_MARGIN = 0.08;
const CAPTION_PREFIX = /^(?:tabell|tab\.|table|figur|oversikt)\b/i;
const UNIT_LINE = /^(?:(?:tall|beløp|beløpene)\s+(?:er\s+)?i\b.*|i\s+(?:hele\s+)?(?:1\s?000|tusen|mill\.?|millioner)?\s*(?:kr|kroner|nok).*|(?:antall|prosent|andel|%|kroner|1\s?000\s?kr|mill\.?\s?kr)\.?)$/i;

function lineText(l: TextLine): string {
  return l.chunks.map((c) => c.text).join(' ').trim();
}

const ENDS_PUNCTUATED = /[.!?:;,]$/;

function captionLike(l: TextLine): boolean {
  const text = lineText(l);
  if (l.chunks.length > 2 || text.length > CAPTION_MAX_CHARS) return false;
  const bold = l.chunks.every((c) => c.bold);
  return bold || CAPTION_PREFIX.test(text) || UNIT_LINE.test(text) || (text.length <= 80 && !ENDS_PUNCTUATED.test(text));
}

export function captionAbove(t: PageTable, lines: TextLine[], tables: PageTable[], pageHeight: number): { title?: string; unit?: string } {
  const ceiling = pageHeight * (1 - FURNITURE_MARGIN);
  const above = lines
    .filter((l) => l.y1 >= t.bbox[3] - 1 && l.y2 < ceiling && l.x2 > t.bbox[0] && l.x1 < t.bbox[2])
    .sort((a, b) => a.y - b.y);
  const found: string[] = [];
  let edge = t.bbox[3];
  for (const l of above) {
    if (found.length >= CAPTION_MAX_LINES || l.y1 - edge > CAPTION_GAP_EM * l.size || !captionLike(l)) break;
    if (tables.some((o) => o !== t && l.y >= o.bbox[1] && l.y <= o.bbox[3])) break;
    found.push(lineText(l));
    edge = l.y2;
  }
  const unit = found.find((s) => UNIT_LINE.test(s));
  const title = found.find((s) => s !== unit && CAPTION_PREFIX.test(s)) ?? found.find((s) => s !== unit);
  return { ...(title ? { title } : {}), ...(unit ? { unit } : {}) };
}
