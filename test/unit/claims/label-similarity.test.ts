import { describe, expect, it } from 'vitest';
import { dice, diceAtLeast, labelNumbers, labelSimilarity, labelTrigramCodes, withoutFootnote } from '../../../core/claims/label-similarity.ts';
import { MIN_LABEL_SIMILARITY } from '../../../core/claims/indicator-checks.ts';

describe('labelSimilarity', () => {
  it('reads one indicator renamed between two tables as alike (compound, inflection, typo)', () => {
    expect(labelSimilarity('Andel barnehagelærere i forhold til grunnbemanning', 'Andel barnehagelærere i prosent av grunnbemanning i kommunale barnehager')).toBeGreaterThanOrEqual(MIN_LABEL_SIMILARITY);
    expect(labelSimilarity('Andel mottakere med sosialhjelp som viktigste kilde til livsopphold', 'Andel av mootakerne som har sosialhjelp som viktigste inntektskilde')).toBeGreaterThanOrEqual(MIN_LABEL_SIMILARITY);
  });

  it('reads two different indicators as unlike', () => {
    expect(labelSimilarity('Antall mottakere av økonomisk sosialhjelp i løpet av året', 'Andel søknader om økonomisk sosialhjelp - behandlet innen 2 uker')).toBeLessThan(MIN_LABEL_SIMILARITY);
    expect(labelSimilarity('Andel pedagogiske ledere med godkjent utdanning', 'Andel barnehagelærere i forhold til grunnbemanning')).toBeLessThan(MIN_LABEL_SIMILARITY);
  });

  it('is 1 for the same label and 0 when a label has no words', () => {
    expect(labelSimilarity('Dekningsgrad 1-5 åringer', 'Dekningsgrad 1-5 åringer')).toBe(1);
    expect(labelSimilarity('2023', 'Dekningsgrad')).toBe(0);
  });
});

describe('labelNumbers', () => {
  it('keeps the numbers that tell two indicators apart, and leaves footnote marks out', () => {
    expect(labelNumbers('Andel barn 1-2 år med barnehageplass')).toBe('1 2');
    expect(labelNumbers('behandlet innen 2 uker')).not.toBe(labelNumbers('behandlet innen 3 mnd.'));
    expect(labelNumbers('Andel av mottakerne som har sosialhjelp som viktigste inntektskilde 1)')).toBe('');
    expect(withoutFootnote('Sum netto utgifter *)')).toBe('Sum netto utgifter');
  });
});

describe('diceAtLeast', () => {
  it('is dice when that reaches the bound and 0 when it does not, however early the merge stops', () => {
    const labels = ['Andel barnehagelærere i forhold til grunnbemanning', 'Andel barnehagelærere i prosent av grunnbemanning i kommunale barnehager',
      'Andel pedagogiske ledere med godkjent utdanning', 'Antall mottakere av økonomisk sosialhjelp i løpet av året', 'Dekningsgrad 1-5 åringer', '2023'];
    for (const x of labels) {
      for (const y of labels) {
        const a = labelTrigramCodes(x);
        const b = labelTrigramCodes(y);
        for (const min of [0, 0.3, 0.5, 0.6, 2 / 3, 1]) {
          const d = dice(a, b);
          expect(diceAtLeast(a, b, min), `${x} / ${y} ≥ ${min}`).toBe(d >= min ? d : 0);
        }
      }
    }
  });
});

/** labelTrigramCodes as it was first written: words by pattern, every trigram sorted by Float64Array's sort. */
function trigramsByPattern(label: string): number[] {
  const words = withoutFootnote(label).toLowerCase().match(/\p{L}+/gu) ?? [];
  const codes: number[] = [];
  for (const w of words) {
    if (w.length <= 3) continue;
    const padded = ` ${w} `;
    for (let i = 0; i + 2 < padded.length; i++) codes.push(padded.charCodeAt(i) * 0x100000000 + padded.charCodeAt(i + 1) * 0x10000 + padded.charCodeAt(i + 2));
  }
  return [...new Set(Float64Array.from(codes).sort())];
}

describe('labelTrigramCodes', () => {
  it('gives the sorted distinct trigrams of the words, whatever the letters, marks and footnotes', () => {
    const labels = ['Andel barnehagelærere i forhold til grunnbemanning', 'Sum netto utgifter *)', 'Antall henlagte undersøkelser (%) 1)',
      'ÆØÅ-ÉÈ ªµº ×÷ ÀÖØöøÿ Straße', 'Ελληνικά λέξη og ord', 'İstanbul KELVIN \u212Aelvin', '𝒜𝒷𝒸𝒹 emoji 😀word', 'a b c de fgh ijkl',
      'kilde/inntektskilde, «sitat» – tankestrek', '', '2023', 'aaaa aaaa aaaa aaaa', 'x'.repeat(600)];
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    const alphabet = 'abcæøå ABCÆØÅ -1)*%éÿ\u0130ß';
    for (let c = 0; c <= 0x2ff; c++) labels.push(`ab${String.fromCharCode(c)}cd efg${String.fromCharCode(c)}`);
    for (let k = 0; k < 2000; k++) labels.push(Array.from({ length: Math.floor(next() * 30) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
    for (const label of labels) expect(labelTrigramCodes(label), JSON.stringify(label)).toEqual(trigramsByPattern(label));
  });
});
