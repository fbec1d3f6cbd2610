import { describe, expect, it } from 'vitest';
import { isSpaceUnit, isTableRow, linesToStream, streamToSentences } from '../../../core/claims/sentences.ts';
import { textToLines } from '../../../core/text/to-lines.ts';

/** isTableRow as it was written with patterns: the reference the one-pass count must agree with. */
function isTableRowByPatterns(text: string): boolean {
  if (!/\d\D*\d\D*\d/.test(text)) return false;
  const numbers = (text.match(/(?<!\S)[-+]?\d[\d,.]*(?!\S)/g) ?? []).length;
  if (numbers < 3) return false;
  return numbers / (text.match(/\S+/g) ?? []).length >= 0.4;
}

/** A small deterministic generator, so a failure repeats. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

describe('isSpaceUnit', () => {
  it('is \\s for every UTF-16 unit', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpaceUnit(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

describe('isTableRow', () => {
  it('reads rows and prose', () => {
    expect(isTableRow('Sum netto utgifter 83 515 80 391 5 537')).toBe(true);
    expect(isTableRow('Bydelen hadde et merforbruk på 2,4 mill. kroner i 2024 og 2023.')).toBe(false);
    expect(isTableRow('-1 234 +5,6 7.8 x')).toBe(true);
    expect(isTableRow('- 1 2 a b c d e')).toBe(false);
  });

  it('counts number tokens as the patterns did, whatever the spaces and signs', () => {
    const alphabet = ['1', '2', '0', '9', ',', '.', '-', '+', 'a', 'ø', ' ', ' ', ' ', '\u00a0', '\u2009', '\u3000', '\t', '%', '–', '\ufeff', '\u200b'];
    const next = random(7);
    for (let k = 0; k < 20000; k++) {
      let s = '';
      const n = 1 + Math.floor(next() * 24);
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      expect(isTableRow(s), JSON.stringify(s)).toBe(isTableRowByPatterns(s));
    }
  });
});

describe('streamToSentences', () => {
  it('trims sentences by offsets and marks bullets and colons', () => {
    const lines = textToLines('Innledning.  Dette gjelder:\n• første punkt med 3 mill. kroner\n- andre punkt\no tredje punkt\noppsummert her. Slutt');
    const sentences = streamToSentences(linesToStream(lines));
    expect(sentences.map((s) => [s.text, s.bullet, s.colon])).toEqual([
      ['Innledning.', false, false],
      ['Dette gjelder:', false, true],
      ['• første punkt med 3 mill. kroner', true, false],
      ['- andre punkt', true, false],
      ['o tredje punkt oppsummert her.', true, false],
      ['Slutt', false, false],
    ]);
    const stream = linesToStream(lines);
    const joined = (s: { start: number; end: number; text: string }) => {
      const p = stream.paragraphs.find((q) => q.start <= s.start && s.end <= q.start + q.text.length);
      return p?.text.slice(s.start - p.start, s.end - p.start);
    };
    for (const s of sentences) expect(joined(s)).toBe(s.text);
  });
});
