import { describe, expect, it } from 'vitest';
import { mentions, tokens } from '../../../core/claims/claim-context.ts';

const STOPWORDS = new Set(['og', 'i', 'til', 'for', 'av', 'med', 'på', 'sum', 'mv', 'inkl', 'kr', 'tall', 'tabell', 'netto', 'the']);
const AMOUNT_OR_UNIT = /\d[\d ]*,\d+|(?<![\p{L}\d])\d+\s*(?:mill\p{L}*|mrd|kr|kroner|prosent|%)|(?:tall\s+)?i\s+(?:1\s?000|tusen|hele)\s*(?:kr\.?|kroner)/giu;

/** tokens as first written: letter runs by pattern. */
function tokensByPattern(s: string): string[] {
  return (s.toLowerCase().replace(AMOUNT_OR_UNIT, ' ').match(/\p{L}+/gu) ?? []).filter((t) => t.length > 1 && !STOPWORDS.has(t));
}

describe('tokens', () => {
  it('are the content words the letter-run pattern finds, in any script', () => {
    const texts = ['Merforbruk på 61,8 mill. kroner i FO3 Helse og omsorg', 'Tall i 1000 kr', 'Barnevern (ekskl. 1,300 mill.) – «sitat» ªµº ×÷',
      'Ελληνικά λέξη og ord', 'İstanbul Straße ÆØÅ', '𝒜𝒷𝒸 😀word', 'a b c', '', 'i hele kroner 12 prosent 5%'];
    for (let c = 0; c <= 0x2ff; c++) texts.push(`ab${String.fromCharCode(c)}cd e${String.fromCharCode(c)}`);
    for (const t of texts) expect(tokens(t), JSON.stringify(t)).toEqual(tokensByPattern(t));
  });

  it('lets a label be named with its inflection', () => {
    expect(mentions('merforbruket innen barnevernet', 'Barnevern')).toBe(true);
    expect(mentions('merforbruket innen helse', 'Barnevern')).toBe(false);
  });
});
