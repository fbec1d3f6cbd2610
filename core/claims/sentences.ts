// Given report lines, return the prose as one stream cut into sentences, with a map back to the lines.
// Wrapped lines are joined (a claim may break over lines); table rows, headings and bullets break the flow,
// so a heading's words never govern the sentence below it and a list item is a sentence of its own.

import type { Line } from '../model.ts';

/** Share of number tokens above which a line is a table row, not prose. */
const TABLE_ROW_NUMBER_SHARE = 0.4;
const TABLE_ROW_MIN_NUMBERS = 3;
/** A line this short with no closing punctuation, followed by a capital, is a heading. */
const HEADING_MAX_LENGTH = 45;

const NUMBER_TOKEN = /^[-+]?\d[\d,.]*$/;
const BULLET = /^(?:[•▪●◦·*o]|[-–](?=\s*\p{L}))\s+/u;
const SENTENCE_END = /\n|[.!?](?=\s+[\p{Lu}«"“•(])|:(?=\s*\n)/gu;

export interface ProseStream {
  text: string;
  /** Stream offset where each joined line starts, ascending, and the index of that line in the input. */
  starts: number[];
  lineIndex: number[];
  /** Characters trimmed off the start of each joined line. */
  lead: number[];
}

/** A stretch of one input line: character offsets into that line's text. */
export interface LineSpan {
  lineIndex: number;
  from: number;
  to: number;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  bullet: boolean;
  /** Ends with ':' — it may introduce a list whose items inherit its subject. */
  colon: boolean;
}

export function isTableRow(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  const numbers = tokens.filter((t) => NUMBER_TOKEN.test(t)).length;
  return numbers >= TABLE_ROW_MIN_NUMBERS && numbers / tokens.length >= TABLE_ROW_NUMBER_SHARE;
}

function isHeading(text: string, next: string | undefined): boolean {
  if (text.length > HEADING_MAX_LENGTH || /[.,;:!?]$/.test(text)) return false;
  return next === undefined || /^[\p{Lu}\d•]/u.test(next);
}

export function linesToStream(lines: Line[]): ProseStream {
  const prose = lines.map((l, i) => ({ text: l.text.trim(), i })).filter((l) => l.text !== '');
  let text = '';
  const starts: number[] = [];
  const lineIndex: number[] = [];
  const lead: number[] = [];
  // Whether the stream ends in a break; asking the growing string (text.endsWith) would flatten it every line.
  let broken = true;
  prose.forEach((l, k) => {
    if (isTableRow(l.text)) {
      text += '\n';
      broken = true;
      return;
    }
    if (BULLET.test(l.text) && !broken) text += '\n';
    starts.push(text.length);
    lineIndex.push(l.i);
    lead.push((lines[l.i]?.text ?? '').length - (lines[l.i]?.text ?? '').trimStart().length);
    text += l.text;
    broken = isHeading(l.text, prose[k + 1]?.text);
    text += broken ? '\n' : ' ';
  });
  return { text, starts, lineIndex, lead };
}

/** Index (into the input lines) of the line that holds stream offset `offset`. */
export function lineAt(stream: ProseStream, offset: number): number {
  let lo = 0;
  let hi = stream.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((stream.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return stream.lineIndex[lo] ?? 0;
}

/** The stretches of input lines that stream offsets [from, to) cover. */
export function lineSpans(stream: ProseStream, from: number, to: number): LineSpan[] {
  const out: LineSpan[] = [];
  stream.starts.forEach((s, k) => {
    const e = stream.starts[k + 1] ?? stream.text.length;
    if (e <= from || s >= to) return;
    const lead = stream.lead[k] ?? 0;
    out.push({ lineIndex: stream.lineIndex[k] ?? 0, from: Math.max(from, s) - s + lead, to: Math.min(to, e) - s + lead });
  });
  return out;
}

export function streamToSentences(stream: ProseStream): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = stream.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== '') {
      out.push({ start: start + lead, end: start + lead + text.length, text, bullet: BULLET.test(text), colon: text.endsWith(':') });
    }
  };
  for (const m of stream.text.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + (m[0] === '\n' ? 0 : 1);
    push(end);
    start = end;
  }
  push(stream.text.length);
  return out;
}
