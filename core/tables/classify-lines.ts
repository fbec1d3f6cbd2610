// Given report lines, say what each one is for the table finder: blank, a table row (a label and a run of
// numbers at its end), a header line (column names, years), a short label line, or running prose.

import type { Line } from '../model.ts';
import { isSpaceChar, lastWordNoToken, NO_TOKENS, spaceAt, splitRow, type SplitRow } from '../numbers/tokens.ts';
import { onlyColumnNames, STARTS_COLUMN_NAME } from './header.ts';
import { DIGIT, SPACES, STARTS_UPPER } from '../patterns.ts';

export type LineKind = 'blank' | 'row' | 'header' | 'label' | 'prose';

export interface ClassifiedLine {
  line: Line;
  kind: LineKind;
  split: SplitRow;
  /** The unit a row prints with its amount in words ("2,1 millioner"), as a unit statement would name it. */
  unit?: string;
  /** Codes printed after the row's amounts (voucher numbers), taken off its tokens. */
  codes?: string[];
  /** A running head or foot (or its page number) that was set aside: a page ends or begins here. */
  pageBreak?: boolean;
}

const HEADER_WORD =
  /(?:^|[^\p{L}])(?:regnskap|budsjett|oppr\.?|opprinnelig|regulert|justert|avvik|overf[øo]rte?|endring|måltall|mål|resultat|prognose|vedtatt|dok\.?\s*3|beløp|prosjektnummer|møter|saker|år|jan|feb|mars|april|mai|juni|juli|aug|sept?|okt|nov|des)(?=[^\p{L}]|$)/iu;
/** The words HEADER_WORD names, spelled out (its optional letters expanded; "dok 3" is tested apart). */
const HEADER_WORDS = new Set(['regnskap', 'budsjett', 'oppr', 'opprinnelig', 'regulert', 'justert', 'avvik', 'overført', 'overførte',
  'overfort', 'overforte', 'endring', 'måltall', 'mål', 'resultat', 'prognose', 'vedtatt', 'beløp', 'prosjektnummer', 'møter',
  'saker', 'år', 'jan', 'feb', 'mars', 'april', 'mai', 'juni', 'juli', 'aug', 'sep', 'sept', 'okt', 'nov', 'des']);

/** HEADER_WORD.test(t), fast: that regex tries its whole alternation at every position of every line. A word
 * can only match as a whole run of letters, so Latin-1 text is read run by run through a trie of the words;
 * anything beyond U+00FF (other letters, other case foldings) is left to the regex. */
function hasHeaderWord(t: string): boolean {
  return hasHeaderWordIn(t, 0, t.length);
}

/** hasHeaderWord(t.slice(from, to)), without the copy. */
function hasHeaderWordIn(t: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const c = t.charCodeAt(i);
    if (c > 0xff) return HEADER_WORD.test(t.slice(from, to));
    if (!isLatin1Letter(c)) {
      i++;
      continue;
    }
    // Walk the trie while the run matches a word's beginning (node 0 is the root, -1 no word).
    let node = 0;
    let j = i;
    for (; j < to; j++) {
      const d = t.charCodeAt(j);
      if (d > 0xff) return HEADER_WORD.test(t.slice(from, to));
      if (!isLatin1Letter(d)) break;
      if (node >= 0) {
        const sym = TRIE_SYMBOL[d]!;
        node = sym < 0 ? -1 : TRIE_NEXT[node * TRIE_SYMBOLS + sym]!;
      }
    }
    if (node > 0 && TRIE_END[node] === WORD_END) return true;
    if (node > 0 && TRIE_END[node] === DOK_END) {
      const dok = dok3After(t, j, to);
      if (dok !== false) return dok ?? HEADER_WORD.test(t.slice(from, to));
    }
    i = j;
  }
  return false;
}

/** The words' trie as flat arrays: symbols are the words' letters in either case; TRIE_NEXT[node × symbols +
 * symbol] is the child (-1 none); TRIE_END says whether a word (or "dok", which heads a column when "3" follows)
 * ends at a node. */
const TRIE_WORDS = [...HEADER_WORDS, 'dok'];
const TRIE_LETTERS = [...new Set(TRIE_WORDS.join(''))];
const TRIE_SYMBOLS = TRIE_LETTERS.length;
const TRIE_SYMBOL = new Int8Array(256).fill(-1);
for (let c = 0; c < 256; c++) TRIE_SYMBOL[c] = TRIE_LETTERS.indexOf(String.fromCharCode(latin1Lower(c)));
const WORD_END = 1;
const DOK_END = 2;
const TRIE_NODES = 1 + TRIE_WORDS.reduce((a, w) => a + w.length, 0);
const TRIE_NEXT = new Int16Array(TRIE_NODES * TRIE_SYMBOLS).fill(-1);
const TRIE_END = new Uint8Array(TRIE_NODES);
{
  let nodes = 1;
  for (const w of TRIE_WORDS) {
    let node = 0;
    for (const ch of w) {
      const at = node * TRIE_SYMBOLS + TRIE_LETTERS.indexOf(ch);
      if (TRIE_NEXT[at]! < 0) TRIE_NEXT[at] = nodes++;
      node = TRIE_NEXT[at]!;
    }
    TRIE_END[node] = w === 'dok' ? DOK_END : WORD_END;
  }
}

/** After "dok" (in t up to `to`): `\.?\s*3` and no letter (HEADER_WORD's "dok\.?\s*3" alternative); undefined
 * beyond Latin-1. */
function dok3After(t: string, k: number, to: number): boolean | undefined {
  if (k < to && t.charCodeAt(k) === 0x2e) k++;
  while (k < to && isSpaceChar(t.charCodeAt(k))) k++;
  if (k >= to || t.charCodeAt(k) !== 0x33) return k < to && t.charCodeAt(k) > 0xff ? undefined : false;
  if (k + 1 >= to) return true;
  const next = t.charCodeAt(k + 1);
  return next > 0xff ? undefined : !isLatin1Letter(next);
}

/** toLowerCase() of one character up to U+00FF (A–Z, À–Þ but ×). */
function latin1Lower(c: number): number {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

/** \p{L} for characters up to U+00FF. */
function isLatin1Letter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return c >= 0xc0 ? c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb5 || c === 0xba;
}
const HAS_YEAR_OR_DATE = /(?:19|20)\d\d|\d\)/;
const DOK3 = /^dok\.?\s*3(?:\s+(?:19|20)\d\d)?$/i;
const YEARISH = /^(?:(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?|\d\d\.\d\d\.(?:19|20)\d\d|\d\.\s*tertial|[A-ZÆØÅ]?\d\))$/;
/** A row label longer than this (in words) is a sentence, not a label. */
const MAX_LABEL_WORDS = 14;
const MAX_LABEL_LENGTH = 110;
const MAX_SHORT_LINE = 70;
const MAX_HEADER_LINE = 300;

/** Words separated by white space (what `s.split(/\s+/).filter(Boolean).length` counts, without the array), counted
 * up to one more than MAX_LABEL_WORDS: no caller tells more words apart (a label of prose is long). */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceChar(s.charCodeAt(i));
    if (!space && !inWord && ++n > MAX_LABEL_WORDS) return n;
    inWord = !space;
  }
  return n;
}

const ONE_OR_TWO = /^[12]$/;
const THREE_DIGITS = /^\d{3}$/;

/** A run of three or more consecutive years, each printed as "2 016". */
export function spacedYears(split: SplitRow): boolean {
  const t = split.tokens;
  if (t.length < 6 || t.length % 2) return false;
  let prev = 0;
  for (let i = 0; i < t.length; i += 2) {
    const y = Number(`${t[i]!.text}${t[i + 1]!.text}`);
    if (!ONE_OR_TWO.test(t[i]!.text) || !THREE_DIGITS.test(t[i + 1]!.text) || y < 1900 || y > 2099 || (prev && y !== prev + 1)) return false;
    prev = y;
  }
  return true;
}

/** A digit, searched for with `test` from lastIndex (no match object). */
const DIGIT_AHEAD = /\d/g;

const NO_YEAR_WORDS = { yearish: 0, otherNumbers: 0 };

const PARENS_AND_COLONS = /[(),:]/g;

/** How many words of t (as `split(/\s+/)` cuts them) are YEARISH once stripped of parentheses, commas and colons,
 * and how many others hold a digit. (YEARISH needs a digit: only the words that hold one are read, found by the
 * pattern and read in place; and only a word of YEARISH's lengths that starts with a digit once stripped is cut
 * out and tested: its last alternative, ending in ")", can match no stripped word.) */
function yearWords(t: string): { yearish: number; otherNumbers: number } {
  let yearish = 0;
  let otherNumbers = 0;
  DIGIT_AHEAD.lastIndex = 0;
  while (DIGIT_AHEAD.test(t)) {
    const at = DIGIT_AHEAD.lastIndex - 1;
    const start = wordStart(t, at);
    const end = spaceAt(t, at);
    if (mayBeYearish(t, start, end) && YEARISH.test(t.slice(start, end).replace(PARENS_AND_COLONS, ''))) yearish++;
    else otherNumbers++;
    DIGIT_AHEAD.lastIndex = end;
  }
  return { yearish, otherNumbers };
}

/** `\d` (ASCII digits). */
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Whether t[start, end) stripped of "(),:" has a length a YEARISH word can have (4, 7, 9 or 10: "2024",
 * "2023-24", "2023-2024" or "2.tertial", "31.12.2024") and starts with a digit. */
function mayBeYearish(t: string, start: number, end: number): boolean {
  let n = 0;
  let first = -1;
  for (let k = start; k < end; k++) {
    const c = t.charCodeAt(k);
    if (c === 0x28 || c === 0x29 || c === 0x2c || c === 0x3a) continue;
    if (first < 0) first = c;
    if (++n > 10) return false;
  }
  return (n === 4 || n === 7 || n === 9 || n === 10) && isDigit(first);
}

/** Where the word (as `split(/\s+/)` cuts them) holding t[at] starts. */
function wordStart(t: string, at: number): number {
  while (at > 0 && !isSpaceChar(t.charCodeAt(at - 1))) at--;
  return at;
}

/** Whether at most `most` words of a trimmed line hold no column word (read from its start, up to the one too many). */
function fewOtherWords(t: string, most: number): boolean {
  let others = 0;
  for (let start = 0; start < t.length; ) {
    const end = spaceAt(t, start);
    if (!hasHeaderWordIn(t, start, end) && ++others > most) return false;
    start = end;
    while (start < t.length && isSpaceChar(t.charCodeAt(start))) start++;
  }
  return true;
}

/** `/[.:;!?]\s*$/.test(t)` of a trimmed text: its last character. */
function endsPunctuated(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  return c === 0x2e || c === 0x3a || c === 0x3b || c === 0x21 || c === 0x3f;
}

/** `digit`: whether the line holds a digit (classifyLine tests that once for all the patterns that need one). */
function isHeaderLine(text: string, split: SplitRow, digit: boolean): boolean {
  const t = text.trim();
  if (!t) return false;
  // Years printed with a thousands space ("BPA 2 016 2 017 2 018 …") still head columns.
  if (spacedYears(split)) return true;
  // "Dok 3" (the revised-budget document) names a column; its 3 is no value.
  if (digit && DOK3.test(t)) return true;
  // Column names only, however many ("Totalt Totalt Menn % Kvinner % Totalt Menn % …").
  if (split.tokens.every((tk) => tk.kind === 'nil') && mayBeColumnNames(t) && onlyColumnNames(t)) return true;
  // Fast paths: a row ending in amounts is no header; a header has a year or a column word.
  if (split.tokens.some((tk) => !tk.year && tk.kind !== 'nil')) return false;
  // Without a digit nothing below is yearish, and then only a short line can head columns (prose mostly). Tested
  // before the header words: long prose lines are half the text, and the word scan reads every letter of them.
  const short = t.length <= MAX_SHORT_LINE;
  if (!short && !digit) return false;
  // Without a digit a line has no year and no token but nil marks: only its column words and a short line of
  // them, not ending a sentence, can make it a header (the last test below).
  if (!digit && (split.tokens.length > 0 || endsPunctuated(t))) return false;
  // A long line without a year is no header whatever its words (every test below that a long line can pass needs
  // one): its years are counted first, and the header words are looked for only when it has one.
  const longYears = short ? undefined : yearWords(t);
  if (longYears && longYears.yearish === 0) return false;
  if (!(digit && HAS_YEAR_OR_DATE.test(t)) && !hasHeaderWord(t)) return false;
  // A caption that carries its column years ("Meldere i nye saker 2022 2023 2024", "… Måltall 2024 Snitt 2024").
  const { yearish, otherNumbers } = longYears ?? (digit ? yearWords(t) : NO_YEAR_WORDS);
  if (yearish >= 2 && otherNumbers === 0 && t.length <= MAX_HEADER_LINE && !endsPunctuated(t)) return true;
  // Only years and dates ("2022 2023 2024", "01.01.2024 01.01.2025 Endring").
  if (split.tokens.length === 0 || split.tokens.every((tk) => tk.year)) {
    // The column words are counted only where a test below can use them (most lines are long prose).
    const wide = yearish >= 2 && t.length <= MAX_HEADER_LINE;
    if (yearish === 0 && !short && !wide) return false;
    // A line neither short nor wide can pass the first test only: all its words but one are years or column
    // words. Prose fails that within its first few words.
    if (!short && !wide && !fewOtherWords(t, 1 + yearish)) return false;
    // (The words of t, as `t.split(/\s+/)` cuts them, read in place: t is trimmed, so none is empty.)
    let words = 0;
    let keywords = 0;
    for (let start = 0; start < t.length; words++) {
      const end = spaceAt(t, start);
      if (hasHeaderWordIn(t, start, end)) keywords++;
      start = end;
      while (start < t.length && isSpaceChar(t.charCodeAt(start))) start++;
    }
    if (yearish > 0 && yearish + keywords >= words - 1) return true;
    if (keywords && short && (words <= 4 || keywords >= 2 || keywords / words >= 0.34) && !endsPunctuated(t)) return true;
    // A whole header row on one line (HTML tables, wide PDFs): several column words, years between them.
    if (keywords >= 3 && wide && keywords / words >= 0.2) return true;
  }
  return false;
}

/** Whether a trimmed line's first word can start a line of column names only (onlyColumnNames asks that of every
 * word: "%", a column name's start word, or "Totalt"): a cheap test that spares most lines its split into words.
 * A start word holds no white space, so the line starts with one exactly when its first word does. */
function mayBeColumnNames(t: string): boolean {
  return MAY_BE_COLUMN_NAMES.test(t);
}
const FIRST_WORD_PERCENT_OR_TOTALT = /^(?:%|totalt)(?=\s|$)/i;
/** FIRST_WORD_PERCENT_OR_TOTALT or startsColumnName (of a trimmed line), as one pattern. */
const MAY_BE_COLUMN_NAMES = new RegExp(`${FIRST_WORD_PERCENT_OR_TOTALT.source}|${STARTS_COLUMN_NAME.source}`, 'i');

/** A label word after which a number belongs to the label: "innen 3 (måneder)", "over 80 (år)". */
const WRAPS_AFTER = /\b(?:innen|over|under|etter|før|siste|første|minst|maks|inntil|mellom)$/i;
const UNIT_LINE = /^\(?(?:tall|beløp|beløpene)\s+(?:er\s+)?i\s+(?:1\s?000|hele|tusen|mill|mrd|kroner|kr)\b[^\d]*$/i;
const NO_SPLIT: SplitRow = { label: '', tokens: NO_TOKENS };

/** A note on the cell above, in parentheses: a figure and a word ("(+4 amb.l.)", "(+24,5 amb.l.)"). */
export const CELL_NOTE = /^\([+-−]?\d[\d ,.]*\s*\p{L}[^()]*\)$/u;

const BILLIONS = /mrd|milliard/i;
const PERCENT_OR_N = /^(?:%|\(N\))$/i;
const SENTENCE_BREAK = /[.!?]\s+\p{Lu}\p{Ll}/u;
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;

const ABBREVIATION_DOT = /\b(?:kr|mill|inkl|ca|jf|nr|kap|pr|bl\.a|oppr|reg|bud|utg|omr|f\.o\.m|t\.o\.m|Funk|bef|y\.disp|gj|gj\.sn|mnd|ant|stk|tlf|avd|st)\./gi;

export function classifyLine(line: Line): ClassifiedLine {
  return classifyTestedLine(line, undefined);
}

/** classifyLine, for a caller that has tested the line for a digit already (`digit`; undefined: not tested). */
export function classifyTestedLine(line: Line, digit: boolean | undefined): ClassifiedLine {
  const text = line.text.trim();
  if (!text) return { line, kind: 'blank', split: NO_SPLIT };
  // A note under a cell is no label and no row: the row's cells go on after it.
  if (text.charCodeAt(0) === 40 && CELL_NOTE.test(text)) return { line, kind: 'blank', split: NO_SPLIT };
  if (text.length > MAX_HEADER_LINE) return { line, kind: 'prose', split: { label: text, tokens: NO_TOKENS } };
  // "Tall i 1000", "Beløp i hele kroner": a unit line, whatever number it names.
  if (UNIT_LINE.test(text)) return { line, kind: 'label', split: NO_SPLIT };
  // Half the lines hold no digit: then no amount row, "Dok 3", year or comment row can be there, and the patterns
  // that look for one are not run.
  digit ??= DIGIT.test(text);
  const priced = digit ? amountRow(text) : undefined;
  if (priced) return { line, kind: 'row', split: priced, unit: BILLIONS.test(text) ? 'mrd. kroner' : 'mill. kroner' };
  // A line whose last word can be no token has none, and then no test reads its split's label (only a row's label
  // is read, here and later): it is not cut out.
  const split = lastWordNoToken(text) >= 0 ? NO_SPLIT : splitRow(text);
  if (isHeaderLine(text, split, digit)) return { line, kind: 'header', split };
  // A lone dash after words is a broken line or a nil mark, not a row of numbers (several nil marks are a row
  // whose cells are all empty: "Sysselsettingsandel 25-66 år N.A N.A N.A N.A N.A").
  // A lone "%" or "(N)" is a piece of a column name stacked word by word ("Menn / % / Total / (N)").
  if (split.tokens.length === 1 && split.tokens[0]!.kind === 'nil' && (split.label || PERCENT_OR_N.test(text))) {
    return classifyText(line, text, NO_SPLIT);
  }
  if (split.tokens.length > 0) {
    const w = wordCount(split.label);
    const sentence = w > MAX_LABEL_WORDS || split.label.length > MAX_LABEL_LENGTH || sentenceBreak(split.label);
    const numericChars = split.tokens.reduce((n, t) => n + t.text.length, 0);
    // One number after a long run of words is prose ("… et merforbruk på 2,4"), unless the label is short.
    // A small number after a preposition ends a label that wraps ("Andel saker avsluttet innen 3 / måneder …").
    const wrapped = split.tokens.length === 1 && ONE_OR_TWO_DIGITS.test(split.tokens[0]!.text) && WRAPS_AFTER.test(split.label);
    if (wrapped) return classifyText(line, text, NO_SPLIT);
    if (!sentence && !(split.tokens.length === 1 && w > 8 && numericChars < 6)) return { line, kind: 'row', split };
    return { line, kind: 'prose', split };
  }
  const commented = digit ? commentRow(text) : undefined;
  if (commented) return { line, kind: 'row', split: commented };
  return classifyText(line, text, split);
}

/** SENTENCE_BREAK in a label once its abbreviations' dots are gone. (Taking an abbreviation out leaves a stop before
 * white space only where its own dot stood before that white space: a label with no stop before white space has
 * no break, and is not copied.) */
function sentenceBreak(label: string): boolean {
  return STOP_BEFORE_SPACE.test(label) && SENTENCE_BREAK.test(label.replace(ABBREVIATION_DOT, ''));
}

/** A label, one amount in words of millions, and a few words more: "Husleiekontrakt Bikuben barnehage 2,1 millioner
 * Oktober 2028". */
const AMOUNT_ROW = /^(\p{L}.*?\S)\s+(-?\d{1,3}(?:\s\d{3})*(?:,\d+)?)\s+(?:millioner|mill\.?|mrd\.?|milliarder)(?=\s|$)(.*)$/iu;
const MAX_AMOUNT_TAIL_WORDS = 6;
const PROSE_BEFORE_AMOUNT = /\s(?:på|av|med|til|om|ca\.?|over|under|er|var|utgjør|utgjorde|totalt|omlag|om lag|rundt|nesten|cirka)$/i;

const AMOUNT_IN_WORDS = /\d\s+(?:millioner|mill|mrd|milliarder)/i;
const STOP_BEFORE_SPACE = /[.!?]\s/;
const STARTS_KRONER = /^\s*(?:kr|kroner|nok)\b/i;

/**
 * A row that prints its amount with the word for its unit ("11,2 millioner") and then a short text cell (when the
 * contract ends: "April 2025 (opsjon 1+1)"): the amount is the row's value; the text after it is no value (a
 * year in it least of all).
 */
function amountRow(text: string): SplitRow | undefined {
  if (!AMOUNT_IN_WORDS.test(text)) return undefined;
  const m = AMOUNT_ROW.exec(text);
  if (!m || wordCount(m[3]!) > MAX_AMOUNT_TAIL_WORDS || wordCount(m[1]!) > MAX_LABEL_WORDS || STOP_BEFORE_SPACE.test(m[1]!)) return undefined;
  // Running text names amounts after a preposition or verb and goes on in kroner ("et merforbruk på 2,3 mill.
  // kroner"): that is no row.
  if (PROSE_BEFORE_AMOUNT.test(m[1]!) || STARTS_KRONER.test(m[3]!)) return undefined;
  const at = m[1]!.length + text.slice(m[1]!.length).indexOf(m[2]!);
  const { tokens } = splitRow(m[2]!);
  if (!tokens.length) return undefined;
  return { label: m[1]!, tokens: tokens.map((t) => ({ ...t, start: t.start + at })) };
}

/** Words a comment cell may run to after a row's numbers. */
const MAX_COMMENT_WORDS = 6;
/** Number cells before the comment: fewer is a sentence that names a figure. */
const MIN_COMMENTED_CELLS = 3;

const WIDE_GAP_BETWEEN_FIGURES = /\d\s{2,}-?\d/;

/**
 * A row that ends in a comment column ("Kjøp biler 105072 20 0   5 000   4 960   40 Kjøp biler -ferdigstilt"):
 * a run of numbers, some of them set apart by wide gaps, then a few words without digits. The comment is no
 * value; the row is read from the numbers before it.
 */
function commentRow(text: string): SplitRow | undefined {
  if (!WIDE_GAP_BETWEEN_FIGURES.test(text)) return statusRow(text);
  const words = text.split(SPACES);
  for (let n = 1; n <= MAX_COMMENT_WORDS && n < words.length; n++) {
    const w = words[words.length - n]!;
    if (DIGIT.test(w)) {
      if (n === 1) return undefined;
      const cut = text.lastIndexOf(w) + w.length;
      const split = splitRow(text.slice(0, cut));
      return split.tokens.length >= MIN_COMMENTED_CELLS && split.label && wordCount(split.label) <= MAX_LABEL_WORDS ? split : undefined;
    }
  }
  return undefined;
}

/** Words a row label may have before the figures of a status row. */
const MAX_STATUS_LABEL_WORDS = 8;
/** A capitalised word and up to two more in lower case, ending the line. */
const STATUS_TAIL = /\s\p{Lu}\p{Ll}*(?:\s\p{Ll}+){0,2}\s*$/u;

const ENDS_FIGURE = /\d\s?%?\s*$/;
const PUNCTUATION = /[.!?:;]/;

/**
 * A row that ends in a short status or comment cell after its figures, printed without wide gaps ("Andel saker
 * behandlet innen frist 92 % 95 % Ikke nådd"): two figures or more right before it, then a capitalised word or
 * three. Running text names figures among words, so a label of many words or with a full stop is none.
 */
function statusRow(text: string): SplitRow | undefined {
  const at = statusTailAt(text);
  if (at < 0 || !ENDS_FIGURE.test(text.slice(0, at))) return undefined;
  const split = splitRow(text.slice(0, at));
  if (split.tokens.length < 2 || !split.label || wordCount(split.label) > MAX_STATUS_LABEL_WORDS || PUNCTUATION.test(split.label)) return undefined;
  return split;
}

/** Where STATUS_TAIL first matches (-1: nowhere), fast: the regex tries every white space of the line, but its match
 * ends the line, so reading the line's last three words from the right finds it. A character beyond U+00FF
 * among them (other letters, other case foldings) is left to the regex. */
function statusTailAt(text: string): number {
  let end = text.length;
  while (end > 0 && isSpaceChar(text.charCodeAt(end - 1))) end--;
  let at = -1;
  // Word by word from the right, each after exactly one white space: a capitalised word starts a match when only
  // lower-case words follow it; the leftmost such word wins (as the regex's first match does).
  for (let words = 0; words < 3; words++) {
    let start = end;
    for (; start > 0; start--) {
      const c = text.charCodeAt(start - 1);
      if (c > 0xff) return STATUS_TAIL.exec(text)?.index ?? -1;
      if (!isLatin1Letter(c)) break;
    }
    if (start === end || start === 0 || !isSpaceChar(text.charCodeAt(start - 1))) break;
    if (isLatin1Upper(text.charCodeAt(start)) && allLatin1Lower(text, start + 1, end)) at = start - 1;
    if (!allLatin1Lower(text, start, end)) break;
    end = start - 1;
  }
  return at;
}

/** \p{Lu} for characters up to U+00FF. */
export function isLatin1Upper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** \p{Ll} for characters up to U+00FF. */
export function isLatin1Lower(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c === 0xb5 || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** Whether text[from, to) is all \p{Ll} (characters up to U+00FF). */
function allLatin1Lower(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isLatin1Lower(text.charCodeAt(k))) return false;
  return true;
}

const ENDS_SENTENCE = /[.!?:]$/;
const ENDS_ABBREVIATION = /\b(?:kr|mill|inkl|utg|omr|ca|avd|mnd|nr)\.$/i;

/** Whether a text ends a sentence, an abbreviation's dot aside (only a text that ends in a dot can end in one). */
function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text.charCodeAt(text.length - 1) === 0x2e ? text.replace(ENDS_ABBREVIATION, '') : text);
}

function classifyText(line: Line, text: string, split: SplitRow): ClassifiedLine {
  // A short line is a label unless it reads as a sentence: capitalised, several words, a full stop.
  if (text.length > MAX_SHORT_LINE) return { line, kind: 'prose', split };
  const words = wordCount(text);
  const sentence = words >= 5 && STARTS_UPPER.test(text) && endsSentence(text);
  if (words <= 10 && !sentence) return { line, kind: 'label', split };
  // A longer label that breaks off after a preposition continues on the next line ("… plassert på institusjon i /
  // løpet av hele året").
  if (words <= MAX_LABEL_WORDS && BREAKS_OFF.test(text)) return { line, kind: 'label', split };
  return { line, kind: 'prose', split };
}

const BREAKS_OFF = /\s(?:i|og|for|av|til|med|på|innen|etter|fra|om|ved|eller)$/i;
