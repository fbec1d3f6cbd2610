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

/** The trigrams of a label's words, each word padded so its start and end count, as ascending distinct codes:
 * a trigram's three UTF-16 units packed into one number (exact below 2^53). Likeness is then a merge, and no
 * trigram string, set or shared id map is built (this runs for every row of every indicator table). */
export function labelTrigramCodes(label: string): Float64Array {
  const words = withoutFootnote(label).toLowerCase().match(WORD) ?? [];
  let size = 0;
  for (const w of words) if (w.length > SHORT_WORD) size += w.length;
  const codes = new Float64Array(size);
  let n = 0;
  for (const w of words) {
    if (w.length <= SHORT_WORD) continue;
    // The word padded with a space at each end.
    let a = 0x20;
    let b = w.charCodeAt(0);
    for (let i = 1; i <= w.length; i++) {
      const c = i < w.length ? w.charCodeAt(i) : 0x20;
      codes[n++] = a * 0x100000000 + b * 0x10000 + c;
      a = b;
      b = c;
    }
  }
  codes.sort();
  // Each trigram once, as in a set.
  let k = 0;
  for (let i = 0; i < codes.length; i++) if (i === 0 || codes[i] !== codes[k - 1]) codes[k++] = codes[i]!;
  return codes.subarray(0, k);
}

/** The Dice coefficient of two ascending lists of distinct trigram codes. */
export function dice(a: Float64Array, b: Float64Array): number {
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
export function diceAtLeast(a: Float64Array, b: Float64Array, min: number): number {
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
