// Given report lines, return every phrase that states an amount of deviation from budget, with its kind and
// amount in kroner. An amount is a claim when a claim word governs it: the nearest keyword before it in its
// sentence is a claim word (not a budget/cost/transfer word) within reach, or a claim word follows it
// ("61,8 mill. i merforbruk"), or it is an item in a list introduced by a claim sentence ending in ':'.

import type { ClaimKind, Line } from '../model.ts';
import { amountNok, findAmounts, type Amount } from './parse-amount.ts';
import { forwardKind, isChangeAfter, isForecast, keywordHits, resultSign, turnsClause, type KeywordHit } from './keywords.ts';
import { lineAt, lineSpans, linesToStream, streamToSentences, type LineSpan, type ProseStream, type Sentence } from './sentences.ts';
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

function sentencePhrases(stream: ProseStream, s: Sentence, listKindOf: () => ClaimKind | undefined): ClaimPhrase[] {
  const amounts = findAmounts(s.text);
  // Most sentences hold no amount: they are never claims, so their keywords are not looked for.
  if (amounts.length === 0) return [];
  const hits = keywordHits(s.text);
  const listKind = listKindOf();
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

/** listHeaderKind, looked up only when an item below the header holds an amount, and then once. */
function lazyListKind(header: Sentence): () => ClaimKind | undefined {
  let known = false;
  let kind: ClaimKind | undefined;
  return () => {
    if (!known) kind = listHeaderKind(header);
    known = true;
    return kind;
  };
}

const NO_LIST = (): ClaimKind | undefined => undefined;

export function findClaimPhrases(lines: Line[]): ClaimPhrase[] {
  const stream = linesToStream(lines);
  const out: ClaimPhrase[] = [];
  let listKind = NO_LIST;
  for (const s of streamToSentences(stream)) {
    out.push(...sentencePhrases(stream, s, s.bullet ? listKind : NO_LIST));
    if (!s.bullet) listKind = lazyListKind(s);
  }
  return out;
}
