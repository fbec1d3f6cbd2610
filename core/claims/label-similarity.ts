// Given two row labels, return how alike they read (0–1): the Dice coefficient of the character trigrams of
// their words, leaving out short function words. Trigrams forgive what reports do to one indicator's name
// between two tables: a compound split or joined ("kilde" / "inntektskilde"), an inflection ("andel" /
// "andelen"), a typo ("mottakere" / "mootakerne"). Numbers in a label are not words but identity:
// "innen 2 uker" and "innen 3 mnd." are two indicators however alike the rest reads (labelNumbers).

/** Words this short are function words (i, av, og, på, som, med, til, har …) and say nothing of what is counted. */
const SHORT_WORD = 3;
const WORD = /\p{L}+/gu;
const NUMBER = /\d+(?:[.,]\d+)?/g;
/** A footnote mark at the end of a label ("… inntektskilde 1)", "Sum netto utgifter *)") is not part of its name. */
const FOOTNOTE = /\s*(?:\d{1,2}\)|\*+\)?)\s*$/u;

/** A footnote mark ends in ')' or '*' before any trailing space: a label ending otherwise (most) is left as it is
 * without running the pattern (String.prototype.trimEnd strips just what \s matches). */
export function withoutFootnote(label: string): string {
  const end = label.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  return last === 0x29 || last === 0x2a ? label.replace(FOOTNOTE, '') : label;
}

/** Trigram codes of the label being read, before sorting; grown when a label needs more room. */
let scratch = new Float64Array(256);

/** A letter (\p{L}) among the characters up to U+00FF: a–z, A–Z, ª, µ, º, À–Ö, Ø–ö, ø–ÿ. */
export function isLatin1Letter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 ? c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb5 || c === 0xba);
}

/** The trigrams of a word (a run of `lower` from `from` to `to`), padded with a space at each end, into scratch
 * from `n` on; returns the new count. */
function pushTrigrams(lower: string, from: number, to: number, n: number): number {
  let a = 0x20;
  let b = lower.charCodeAt(from);
  for (let i = from + 1; i <= to; i++) {
    const c = i < to ? lower.charCodeAt(i) : 0x20;
    scratch[n++] = a * 0x100000000 + b * 0x10000 + c;
    a = b;
    b = c;
  }
  return n;
}

/** The trigrams of a label's words, each word padded so its start and end count, as ascending distinct codes:
 * a trigram's three UTF-16 units packed into one number (exact below 2^53). Likeness is then a merge, and no
 * trigram string, set or shared id map is built (this runs for every row of every indicator table). The words
 * of a label in Latin-1 (nearly all) are read off its characters rather than matched as a pattern with the u flag
 * (which cost more than all the rest), the codes are gathered in one scratch array, and the distinct ones come
 * back as a plain array (a typed array costs a buffer each). */
export function labelTrigramCodes(label: string): number[] {
  const lower = withoutFootnote(label).toLowerCase();
  // Every word of more than SHORT_WORD letters gives one trigram per letter: at most lower.length.
  if (scratch.length < lower.length) scratch = new Float64Array(lower.length * 2);
  let n = 0;
  let start = -1;
  let latin1 = true;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0x20;
    if (c > 0xff) {
      latin1 = false;
      break;
    }
    if (isLatin1Letter(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start > SHORT_WORD) n = pushTrigrams(lower, start, i, n);
      start = -1;
    }
  }
  if (!latin1) {
    n = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
      if (m[0].length > SHORT_WORD) n = pushTrigrams(lower, m.index, m.index + m[0].length, n);
    }
  }
  // (Trigram codes are non-negative integers: the typed array's own numeric sort orders them.)
  scratch.subarray(0, n).sort();
  // Each trigram once, as in a set.
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (i === 0 || scratch[i] !== scratch[i - 1]) out.push(scratch[i]!);
  return out;
}

/** The Dice coefficient of two ascending lists of distinct trigram codes. */
export function dice(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) common++;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return (2 * common) / (a.length + b.length);
}

/** dice(a, b) when it is at least `min`, else 0: the merge stops as soon as the trigrams left cannot bring the
 * shared ones to `min` (most pairs of labels compared share few). */
export function diceAtLeast(a: readonly number[], b: readonly number[], min: number): number {
  if (a.length === 0 || b.length === 0) return 0;
  const size = a.length + b.length;
  // The fewest shared trigrams that reach `min`, by the same arithmetic as the coefficient itself.
  let need = Math.max(0, Math.floor((min * size) / 2) - 1);
  while (need <= size && (2 * need) / size < min) need++;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (common + Math.min(a.length - i, b.length - j) < need) return 0;
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) common++;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  const sim = (2 * common) / size;
  return sim >= min ? sim : 0;
}

export function labelSimilarity(a: string, b: string): number {
  return dice(labelTrigramCodes(a), labelTrigramCodes(b));
}

/** The numbers a label prints ("1-2 år" → 1, 2; "innen 6 mnd." → 6), sorted, as one key; footnote marks left out. */
export function labelNumbers(label: string): string {
  return (withoutFootnote(label).match(NUMBER) ?? []).map((n) => n.replace(',', '.')).sort().join(' ');
}
