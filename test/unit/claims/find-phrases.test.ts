import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findClaimPhrases } from '../../../core/claims/find-phrases.ts';
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
