// Given a claim phrase and a candidate cell, return how strongly what a reader sees ties them together:
// the row's label named in the clause or the sentence, the funksjonsområde (FO1 … FO4C) named in both,
// the table's title named, the table standing just before or after the text, a total row for a total claim.

import type { Table } from '../model.ts';
import { areaCodes } from './area-code.ts';
import { isLatin1Letter } from './label-similarity.ts';
import type { CellCandidate } from './cell-candidates.ts';

export const CONTEXT_WEIGHTS = {
  labelInClause: 3,
  labelInSentence: 2,
  areaCode: 2,
  title: 1.5,
  nearestTable: 1,
  totalRow: 0.5,
} as const;
export const DIRECT_ROW = 'names the row where the amount stands';
export const DIRECT_AREA = 'names the funksjonsområde';
/** A table this many lines away or less counts as standing with the text. */
const NEAR_TABLE_LINES = 150;
/** … or, for PDF input, this many pages away or less. */
const NEAR_TABLE_PAGES = 1;

const STOPWORDS = new Set(['og', 'i', 'til', 'for', 'av', 'med', 'på', 'sum', 'mv', 'inkl', 'kr', 'tall', 'tabell', 'netto', 'the']);
/** Amounts and units are not names: "1,300 mill." must not meet "Funksjonsområde 1", nor "i 1000 kr" a title. */
const AMOUNT_OR_UNIT = /\d[\d ]*,\d+|(?<![\p{L}\d])\d+\s*(?:mill\p{L}*|mrd|kr|kroner|prosent|%)|(?:tall\s+)?i\s+(?:1\s?000|tusen|hele)\s*(?:kr\.?|kroner)/giu;
const LETTER_RUNS = /\p{L}+/gu;
/** Every amount or unit caption above holds a digit, "tusen" or "hele" (same flags): most labels hold none. */
const MAY_HOLD_AMOUNT = /\d|tusen|hele/iu;
const TOTAL_WORDS = /(?<!\p{L})(?:totalt|samlet|sum|bydelen|området|funksjonsområde\p{L}*|fo[1-4]\p{L}*|netto|årsresultat\p{L}*)(?!\p{L})/iu;

/** "Tabell 0.1 B" in a title is a number, not a name. */
const TABLE_NUMBER = /tabell\s*[\d.]+\s*[a-z]?\b/iu;

export interface ClaimSite {
  sentence: string;
  clause: string;
  line: number;
  page?: number;
}

/** Content words of a text; numbers (KOSTRA function codes, years, amounts) are not names. */
export function tokens(s: string): string[] {
  const lower = s.toLowerCase();
  const text = MAY_HOLD_AMOUNT.test(lower) ? lower.replace(AMOUNT_OR_UNIT, ' ') : lower;
  const out: string[] = [];
  // The letter runs of a Latin-1 text (nearly all) are read off its characters: the u-flag pattern costs more.
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (c > 0xff) return (text.match(LETTER_RUNS) ?? []).filter(isContentWord);
    if (isLatin1Letter(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start > 1) {
        const t = text.slice(start, i);
        if (!STOPWORDS.has(t)) out.push(t);
      }
      start = -1;
    }
  }
  return out;
}

const isContentWord = (t: string) => t.length > 1 && !STOPWORDS.has(t);

/** The same word, allowing inflection ("barnevern"/"barnevernet") or an abbreviation/compound head ("omsorgstj."). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  let k = 0;
  while (k < n && a[k] === b[k]) k++;
  if (k < 5) return false;
  return (a.length - k <= 3 && b.length - k <= 3) || (k === n && n >= 8);
}

/** The words and area codes of each text one report's claims are scored with (clauses, sentences, labels,
 *  titles), each worked out once and only when asked for. */
export class SaidMemo {
  private readonly wordsOf = new Map<string, string[]>();
  private readonly codesOf = new Map<string, Set<string>>();

  words(text: string): string[] {
    let w = this.wordsOf.get(text);
    if (w === undefined) this.wordsOf.set(text, (w = tokens(text)));
    return w;
  }

  codes(text: string): Set<string> {
    let c = this.codesOf.get(text);
    if (c === undefined) this.codesOf.set(text, (c = areaCodes(text)));
    return c;
  }
}

/** Every content word of `label` appears (allowing inflection) in `text`, and so does its funksjonsområde code. */
function mentionedIn(memo: SaidMemo, text: string, label: string): boolean {
  const want = memo.words(label);
  if (want.length === 0) return false;
  const have = memo.words(text);
  if (!want.every((w) => have.some((h) => sameWord(w, h)))) return false;
  const codes = memo.codes(text);
  return [...memo.codes(label)].every((c) => codes.has(c));
}

export function mentions(text: string, label: string): boolean {
  return mentionedIn(new SaidMemo(), text, label);
}

function lineOf(t: Table): number | undefined {
  return t.line ?? t.rows[0]?.line;
}

/** The nearest table before and after the claim by line; for PDF input without table lines, tables on the same or a neighbouring page. */
function nearestTables(tables: Table[], site: ClaimSite): Set<string> {
  const byLine = tables.filter((t) => {
    const l = lineOf(t);
    return l !== undefined && Math.abs(l - site.line) <= NEAR_TABLE_LINES;
  });
  const before = byLine.filter((t) => (lineOf(t) ?? 0) <= site.line).sort((a, b) => (lineOf(b) ?? 0) - (lineOf(a) ?? 0))[0];
  const after = byLine.filter((t) => (lineOf(t) ?? 0) > site.line).sort((a, b) => (lineOf(a) ?? 0) - (lineOf(b) ?? 0))[0];
  const out = new Set([before?.id, after?.id].filter((x): x is string => x !== undefined));
  const page = site.page;
  if (page !== undefined) {
    for (const t of tables) if (lineOf(t) === undefined && t.page !== undefined && Math.abs(t.page - page) <= NEAR_TABLE_PAGES) out.add(t.id);
  }
  return out;
}

interface Scored {
  score: number;
  why: string[];
}

export interface ContextScorer {
  (c: CellCandidate): Scored;
}

function add(r: Scored, weight: number, reason: string): void {
  r.score += weight;
  r.why.push(reason);
}

export function contextScorer(site: ClaimSite, tables: Table[], areas: Map<string, string> = new Map(), memo = new SaidMemo()): ContextScorer {
  const near = nearestTables(tables, site);
  const totalClaim = TOTAL_WORDS.test(site.sentence);
  return (c) => {
    const r: Scored = { score: 0, why: [] };
    const label = c.table.rows[c.row]?.label ?? '';
    if (mentionedIn(memo, site.clause, label)) add(r, CONTEXT_WEIGHTS.labelInClause, DIRECT_ROW);
    else if (mentionedIn(memo, site.sentence, label)) add(r, CONTEXT_WEIGHTS.labelInSentence, 'names the row');
    const tableCodes = memo.codes(`${c.table.title ?? ''} ${label}`);
    const area = areas.get(c.table.id);
    if ([...memo.codes(site.sentence)].some((k) => tableCodes.has(k) || k === area)) add(r, CONTEXT_WEIGHTS.areaCode, DIRECT_AREA);
    if (c.table.title !== undefined && mentionedIn(memo, site.sentence, c.table.title.replace(TABLE_NUMBER, ''))) {
      add(r, CONTEXT_WEIGHTS.title, 'names the table');
    }
    if (near.has(c.table.id)) add(r, CONTEXT_WEIGHTS.nearestTable, 'next to the table');
    const kind = c.table.rows[c.row]?.kind;
    if (totalClaim && (kind === 'total' || kind === 'subtotal')) add(r, CONTEXT_WEIGHTS.totalRow, 'a total');
    return r;
  };
}
