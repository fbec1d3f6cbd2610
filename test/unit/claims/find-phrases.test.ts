import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findClaimPhrases, listHeaderKind, sentencePhrases, type ClaimPhrase } from '../../../core/claims/find-phrases.ts';
import { linesToStream, streamToSentences, type Sentence } from '../../../core/claims/sentences.ts';
import type { Line } from '../../../core/model.ts';
import { textToLines } from '../../../core/text/to-lines.ts';

interface Case { text: string; expect: { kind: string; amountNok: number; forecast?: boolean }[] }
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/claims/sentences.json', import.meta.url), 'utf8')) as { cases: Case[] };

describe('findClaimPhrases on hand-written sentences', () => {
  for (const c of fixture.cases) {
    it(`reads ${JSON.stringify(c.text.slice(0, 70))}`, () => {
      const got = findClaimPhrases(textToLines(c.text)).map((p) => ({ kind: p.kind, amountNok: p.amountNok, forecast: p.forecast }));
      expect(got).toEqual(c.expect.map((e) => ({ forecast: false, ...e })));
    });
  }
});

describe('findClaimPhrases positions', () => {
  it('reports the line where a phrase broken over lines starts, and its text', () => {
    const lines = textToLines('Innledning til kapittelet.\n\nAvdelingen hadde et\n\nmerforbruk på 2,4\n\nmill. kroner i 2024.');
    const [p] = findClaimPhrases(lines);
    expect(p?.text).toBe('merforbruk på 2,4 mill. kroner');
    expect(lines[p?.lineIndex ?? -1]?.line).toBe(5);
    expect(p?.spans.map((s) => s.lineIndex)).toEqual([4, 6]);
  });

  it('does not let a table row or a heading govern the prose around it', () => {
    const text = 'Avvik\nSum netto utgifter 83 515 80 391 5 537\nBudsjettet er 300 mill. kroner.';
    expect(findClaimPhrases(textToLines(text))).toEqual([]);
  });
});

describe('findClaimPhrases list headers above paragraphs without amounts', () => {
  const read = (text: string) => findClaimPhrases(textToLines(text)).map((p) => ({ kind: p.kind, amountNok: p.amountNok }));

  it('gives a bullet the kind of the header above bullets that hold no amount', () => {
    const text = 'Merforbruket fordeler seg slik:\n• Barnevern og\n• Sosialhjelp\n• Reserver 5 mill. kroner';
    expect(read(text)).toEqual([{ kind: 'overspend', amountNok: 5_000_000 }]);
  });

  it('takes the last sentence that is no bullet as the header, in the last paragraph that has one', () => {
    const text = 'Merforbruket fordeler seg slik:\nDette er et avsnitt uten beløp, og det slutter her.\n• Reserver 5 mill. kroner';
    expect(read(text)).toEqual([]);
    const twice = 'Avvik fordeler seg slik:\nDette er et avsnitt uten beløp. Merforbruket fordeler seg slik:\n• Helse\n• Reserver 5 mill. kroner';
    expect(read(twice)).toEqual([{ kind: 'overspend', amountNok: 5_000_000 }]);
  });

  it('keeps a header from a paragraph with an amount over paragraphs of bullets without one', () => {
    const text = 'Budsjettet var 3 mill. kroner, og mindreforbruket fordeler seg slik:\n• Helse\n• Skole\n• Reserver 5 mill. kroner';
    expect(read(text)).toEqual([{ kind: 'underspend', amountNok: 5_000_000 }]);
  });
});

describe('findClaimPhrases reads only the paragraphs that may hold an amount', () => {
  // Every sentence of every paragraph read in order: what the skipping must give the same result as.
  const everySentence = (lines: Line[]) => {
    const stream = linesToStream(lines);
    const out: ClaimPhrase[] = [];
    let header: Sentence | undefined;
    for (const s of streamToSentences(stream)) {
      const h = header;
      out.push(...sentencePhrases(stream, s, s.bullet ? () => (h === undefined ? undefined : listHeaderKind(h)) : undefined));
      if (!s.bullet) header = s;
    }
    return out;
  };
  const parts = [
    'Merforbruket fordeler seg slik:', 'Avvik per avdeling:', 'Budsjettet var:', '• Helse', '• Reserver 5 mill. kroner', '- Skole',
    '• Barnevern -', '12 mill. kroner', 'merforbruk på 2,4', 'mill. kroner i 2024.', 'mindreforbruk på kr', '- 19', '+ 3,5 mill.',
    'kr.', '4', 'Mill', 'tusen kroner.', 'NOK', 'avvik på 31.', 'mrd. kroner', 'Sum netto utgifter 83 515 80 391 5 537', '12 345 678',
    'Overskrift', 'Dette er en setning.', 'Resultatet ble et underskudd', 'på 3 mill.', 'FO3 Helse', 'og så videre', '', '   ',
    'Årsresultat', 'Tall i 1000 kr', 'forventet merforbruk 2 mill. kroner', 'o tredje', '· punkt:', '3,2 mill. kr', 'kroner',
  ];
  it('finds what reading every sentence finds where the lines around a paragraph decide', () => {
    const cases = [
      // An amount over three lines, none of which holds the hint alone.
      ['Regnskapet for året viste et samlet underskudd på kr -', '19 i år.'],
      ['Regnskapet for året viste et samlet underskudd på kr', '- 19 i år.'],
      ['Resultatet ble', '3.', 'Mill. kroner'],
      // A read paragraph with no amount in it between the list header and the bullet that asks for it.
      ['Merforbruket fordeler seg slik:', '• 5 krav', '• Reserver 5 mill. kroner'],
      // A bullet in the paragraph whose sentence before it is the header, not the one above the paragraph.
      ['Avvik per avdeling:', 'Budsjettet var 3 mill. kroner. Merforbruket fordeler seg slik. • Helse 5 mill. kroner'],
      ['Avvik per avdeling:', 'Budsjettet var 3 mill. kroner og merforbruket fordeler seg slik:', '• Helse 5 mill. kroner'],
    ];
    for (const texts of cases) {
      const lines = texts.map((text, i) => ({ text, line: i + 1 }));
      expect(findClaimPhrases(lines), JSON.stringify(texts)).toEqual(everySentence(lines));
    }
  });

  it('finds what reading every sentence finds, on texts built at random from pieces of claims', () => {
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    for (let n = 0; n < 4000; n++) {
      const count = 1 + Math.floor(next() * 14);
      const texts: string[] = [];
      for (let i = 0; i < count; i++) texts.push((next() < 0.2 ? ' ' : '') + parts[Math.floor(next() * parts.length)]! + (next() < 0.3 ? ' ' : ''));
      const lines = texts.map((text, i) => ({ text, line: i + 1 }));
      expect(findClaimPhrases(lines), JSON.stringify(texts)).toEqual(everySentence(lines));
    }
  });
});
