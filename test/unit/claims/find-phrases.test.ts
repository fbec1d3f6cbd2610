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
