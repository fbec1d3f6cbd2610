// Given report lines, return the prose as one stream cut into sentences, with a map back to the lines.
// Wrapped lines are joined (a claim may break over lines); table rows, headings and bullets break the flow,
// so a heading's words never govern the sentence below it and a list item is a sentence of its own.

import type { Line } from '../model.ts';

/** Share of number tokens above which a line is a table row, not prose. */
const TABLE_ROW_NUMBER_SHARE = 0.4;
const TABLE_ROW_MIN_NUMBERS = 3;
/** A line this short with no closing punctuation, followed by a capital, is a heading. */
const HEADING_MAX_LENGTH = 45;

const BULLET = /^(?:[•▪●◦·*o]|[-–](?=\s*\p{L}))\s+/u;
const SENTENCE_END = /\n|[.!?](?=\s+[\p{Lu}«"“•(])|:(?=\s*\n)/gu;

/**
 * The prose as one stream of offsets, held as its paragraphs: the text between breaks (a table row, a heading,
 * a bullet), each break one '\n' in the offsets. A sentence never crosses a break, so no paragraph is joined
 * to the next and the report is never copied into one large string.
 */
export interface ProseStream {
  paragraphs: Paragraph[];
  /** Length of the whole stream, breaks included. */
  length: number;
  /** Stream offset where each joined line starts, ascending, and the index of that line in the input. */
  starts: number[];
  lineIndex: number[];
  /** Characters trimmed off the start of each joined line. */
  lead: number[];
}

export interface Paragraph {
  /** Stream offset of the paragraph's first character. */
  start: number;
  text: string;
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

/** A whole token that is a number ("-1 234" is two: "-1" and "234"); a token is a run of non-spaces. */
const NUMBER_TOKENS = /(?<!\S)[-+]?\d[\d,.]*(?!\S)/g;
const TOKENS = /\S+/g;
/** Three digits anywhere (TABLE_ROW_MIN_NUMBERS number tokens hold at least that many). */
const THREE_DIGITS = /\d\D*\d\D*\d/;

export function isTableRow(text: string): boolean {
  // Each number token holds a digit: a line with fewer digits than the fewest numbers is no row (most prose).
  if (!THREE_DIGITS.test(text)) return false;
  const numbers = countMatches(NUMBER_TOKENS, text);
  if (numbers < TABLE_ROW_MIN_NUMBERS) return false;
  return numbers / countMatches(TOKENS, text) >= TABLE_ROW_NUMBER_SHARE;
}

/** How many times a global pattern that never matches empty matches in `text`, counted with `test`: no match
 * array is built (`text.match` would also copy out every token). */
function countMatches(re: RegExp, text: string): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.test(text)) n++;
  return n;
}

const ENDS_PUNCTUATED = /[.,;:!?]$/;
const STARTS_ITEM = /^[\p{Lu}\d•]/u;

function isHeading(text: string, next: string | undefined): boolean {
  if (text.length > HEADING_MAX_LENGTH || ENDS_PUNCTUATED.test(text)) return false;
  return next === undefined || STARTS_ITEM.test(next);
}

export function linesToStream(lines: Line[]): ProseStream {
  // The non-blank lines, trimmed, with their index: two arrays, not an object per line.
  const proseText: string[] = [];
  const proseIndex: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    if (text === '') continue;
    proseText.push(text);
    proseIndex.push(i);
  }
  const paragraphs: Paragraph[] = [];
  let paragraph = '';
  let length = 0;
  const append = (s: string) => {
    paragraph += s;
    length += s.length;
  };
  const breakHere = () => {
    if (paragraph !== '') paragraphs.push({ start: length - paragraph.length, text: paragraph });
    paragraph = '';
    length += 1;
  };
  const starts: number[] = [];
  const lineIndex: number[] = [];
  const lead: number[] = [];
  // Whether the stream ends in a break.
  let broken = true;
  for (let k = 0; k < proseText.length; k++) {
    const text = proseText[k]!;
    const i = proseIndex[k]!;
    if (isTableRow(text)) {
      breakHere();
      broken = true;
      continue;
    }
    if (BULLET.test(text) && !broken) breakHere();
    starts.push(length);
    lineIndex.push(i);
    const raw = lines[i]?.text ?? '';
    lead.push(raw.length - raw.trimStart().length);
    append(text);
    broken = isHeading(text, proseText[k + 1]);
    if (broken) breakHere();
    else append(' ');
  }
  if (paragraph !== '') paragraphs.push({ start: length - paragraph.length, text: paragraph });
  return { paragraphs, length, starts, lineIndex, lead };
}

/** Position (into `stream.starts`) of the joined line that holds stream offset `offset`. */
function startAt(stream: ProseStream, offset: number): number {
  let lo = 0;
  let hi = stream.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((stream.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index (into the input lines) of the line that holds stream offset `offset`. */
export function lineAt(stream: ProseStream, offset: number): number {
  return stream.lineIndex[startAt(stream, offset)] ?? 0;
}

/** The stretches of input lines that stream offsets [from, to) cover. */
export function lineSpans(stream: ProseStream, from: number, to: number): LineSpan[] {
  const out: LineSpan[] = [];
  for (let k = startAt(stream, from); k < stream.starts.length; k++) {
    const s = stream.starts[k] ?? 0;
    if (s >= to) break;
    const e = stream.starts[k + 1] ?? stream.length;
    if (e <= from) continue;
    const lead = stream.lead[k] ?? 0;
    out.push({ lineIndex: stream.lineIndex[k] ?? 0, from: Math.max(from, s) - s + lead, to: Math.min(to, e) - s + lead });
  }
  return out;
}

/** The sentence between offsets [from, to) of a paragraph, trimmed, unless it is blank. */
function pushSentence(out: Sentence[], p: Paragraph, from: number, to: number): void {
  const raw = p.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text === '') return;
  const at = p.start + from + lead;
  out.push({ start: at, end: at + text.length, text, bullet: BULLET.test(text), colon: text.endsWith(':') });
}

/** The sentences of one paragraph, with stream offsets. A match of SENTENCE_END is one character (the rest is
 * lookahead), so where it ends says where it is: the matches are found with `test`, which builds no match array. */
function paragraphSentences(p: Paragraph, out: Sentence[]): void {
  const text = p.text;
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  while (SENTENCE_END.test(text)) {
    const at = SENTENCE_END.lastIndex - 1;
    const end = text.charCodeAt(at) === 0x0a ? at : at + 1;
    pushSentence(out, p, start, end);
    start = end;
  }
  pushSentence(out, p, start, text.length);
}

export function streamToSentences(stream: ProseStream): Sentence[] {
  const out: Sentence[] = [];
  for (const p of stream.paragraphs) paragraphSentences(p, out);
  return out;
}
