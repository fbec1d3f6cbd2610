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
 * to the next and the report is never copied into one large string. A stream may hold only some paragraphs of
 * the prose (appendParagraph): the offsets are the same within each.
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


/** Whether a UTF-16 unit is white space as `\s` and String.prototype.trim read it (WhiteSpace, LineTerminator). */
export function isSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isDigitUnit = (c: number) => c >= 0x30 && c <= 0x39;

/** Three digits anywhere (TABLE_ROW_MIN_NUMBERS number tokens hold at least that many). */
const THREE_DIGITS = /\d\D*\d\D*\d/;

export function isTableRow(text: string): boolean {
  // Each number token holds a digit: a line with fewer digits than the fewest numbers is no row (most prose).
  if (!THREE_DIGITS.test(text)) return false;
  // The tokens (runs of non-spaces) and the number tokens among them (all of a token reads [-+]?\d[\d,.]*: "-1 234"
  // is two, "-1" and "234"), counted in one pass over the line rather than with a pattern match per token.
  let tokens = 0;
  let numbers = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isSpaceUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    tokens++;
    let c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x2b) c = ++i < n ? text.charCodeAt(i) : 0x20;
    let number = isDigitUnit(c);
    for (; i < n; i++) {
      c = text.charCodeAt(i);
      if (isSpaceUnit(c)) break;
      if (number && !isDigitUnit(c) && c !== 0x2c && c !== 0x2e) number = false;
    }
    if (number) numbers++;
  }
  if (numbers < TABLE_ROW_MIN_NUMBERS) return false;
  return numbers / tokens >= TABLE_ROW_NUMBER_SHARE;
}

const STARTS_ITEM = /^[\p{Lu}\d•]/u;

/** Ends in one of . , ; : ! ? */
function endsPunctuated(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f;
}

/** STARTS_ITEM, with the answer for a first character in a–z, A–Z or 0–9 (most lines) read off its code. */
function startsItem(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c >= 0x41 && c <= 0x5a) || isDigitUnit(c)) return true;
  if (c >= 0x61 && c <= 0x7a) return false;
  return STARTS_ITEM.test(text);
}

function isHeading(text: string, next: string | undefined): boolean {
  if (text.length > HEADING_MAX_LENGTH || endsPunctuated(text)) return false;
  return next === undefined || startsItem(next);
}

/** BULLET, tried only when the first character is one a bullet starts with (• ▪ ● ◦ · * o - –). */
function startsBullet(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c !== 0x2022 && c !== 0x25aa && c !== 0x25cf && c !== 0x25e6 && c !== 0xb7 && c !== 0x2a && c !== 0x6f && c !== 0x2d && c !== 0x2013) return false;
  return BULLET.test(text);
}

/** How many white-space units `s` starts with (what trimStart removes). */
function leadingSpaces(s: string): number {
  let k = 0;
  while (k < s.length && isSpaceUnit(s.charCodeAt(k))) k++;
  return k;
}

/**
 * The non-blank lines of a report, each with where its text starts and ends without the white space around it
 * (what trim leaves), and how the prose runs over them: a table row breaks it, a heading ends a paragraph and a
 * bullet starts one. What a line is, is worked out when first asked, so a caller that needs a few paragraphs
 * looks at the lines of those paragraphs only.
 */
export class ProseLines {
  /** Index into the input lines of each non-blank line (the first `length` entries; there are as many as input
   * lines). Typed arrays of the full length: a report's lines, pushed one by one, would fill three growing arrays. */
  readonly index: Int32Array;
  /** Where the line's text starts and ends without white space. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** How many lines are non-blank. */
  readonly length: number;
  private readonly texts: (string | undefined)[];
  /** Whether each line is a table row: 0 not known yet, 1 a row, 2 not a row. */
  private readonly rows: Uint8Array;

  constructor(private readonly lines: Line[]) {
    this.index = new Int32Array(lines.length);
    this.from = new Int32Array(lines.length);
    this.to = new Int32Array(lines.length);
    let n = 0;
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i]!.text;
      const from = leadingSpaces(raw);
      if (from === raw.length) continue;
      let to = raw.length;
      while (isSpaceUnit(raw.charCodeAt(to - 1))) to--;
      this.index[n] = i;
      this.from[n] = from;
      this.to[n] = to;
      n++;
    }
    this.length = n;
    this.texts = new Array<string | undefined>(n).fill(undefined);
    this.rows = new Uint8Array(n);
  }

  /** Line k as the input has it, white space around it included. */
  raw(k: number): string {
    return this.lines[this.index[k]!]!.text;
  }

  /** Line k trimmed. */
  text(k: number): string {
    let t = this.texts[k];
    if (t === undefined) this.texts[k] = t = this.raw(k).slice(this.from[k], this.to[k]);
    return t;
  }

  isRow(k: number): boolean {
    let r = this.rows[k]!;
    if (r === 0) this.rows[k] = r = isTableRow(this.text(k)) ? 1 : 2;
    return r === 1;
  }

  /** Line k ends the paragraph it is in as a heading (what is below it starts another). */
  isHeading(k: number): boolean {
    return isHeading(this.text(k), k + 1 < this.length ? this.text(k + 1) : undefined);
  }

  /** Line k continues the paragraph of line k − 1: neither is a table row, k − 1 is no heading and k no bullet. */
  joined(k: number): boolean {
    return k > 0 && !this.isRow(k) && !this.isRow(k - 1) && !this.isHeading(k - 1) && !startsBullet(this.text(k));
  }

  /** The first and the last line of the paragraph that holds line k (a line that is no table row). */
  first(k: number): number {
    while (this.joined(k)) k--;
    return k;
  }

  last(k: number): number {
    while (k + 1 < this.length && this.joined(k + 1)) k++;
    return k;
  }

  /** The text of the paragraph of lines first…last: the lines joined by a space, and one after the last unless it
   * is a heading. */
  paragraphText(first: number, last: number): string {
    let text = '';
    for (let k = first; k <= last; k++) {
      text += this.text(k);
      if (k < last || !this.isHeading(k)) text += ' ';
    }
    return text;
  }
}

export function emptyStream(): ProseStream {
  return { paragraphs: [], length: 0, starts: [], lineIndex: [], lead: [] };
}

/** Adds the paragraph of lines first…last to the end of `stream`, one break after the paragraphs before it. */
export function appendParagraph(stream: ProseStream, prose: ProseLines, first: number, last: number): Paragraph {
  const start = stream.length;
  let at = start;
  for (let k = first; k <= last; k++) {
    stream.starts.push(at);
    stream.lineIndex.push(prose.index[k]!);
    stream.lead.push(prose.from[k]!);
    at += prose.to[k]! - prose.from[k]! + 1;
  }
  const p: Paragraph = { start, text: prose.paragraphText(first, last) };
  stream.paragraphs.push(p);
  stream.length = start + p.text.length + 1;
  return p;
}

/** Every paragraph of the prose. */
export function linesToStream(lines: Line[]): ProseStream {
  const prose = new ProseLines(lines);
  const stream = emptyStream();
  for (let k = 0; k < prose.length; k++) {
    if (prose.isRow(k)) continue;
    const last = prose.last(k);
    appendParagraph(stream, prose, k, last);
    k = last;
  }
  return stream;
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
  // Trimmed by offsets, so only the sentence itself is copied out.
  const whole = p.text;
  let a = from;
  let b = to;
  while (a < b && isSpaceUnit(whole.charCodeAt(a))) a++;
  while (b > a && isSpaceUnit(whole.charCodeAt(b - 1))) b--;
  if (a === b) return;
  const text = whole.slice(a, b);
  const at = p.start + a;
  out.push({ start: at, end: at + text.length, text, bullet: startsBullet(text), colon: whole.charCodeAt(b - 1) === 0x3a });
}

/** The sentences of one paragraph, with stream offsets. A match of SENTENCE_END is one character (the rest is
 * lookahead), so where it ends says where it is: the matches are found with `test`, which builds no match array. */
export function paragraphSentences(p: Paragraph, out: Sentence[]): void {
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
