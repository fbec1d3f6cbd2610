// Given report lines, return every phrase that states an amount of deviation from budget, with its kind and
// amount in kroner. An amount is a claim when a claim word governs it: the nearest keyword before it in its
// sentence is a claim word (not a budget/cost/transfer word) within reach, or a claim word follows it
// ("61,8 mill. i merforbruk"), or it is an item in a list introduced by a claim sentence ending in ':'.

import type { ClaimKind, Line } from '../model.ts';
import { amountNok, findAmounts, mayHoldAmount, type Amount } from './parse-amount.ts';
import { forwardKind, isChangeAfter, isForecast, keywordHits, resultSign, turnsClause, type KeywordHit } from './keywords.ts';
import { lineAt, lineSpans, linesToStream, paragraphSentences, type LineSpan, type Paragraph, type ProseStream, type Sentence } from './sentences.ts';
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

/** `list`: the list header above a bullet; undefined for a sentence that is no bullet. */
function sentencePhrases(stream: ProseStream, s: Sentence, list: ListHeader | undefined): ClaimPhrase[] {
  const amounts = findAmounts(s.text);
  // Most sentences hold no amount: they are never claims, so their keywords are not looked for.
  if (amounts.length === 0) return [];
  const hits = keywordHits(s.text);
  const listKind = list?.kind();
  const out: ClaimPhrase[] = [];
  let chainEnd = -1;
  for (const a of amounts) {
    const g = governor(s, a, amounts, hits, listKind, chainEnd);
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
function listHeaderKind(s: Sentence): ClaimKind | undefined {
  if (!s.colon) return undefined;
  return keywordHits(s.text).find((h) => h.kind !== undefined)?.kind;
}

/**
 * The list header so far: the last sentence that is no bullet, whose kind a bullet below it takes. Paragraphs that
 * can hold no amount give no phrase and are not cut into sentences (most of a report); only a bullet with an
 * amount asks which of their sentences was the last that is no bullet, and they are cut then, the last first.
 */
class ListHeader {
  private header: Sentence | undefined;
  private readonly skipped: Paragraph[] = [];
  private known = false;
  private headerKind: ClaimKind | undefined;

  /** A sentence that is no bullet: the header from here on. */
  set(s: Sentence): void {
    this.header = s;
    this.skipped.length = 0;
    this.known = false;
  }

  /** A paragraph passed over uncut. */
  skip(p: Paragraph): void {
    this.skipped.push(p);
  }

  /** listHeaderKind of the header, looked up once. */
  kind(): ClaimKind | undefined {
    for (let k = this.skipped.length - 1; k >= 0; k--) {
      const sentences: Sentence[] = [];
      paragraphSentences(this.skipped[k]!, sentences);
      let last: Sentence | undefined;
      for (const s of sentences) if (!s.bullet) last = s;
      if (last !== undefined) {
        this.set(last);
        break;
      }
    }
    this.skipped.length = 0;
    if (this.header === undefined) return undefined;
    if (!this.known) this.headerKind = listHeaderKind(this.header);
    this.known = true;
    return this.headerKind;
  }
}

export function findClaimPhrases(lines: Line[]): ClaimPhrase[] {
  const stream = linesToStream(lines);
  const out: ClaimPhrase[] = [];
  const list = new ListHeader();
  const sentences: Sentence[] = [];
  for (const p of stream.paragraphs) {
    // No sentence of a paragraph without an amount holds one (mayHoldAmount), and a sentence without one gives no phrase.
    if (!mayHoldAmount(p.text)) {
      list.skip(p);
      continue;
    }
    sentences.length = 0;
    paragraphSentences(p, sentences);
    for (const s of sentences) {
      out.push(...sentencePhrases(stream, s, s.bullet ? list : undefined));
      if (!s.bullet) list.set(s);
    }
  }
  return out;
}
