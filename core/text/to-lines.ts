// Given raw report text, return its lines, normalised so later stages see one kind of space and one minus.
// NBSP, narrow NBSP and thin spaces become ' ' (they are thousands separators in Norwegian numbers);
// U+2212 and en/em dashes used as minus become '-'; soft hyphens and zero-width characters disappear.

import type { Line } from '../model.ts';

const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const MINUS = /[\u2212\u2012\u2013\u2014\ufe63\uff0d]/g;
/** Longer lines are cut: no report line is this long, and the cut keeps every stage linear. */
export const MAX_LINE_LENGTH = 4000;

export function normalizeText(s: string): string {
  return s.replace(INVISIBLE, '').replace(SPACES, ' ').replace(MINUS, '-');
}

export function textToLines(text: string): Line[] {
  // Normalise once over the whole text (three passes), not line by line.
  const raw = normalizeText(text).split(/\r\n|\r|\n|\f/);
  const lines: Line[] = [];
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i] ?? '';
    if (t.length > MAX_LINE_LENGTH) t = t.slice(0, MAX_LINE_LENGTH);
    lines.push({ text: t, line: i + 1 });
  }
  return lines;
}
