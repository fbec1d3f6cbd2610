// Given raw report text, return its lines, normalised so later stages see one kind of space and one minus.
// NBSP, narrow NBSP and thin spaces become ' ' (they are thousands separators in Norwegian numbers);
// U+2212 and en/em dashes used as minus become '-'; soft hyphens and zero-width characters disappear.

import type { Line } from '../model.ts';

/** Longer lines are cut: no report line is this long, and the cut keeps every stage linear. */
export const MAX_LINE_LENGTH = 4000;

export function normalizeText(s: string): string {
  // Most text needs no change: one class test finds that (faster than a char loop); a line that needs one is read
  // once with charCodeAt (three regex passes over a whole report cost several times more).
  if (!CHANGES.test(s)) return s;
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa0 && c !== 0x09) continue;
    const r = replacementOf(c);
    if (r === undefined) continue;
    out += s.slice(last, i) + r;
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

/** Every character replacementOf changes. */
const CHANGES = /[\t\u00a0\u00ad\u2000-\u200d\u2012-\u2014\u202f\u205f\u2060\u2212\u3000\ufe63\ufeff\uff0d]/;

/** What character `c` becomes: spaces (U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000, tab) ' ', invisibles
 * (U+00AD, U+200B–U+200D, U+2060, U+FEFF) nothing, minus signs and dashes '-'; undefined: kept. */
function replacementOf(c: number): string | undefined {
  if (c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return ' ';
  if (c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) return '';
  if (c === 0x2212 || c === 0x2012 || c === 0x2013 || c === 0x2014 || c === 0xfe63 || c === 0xff0d) return '-';
  return undefined;
}

const LINE_BREAK = /\r\n|\r|\n|\f/;

export function textToLines(text: string): Line[] {
  // Split first, then normalise line by line: normalizeText maps character by character and never makes or
  // removes a line break, so this is the same, and it never copies the whole text. Most dumps break lines
  // with '\n' alone, where a plain split is several times faster than the pattern.
  if (text.includes('\r') || text.includes('\f')) return rawToLines(text.split(LINE_BREAK));
  // With '\n' alone each line starts one past the last one's end, so one search of the whole text finds the few
  // lines that hold a character to change; the rest are taken as they are.
  const raw = text.split('\n');
  const lines: Line[] = [];
  CHANGES_ALL.lastIndex = 0;
  let next = CHANGES_ALL.exec(text)?.index ?? text.length;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const end = start + r.length;
    let t = r;
    if (next < end) {
      t = normalizeText(r);
      CHANGES_ALL.lastIndex = end;
      next = CHANGES_ALL.exec(text)?.index ?? text.length;
    }
    if (t.length > MAX_LINE_LENGTH) t = t.slice(0, MAX_LINE_LENGTH);
    lines.push({ text: t, line: i + 1 });
    start = end + 1;
  }
  return lines;
}

const CHANGES_ALL = new RegExp(CHANGES.source, 'g');

function rawToLines(raw: string[]): Line[] {
  const lines: Line[] = [];
  for (let i = 0; i < raw.length; i++) {
    let t = normalizeText(raw[i] ?? '');
    if (t.length > MAX_LINE_LENGTH) t = t.slice(0, MAX_LINE_LENGTH);
    lines.push({ text: t, line: i + 1 });
  }
  return lines;
}
