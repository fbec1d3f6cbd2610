// Given the text of a table row, split it into its label and the run of number tokens that ends it.
// One token is one space-separated piece; whether "338 23 569" is "338 | 23 569" or "33 823 | 569" is decided
// later (tables/readings.ts), so here a token only says what it could be: the start of a number,
// a three-digit continuation group, or a complete cell on its own.

export type TokenKind =
  | 'digits' // 1–3 digits, optionally signed: may start a number ("-23", "338")
  | 'whole' // a complete number: ungrouped ≥ 4 digits ("113070"), decimal ("61,8"), percent ("12 %")
  | 'nil' // "-" or "N.A": an empty cell that is printed
  | 'text'; // ">80%", "<150": a printed cell that is not a number

export interface NumToken {
  text: string;
  kind: TokenKind;
  /** Exactly three digits with no sign (and maybe ",d" or "%"): can continue a number's groups. */
  group: boolean;
  /** Ends a number (decimal part or percent). */
  terminal: boolean;
  /** Looks like a year (1900–2099 written without grouping). */
  year: boolean;
  /** Looks like a day and month ("31.12"). */
  date?: boolean;
  /** Offset of the token in the row text. */
  start: number;
  /** Spaces between this token and the one before it (2+ means a cell boundary in a text dump). */
  gap: number;
}

export interface SplitRow {
  label: string;
  tokens: NumToken[];
}

const DIGITS = /^[-+]?\d{1,3}$/;
const GROUP = /^\d{3}(?:,\d+)?%?$/;
const WHOLE = /^[-+]?(?:\d+(?:[.,]\d+)?%?|\d{1,3}(?:[.,]\d+)%?|\d{1,3}(?:\.\d{3}){2,})$/;
const NIL = /^(?:-|N\.?A\.?|n\/a|x|%|\(N\))$/i;
const TEXT_CELL = /^[<>≤≥~]=?\d+(?:[.,]\d+)?%?$/;
const FOOTNOTE = /^(.*\d)(?:\*+\)?|\*?\d\)|\))$/;
const MAX_TOKENS = 40;
const CURRENCY = /^(?:kr\.?|NOK)$/i;
const UNIT_BEFORE = /(?:^|\s)(?:mill\.?|mrd\.?|millioner|milliarder|1\s?000|tusen|hele|i)\s+$/i;
/** "(1" opening an amount in parentheses, or "(686)" whole (not "(1)": that is a footnote's number). */
const PAREN_LEAD = /^\(\d{1,3}(?:,\d+)?$|^\(\d{2,}(?:,\d+)?\)$|^\(\d,\d+\)$/;
const GROUP_ONLY = /^\d{3}$/;
const PAREN_CLOSE = /^\(?\d{1,3}(?:,\d+)?\)$|^\(\d{4,}(?:,\d+)?\)$/;
const FOOTNOTE_MARK = /^(?:\*+\)?|\d\)|[a-z]\))$/;

const OPENS_PAREN = /^\(/;
const DECIMAL_OR_PERCENT = /[.,%]/;
const YEAR = /^(19|20)\d\d$/;
const DAY_MONTH = /^(\d{1,2})\.(\d{1,2})$/;

function classify(raw: string, start: number): NumToken | undefined {
  // Most pieces are plain digits, signed or not ("338", "-84", "113070"): what the patterns below say of them,
  // without running them (no footnote, nil or text mark, no decimal part, never a date).
  const digits = plainDigits(raw);
  if (digits > 0) {
    const signed = digits !== raw.length;
    if (digits <= 3) return { text: raw, kind: 'digits', group: !signed && digits === 3, terminal: false, year: false, start, gap: 1 };
    // /^(19|20)\d\d$/
    const year = !signed && digits === 4 && isCentury(raw.charCodeAt(0), raw.charCodeAt(1));
    return { text: raw, kind: 'whole', group: false, terminal: true, year, start, gap: 1 };
  }
  let text = raw;
  const foot = endsMarked(text) ? FOOTNOTE.exec(text) : null;
  if (foot && !OPENS_PAREN.test(text)) text = foot[1] ?? text;
  if (NIL.test(text)) return { text, kind: 'nil', group: false, terminal: true, year: false, start, gap: 1 };
  if (TEXT_CELL.test(text)) return { text, kind: 'text', group: false, terminal: true, year: false, start, gap: 1 };
  const terminal = DECIMAL_OR_PERCENT.test(text);
  if (DIGITS.test(text)) return { text, kind: 'digits', group: GROUP_ONLY.test(text), terminal: false, year: false, start, gap: 1 };
  if (GROUP.test(text) && terminal) return { text, kind: 'whole', group: true, terminal: true, year: false, start, gap: 1 };
  if (WHOLE.test(text)) {
    const year = YEAR.test(text);
    const dm = DAY_MONTH.exec(text);
    const date = !!dm && Number(dm[1]) >= 1 && Number(dm[1]) <= 31 && Number(dm[2]) >= 1 && Number(dm[2]) <= 12;
    const t: NumToken = { text, kind: 'whole', group: false, terminal: true, year, start, gap: 1 };
    if (date) t.date = true;
    return t;
  }
  return undefined;
}

/** "19" or "20" as two character codes. */
function isCentury(c0: number, c1: number): boolean {
  return (c0 === 0x31 && c1 === 0x39) || (c0 === 0x32 && c1 === 0x30);
}

/** How many digits `s` holds when it is `[-+]?\d+` (ASCII digits, as `\d` reads them), else 0. */
function plainDigits(s: string): number {
  const c0 = s.charCodeAt(0);
  const from = c0 === 0x2d || c0 === 0x2b ? 1 : 0;
  if (from === s.length) return 0;
  for (let k = from; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return 0;
  }
  return s.length - from;
}

/** The tokens of every row without numbers, one array for all: a split's tokens are read, never changed (the
 * lines are kept for the whole parse, and most hold no number). */
export const NO_TOKENS: NumToken[] = [];

const NUMBER_START = /^-?\d/;
const ENDS_DIGIT = /\d$/;
const ENDS_FIGURE = /\d%?$/;
const CLOSES_PAREN = /\)$/;
const STARS = /^\*+\)?$/;
const SPACE = /\s/;

const DOUBLED_PERCENT = /%%+/g;

/** Splits "F03 Helse og omsorg 1 517 588 -84 895" into its label and number tokens (from the right). */
export function splitRow(text: string): SplitRow {
  // Most lines are prose that ends in a word: when the last word can be no token (no digit, no nil or footnote
  // mark), the row has no numbers and the label runs to the end of that word — as the general path finds.
  const first = lastWordNoToken(text);
  if (first >= 0) return { label: text.slice(0, spaceAt(text, first)).trim(), tokens: NO_TOKENS };
  // Only the tail of the line can hold the numbers: read words from the right, and stop a few words past the
  // first one that cannot be a number token (a lone "%" or footnote mark may sit among them).
  const parts: Part[] = [];
  let end = text.length;
  let misses = 0;
  while (end > 0 && misses < 2 && parts.length < MAX_TOKENS + 8) {
    while (end > 0 && text.charCodeAt(end - 1) <= 32) end--;
    if (end === 0) break;
    // (The word's characters are read once: where it starts, and whether it holds a "%" or a cell's character.)
    let start = end;
    let percent = false;
    let cell = false;
    for (; start > 0; start--) {
      const c = text.charCodeAt(start - 1);
      if (c <= 32) break;
      if (c === 0x25) percent = cell = true;
      else if (!cell && cellChar(c)) cell = true;
    }
    const piece = text.slice(start, end);
    const word = percent && piece.includes('%%') ? piece.replace(DOUBLED_PERCENT, '%') : piece;
    // A currency mark before a number ("kr 120 000 kr 98 500") is no cell and no word of the label.
    // (Not in a unit: "i mill kr 0,00", "i 1000 kr".)
    if (word.length <= MAX_CURRENCY_LENGTH && startsKOrN(word) && CURRENCY.test(word) && parts.length && NUMBER_START.test(parts[parts.length - 1]!.s) && !UNIT_BEFORE.test(text.slice(0, start))) {
      end = start;
      continue;
    }
    parts.push({ s: word, start, end: -1 });
    // (A word without a cell's character is a nil mark only as "N.A", "n/a" or "x": NIL is tried on those.)
    if (!cell && !(startsNOrX(word) && NIL.test(word))) misses++;
    end = start;
  }
  // Read right to left; in line order from here on.
  parts.reverse();
  // The label runs from the line's start to the first word kept here.
  const headEnd = parts.length ? parts[0]!.start : 0;
  // A lone "%" belongs to the number before it.
  for (let i = parts.length - 1; i > 0; i--) {
    if (parts[i]!.s === '%' && ENDS_DIGIT.test(parts[i - 1]!.s)) {
      parts[i - 1]!.s += '%';
      // (The token ends where its "%" does: the gap after it is measured from there.)
      parts[i - 1]!.end = parts[i]!.start + 1;
      parts.splice(i, 1);
    }
  }
  // An amount in parentheses among the numbers is negative, as accountants print it ("75 100 (1 686)"): the
  // parenthesis opens on a lead ("(1") after a number and closes on its last group ("686)").
  for (let a = 1; a < parts.length; a++) {
    if (parts[a]!.s.charCodeAt(0) !== 0x28 || !PAREN_LEAD.test(parts[a]!.s) || !ENDS_FIGURE.test(parts[a - 1]!.s)) continue;
    let b = a;
    if (!parts[a]!.s.endsWith(')')) for (b = a + 1; b < parts.length && GROUP_ONLY.test(parts[b]!.s); b++);
    if (b >= parts.length || !PAREN_CLOSE.test(parts[b]!.s)) continue;
    parts[a]!.s = `-${parts[a]!.s.slice(1)}`;
    parts[b]!.s = parts[b]!.s.slice(0, -1);
    if (a === b) parts[a]!.s = parts[a]!.s.replace(CLOSES_PAREN, '');
  }
  const tokens: NumToken[] = [];
  let i = parts.length - 1;
  for (; i >= 0 && tokens.length < MAX_TOKENS; i--) {
    // A footnote mark standing between numbers ("716 *) -134") is skipped; before the numbers it ends the label.
    // So is one that ends the row after its numbers ("… 69 % 31% *").
    const mark = isFootnoteMark(parts[i]!.s);
    if (mark && i > 0 && classify(parts[i - 1]!.s, 0) && !isFootnoteMark(parts[i - 1]!.s) && (tokens.length || STARS.test(parts[i]!.s))) continue;
    if (mark) break;
    const t = classify(parts[i]!.s, parts[i]!.start);
    if (!t) break;
    const prev = parts[i - 1];
    t.gap = prev ? parts[i]!.start - (prev.end >= 0 ? prev.end : prev.start + prev.s.length) : 1;
    tokens.push(t);
  }
  // Classified right to left; in line order from here on.
  tokens.reverse();
  // A parenthesis the label opens closes in the label ("Brutto driftsutgifter per barn (f. 244)"): what it
  // encloses is a code, not a value.
  let open = 0;
  if (tokens.length) {
    // (Only a label with a "(" can leave one open.)
    const to = i >= 0 ? parts[i]!.start + parts[i]!.s.length : headEnd;
    const paren = text.indexOf('(');
    if (paren >= 0 && paren < to) open = parenDepth(text, 0, to);
  }
  while (open > 0 && tokens.length) {
    const t = tokens.shift()!;
    i++;
    for (const ch of text.slice(t.start).split(SPACE)[0]!) open += ch === '(' ? 1 : ch === ')' ? -1 : 0;
  }
  // A row label never ends in a bare sign or nil mark glued to words: keep "-" only when numbers follow it.
  const labelEnd = i >= 0 ? spaceAt(text, parts[i]!.start) : headEnd;
  return { label: text.slice(0, labelEnd).trim(), tokens };
}

/** Where the last word of a text starts when that word can be no token (no digit, no nil or footnote mark), else -1:
 * then splitRow reads no tokens in the text (words are cut at characters up to ' ', as splitRow cuts them). */
export function lastWordNoToken(text: string): number {
  let last = text.length;
  while (last > 0 && text.charCodeAt(last - 1) <= 32) last--;
  if (last === 0) return -1;
  // The word is read in place: only a short one, or one with "%" or "*", can be a nil or footnote mark (the
  // longest nil mark, "N.A.", has four characters; "%%…" counts as one "%"; a footnote mark of any length is
  // stars), and only those are cut out and tested.
  let first = last;
  let digit = false;
  let mark = false;
  for (; first > 0; first--) {
    const c = text.charCodeAt(first - 1);
    if (c <= 32) break;
    if (c >= 0x30 && c <= 0x39) digit = true;
    else if (c === 0x25 || c === 0x2a) mark = true;
  }
  if (!digit && ((last - first > MAX_NIL_LENGTH && !mark) || !mayBeNilOrMark(text, first, last) || !nilOrMark(text.slice(first, last)))) return first;
  return -1;
}

/** A word of the tail splitRow reads: its text (a doubled "%" made one), where it starts, and where it ends when a
 * lone "%" after it was joined to it (-1: at its text's end). */
interface Part {
  s: string;
  start: number;
  end: number;
}

/** A character a number cell or a mark among them holds (`[\d%*)-]`), but "%": a digit, "*", ")" or "-". */
function cellChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2a || c === 0x29 || c === 0x2d;
}

/** Whether a word starts with "k" or "n" (either case): CURRENCY matches only such words. */
function startsKOrN(word: string): boolean {
  const c = word.charCodeAt(0) | 0x20;
  return c === 0x6b || c === 0x6e;
}

/** Whether a word starts with "n" or "x" (either case): a nil mark without a cell's character ("N.A", "n/a", "x")
 * does. */
function startsNOrX(word: string): boolean {
  const c = word.charCodeAt(0) | 0x20;
  return c === 0x6e || c === 0x78;
}

/** The longest word CURRENCY matches. */
const MAX_CURRENCY_LENGTH = 3;

/** Whether a word ends in ")" or "*": FOOTNOTE and FOOTNOTE_MARK match only such words (a cheap test first). */
function endsMarked(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c === 0x29 || c === 0x2a;
}

function isFootnoteMark(s: string): boolean {
  return endsMarked(s) && FOOTNOTE_MARK.test(s);
}

/** The longest word NIL matches. */
const MAX_NIL_LENGTH = 4;

/** Whether a word ("%%" counting as "%") is a nil mark or a footnote mark. */
function nilOrMark(piece: string): boolean {
  const word = piece.includes('%%') ? piece.replace(DOUBLED_PERCENT, '%') : piece;
  return NIL.test(word) || FOOTNOTE_MARK.test(word);
}

/** Whether text[first, last), a word without digits, can be what nilOrMark accepts: a nil mark starts with "-",
 * "N", "x", "%" or "(" (either case), a footnote mark without digits with "*" or ends in ")". */
function mayBeNilOrMark(text: string, first: number, last: number): boolean {
  const c = text.charCodeAt(first) | 0x20;
  return c === 0x2d || c === 0x6e || c === 0x78 || c === 0x25 || c === 0x28 || c === 0x2a || text.charCodeAt(last - 1) === 0x29;
}

/** Parentheses opened and not closed in text[from, to). */
function parenDepth(text: string, from: number, to: number): number {
  let open = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 40) open++;
    else if (c === 41) open--;
  }
  return open;
}

/** Index of the first white-space character (regex `\s`) at or after `from`, or the text's length: what
 * `from + text.slice(from).search(/\s|$/)` gives, without the copy. */
export function spaceAt(text: string, from: number): number {
  for (let k = from; k < text.length; k++) if (isSpaceChar(text.charCodeAt(k))) return k;
  return text.length;
}

/** The characters of the regex class `\s`. */
export function isSpaceChar(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
