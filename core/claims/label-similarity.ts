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

export const withoutFootnote = (label: string): string => label.replace(FOOTNOTE, '');

/** The trigrams of a label's words, each word padded so its start and end count. */
export function labelTrigrams(label: string): Set<string> {
  const out = new Set<string>();
  for (const w of withoutFootnote(label).toLowerCase().match(WORD) ?? []) {
    if (w.length <= SHORT_WORD) continue;
    const p = ` ${w} `;
    for (let i = 0; i + 3 <= p.length; i++) out.add(p.slice(i, i + 3));
  }
  return out;
}

/** A label's trigrams as ascending ids (numbered by `ids`, shared by the labels to compare): likeness is a merge. */
export function trigramIds(trigrams: Set<string>, ids: Map<string, number>): Uint32Array {
  const out = new Uint32Array(trigrams.size);
  let k = 0;
  for (const t of trigrams) {
    let id = ids.get(t);
    if (id === undefined) {
      id = ids.size;
      ids.set(t, id);
    }
    out[k++] = id;
  }
  return out.sort();
}

/** The Dice coefficient of two ascending id lists. */
export function dice(a: Uint32Array, b: Uint32Array): number {
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

export function labelSimilarity(a: string, b: string): number {
  const ids = new Map<string, number>();
  return dice(trigramIds(labelTrigrams(a), ids), trigramIds(labelTrigrams(b), ids));
}

/** The numbers a label prints ("1-2 år" → 1, 2; "innen 6 mnd." → 6), sorted, as one key; footnote marks left out. */
export function labelNumbers(label: string): string {
  return (withoutFootnote(label).match(NUMBER) ?? []).map((n) => n.replace(',', '.')).sort().join(' ');
}
