import { describe, expect, it } from 'vitest';
import { keywordHits } from '../../../core/claims/keywords.ts';

const hits = (text: string) => keywordHits(text).map((h) => [text.slice(h.start, h.end), h.kind ?? 'block']);

describe('keywordHits', () => {
  it('finds claim words in compounds, blocking words as whole words, the shortest ("økt") included', () => {
    expect(hits('Budsjettavviket på 3 mill. skyldes økt bemanning og et merforbruk i 2024.')).toEqual([
      ['Budsjettavviket', 'variance'],
      ['økt', 'block'],
      ['merforbruk', 'overspend'],
    ]);
  });

  it('finds the phrases: avvik mellom budsjett og regnskap, for høyt, dekkes inn', () => {
    expect(hits('Avvik mellom regulert budsjett og regnskap er 4 mill. for høyt budsjettert, og dekkes inn.')).toEqual([
      ['Avvik mellom regulert budsjett og regnskap', 'variance'],
      ['for høyt budsjettert', 'overspend'],
      ['dekkes inn', 'block'],
    ]);
  });

  it('reads words of text beyond Latin-1 as the pattern does: offsets past a surrogate pair, a Kelvin sign as k, a dash between words', () => {
    expect(hits('𝐀 avvi\u212A på 3 mill. og ſtort merforbruk')).toEqual([
      ['avvi\u212A', 'variance'],
      ['merforbruk', 'overspend'],
    ]);
    expect(hits('budsjett–kutt')).toEqual([
      ['budsjett', 'block'],
      ['kutt', 'block'],
    ]);
  });
});
