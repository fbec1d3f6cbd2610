// Given report lines, return every phrase that states an amount of deviation from budget, with its kind and
// amount in kroner. An amount is a claim when a claim word governs it: the nearest keyword before it in its
// sentence is a claim word (not a budget/cost/transfer word) within reach, or a claim word follows it
// ("61,8 mill. i merforbruk"), or it is an item in a list introduced by a claim sentence ending in ':'.

import type { ClaimKind, Line } from '../model.ts';
import { amountNok, findAmounts, hintMaySpan, mayHoldAmount, type Amount } from './parse-amount.ts';
import { forwardKind, isChangeAfter, isForecast, keywordHits, resultSign, turnsClause, type KeywordHit } from './keywords.ts';
import { appendParagraph, emptyStream, lineAt, lineSpans, paragraphSentences, ProseLines, type LineSpan, type ProseStream, type Sentence } from './sentences.ts';
import { ALL_SPACES, SPACES } from '../patterns.ts';

/** Most words between a claim word and the amount it governs ("avvik … for funksjonsområde FO3 Helse og omsorg på kr"). */
const MAX_REACH_WORDS = 20;

export interface ClaimPhrase {
  text: string;
  kind: ClaimKind;
  amountNok: number;
  amount: Amount;
  /** Index into the input lines of the line where the phrase starts. */
  lineIndex: number;
  /** The stretch of each input line the phrase covers, first to last. */
  spans: LineSpan[];
  /** Estimates, forecasts and ranges are claims, but not about a printed outcome: never matched to a cell. */
  forecast: boolean;
  sentence: string;
  /** The words just before the amount (back to the previous amount): what a label mention is looked for in. */
  clause: string;
}

const LETTER = /\p{L}/u;

function wordsBetween(text: string, amounts: Amount[], from: number, to: number): number {
  let s = text.slice(from, to);
  for (const a of amounts) if (a.start >= from && a.end <= to) s = s.replace(text.slice(a.start, a.end), ' ');
  return s.split(SPACES).filter((w) => LETTER.test(w)).length;
}

interface Governor {
  kind: ClaimKind;
  directional: boolean;
  start: number;
}

/**
 * What governs amount `a`: a claim word after it, else the nearest keyword before it (reach counted from the
 * previous claim it governs, so a list "X (-39,8 mill.), Y (-28,4 mill.) og Z (+ 29,0 mill.)" stays one claim chain).
 */
function governor(s: Sentence, a: Amount, amounts: Amount[], hits: KeywordHit[], listKind: ClaimKind | undefined, chainEnd: number): Governor | undefined {
  const after = s.text.slice(a.end);
  if (isChangeAfter(after)) return undefined;
  const fk = forwardKind(after);
  if (fk !== undefined) return { kind: fk, directional: fk !== 'variance', start: a.start };
  const h = hits.filter((x) => x.end <= a.start).at(-1);
  const from = Math.max(h?.end ?? 0, chainEnd);
  if (h?.kind !== undefined && wordsBetween(s.text, amounts, from, a.start) <= MAX_REACH_WORDS && !turnsClause(s.text.slice(from, a.start))) {
    return { kind: h.kind, directional: h.directional, start: h.start };
  }
  const directionalList = listKind === 'overspend' || listKind === 'underspend';
  if (listKind !== undefined && h === undefined) {
    if (a.signed && directionalList) return { kind: a.value < 0 ? 'overspend' : 'underspend', directional: true, start: 0 };
    return { kind: listKind, directional: directionalList, start: 0 };
  }
  // "helse (-39,8 mill.) og økonomi (+ 29,0 mill.) har de største budsjettavvikene": a signed amount before the claim word.
  const later = hits.find((x) => x.start >= a.end);
  if (h === undefined && a.signed && later?.kind !== undefined && !later.directional) return { kind: later.kind, directional: false, start: 0 };
  return undefined;
}

function signedNok(a: Amount, g: Governor, before: string): number {
  const nok = amountNok(a);
  if (g.directional) return Math.abs(nok);
  if (!a.signed) return resultSign(before) * nok;
  return nok;
}

const SPACE_OR_CLOSE = /[\s)\]]/u;

const CLAUSE_BREAKS = /[,;]\s*|\s(?:og|men|samt|hvorav|herav|mens)\s/gu;

/** Where the phrase starts: at its claim word, or, after an earlier amount, at the last clause break before it. */
function phraseStart(s: Sentence, a: Amount, amounts: Amount[], g: Governor): number {
  const prev = amounts.filter((x) => x.end <= a.start && x.end > g.start).at(-1);
  if (prev === undefined) return g.start;
  const between = s.text.slice(prev.end, a.start);
  const breaks = [...between.matchAll(CLAUSE_BREAKS)];
  const last = breaks.at(-1);
  let start = prev.end + (last === undefined ? 0 : (last.index ?? 0) + last[0].length);
  while (start < a.start && SPACE_OR_CLOSE.test(s.text[start] ?? '')) start++;
  return s.text.slice(start, a.start).startsWith('kroner') ? start + 'kroner'.length : start;
}

/** `listKind`: the kind of the list header above a bullet; undefined for a sentence that is no bullet. */
export function sentencePhrases(stream: ProseStream, s: Sentence, listKind: (() => ClaimKind | undefined) | undefined): ClaimPhrase[] {
  const amounts = findAmounts(s.text);
  // Most sentences hold no amount: they are never claims, so their keywords are not looked for.
  if (amounts.length === 0) return [];
  const hits = keywordHits(s.text);
  const kindOfList = listKind?.();
  const out: ClaimPhrase[] = [];
  let chainEnd = -1;
  for (const a of amounts) {
    const g = governor(s, a, amounts, hits, kindOfList, chainEnd);
    if (g === undefined) continue;
    chainEnd = a.end;
    const before = s.text.slice(0, a.start);
    const start = phraseStart(s, a, amounts, g);
    const prevEnd = amounts.filter((x) => x.end <= a.start).at(-1)?.end ?? 0;
    const first = lineAt(stream, s.start + start);
    out.push({
      text: s.text.slice(start, a.end).replace(ALL_SPACES, ' ').trim(),
      kind: g.kind,
      amountNok: signedNok(a, g, before),
      amount: a,
      lineIndex: first,
      spans: lineSpans(stream, s.start + start, s.start + a.end),
      forecast: a.rangeHigh !== undefined || isForecast(before),
      sentence: s.text,
      clause: s.text.slice(prevEnd, a.start),
    });
  }
  return out;
}

/** The kind a list header (a claim sentence ending in ':') hands to its items. */
export function listHeaderKind(s: Sentence): ClaimKind | undefined {
  if (!s.colon) return undefined;
  return keywordHits(s.text).find((h) => h.kind !== undefined)?.kind;
}

/**
 * The list header so far: the last sentence that is no bullet, whose kind a bullet below it takes. Only paragraphs
 * that may hold an amount are read (most of a report is not); only a bullet with an amount asks which sentence of
 * the lines passed over was the last that is no bullet, and their paragraphs are cut then, the last first.
 */
class ListHeader {
  private header: Sentence | undefined;
  private known = false;
  private headerKind: ClaimKind | undefined;
  /** The lines before this one are read: the header is the last sentence in them that is no bullet. */
  private readTo = 0;
  /** First line of the paragraph being read. */
  private openedAt = 0;

  constructor(private readonly prose: ProseLines) {}

  /** The paragraph of lines first… is read from here on. */
  open(first: number): void {
    this.openedAt = first;
  }

  /** A sentence that is no bullet, of the paragraph being read: the header from here on. */
  set(s: Sentence): void {
    this.header = s;
    this.known = false;
    this.readTo = this.openedAt;
  }

  /** The paragraph being read ends at line last, every sentence in it passed to set or to kind. */
  close(last: number): void {
    if (this.readTo === this.openedAt) this.readTo = last + 1;
  }

  /** listHeaderKind of the header, looked up once. */
  kind(): ClaimKind | undefined {
    const prose = this.prose;
    const sentences: Sentence[] = [];
    for (let k = this.openedAt - 1; k >= this.readTo; ) {
      if (prose.isRow(k)) {
        k--;
        continue;
      }
      const first = prose.first(k);
      sentences.length = 0;
      paragraphSentences({ start: 0, text: prose.paragraphText(first, k) }, sentences);
      const last = sentences.findLast((s) => !s.bullet);
      if (last !== undefined) {
        this.header = last;
        this.known = false;
        break;
      }
      k = first - 1;
    }
    this.readTo = this.openedAt;
    if (this.header === undefined) return undefined;
    if (!this.known) this.headerKind = listHeaderKind(this.header);
    this.known = true;
    return this.headerKind;
  }
}

/** Whether prose line k may hold an amount, or its start: the amount hint in the line, or across the space that
 * joins it to the next (each of a paragraph's amounts, mayHoldAmount, is one of the two). */
function mayHoldAmountPart(prose: ProseLines, k: number): boolean {
  if (k + 1 < prose.length && hintMaySpan(prose.raw(k), prose.to[k]!, prose.raw(k + 1), prose.from[k + 1]!)) return true;
  // (The hint starts and ends outside white space: it matches the line as the input has it where it matches it trimmed.)
  return mayHoldAmount(prose.raw(k));
}

export function findClaimPhrases(lines: Line[]): ClaimPhrase[] {
  const prose = new ProseLines(lines);
  const stream = emptyStream();
  const out: ClaimPhrase[] = [];
  const list = new ListHeader(prose);
  const listKind = () => list.kind();
  const sentences: Sentence[] = [];
  for (let k = 0; k < prose.length; k++) {
    // A sentence without an amount gives no phrase: only the paragraphs that may hold one are built and cut.
    if (!mayHoldAmountPart(prose, k) || prose.isRow(k)) continue;
    const first = prose.first(k);
    const last = prose.last(k);
    k = last;
    const p = appendParagraph(stream, prose, first, last);
    if (!mayHoldAmount(p.text)) continue;
    list.open(first);
    sentences.length = 0;
    paragraphSentences(p, sentences);
    for (const s of sentences) {
      out.push(...sentencePhrases(stream, s, s.bullet ? listKind : undefined));
      if (!s.bullet) list.set(s);
    }
    list.close(last);
  }
  return out;
}
