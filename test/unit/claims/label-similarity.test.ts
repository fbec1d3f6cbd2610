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
