// Given a claim phrase and PDF lines (with word/cell boxes), return the box around the printed phrase:
// the union of the boxes of the words it covers, on the page where it starts. Text input has no boxes.

import type { Box, Line } from '../model.ts';
import type { ClaimPhrase } from './find-phrases.ts';

/** Character ranges of a line's cells within its text, found in order. */
function cellRanges(line: Line): { from: number; to: number; box: Box }[] {
  const out: { from: number; to: number; box: Box }[] = [];
  let at = 0;
  for (const c of line.cells ?? []) {
    const i = line.text.indexOf(c.text, at);
    if (i < 0) continue;
    out.push({ from: i, to: i + c.text.length, box: c.box });
    at = i + c.text.length;
  }
  return out;
}

function union(a: Box | undefined, b: Box): Box {
  if (a === undefined) return [...b];
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

export function phraseBox(p: ClaimPhrase, lines: Line[]): Box | undefined {
  const page = lines[p.spans[0]?.lineIndex ?? p.lineIndex]?.page;
  let box: Box | undefined;
  for (const span of p.spans) {
    const line = lines[span.lineIndex];
    if (line === undefined || line.page !== page) continue;
    const ranges = cellRanges(line);
    if (ranges.length === 0) {
      if (line.box !== undefined) box = union(box, line.box);
      continue;
    }
    for (const r of ranges) if (r.from < span.to && span.from < r.to) box = union(box, r.box);
  }
  return box;
}
