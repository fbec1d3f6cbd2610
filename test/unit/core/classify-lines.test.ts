import { describe, it, expect } from 'vitest';
import { classifyLine, type ClassifiedLine } from '../../../core/tables/classify-lines.ts';
import { dropRunningHeads } from '../../../core/tables/running-heads.ts';
import { splitGluedRows } from '../../../core/tables/find-tables.ts';
import { splitRow } from '../../../core/numbers/tokens.ts';

const kind = (text: string) => classifyLine({ text, line: 1 }).kind;

describe('classifyLine', () => {
  it('reads a long caption that carries its column years as a header, and a long sentence with one year as prose', () => {
    expect(kind('Meldere i nye saker om bekymring for barn og unge i bydelen gjennom hele perioden 2022 2023 2024')).toBe('header');
    expect(kind('Meldere i nye saker om bekymring for barn og unge i bydelen gjennom perioden (2022), (2023)')).toBe('header');
    expect(kind('Meldere i nye saker om bekymring for barn og unge i bydelen (2022, 2023 og 2024):')).toBe('prose');
    expect(kind('Bydelen hadde i 2024 et mindreforbruk som skyldes lavere utgifter til blant annet vikarer og drift.')).toBe('prose');
    expect(kind('Bydelen hadde i 2024 et mindreforbruk på 12 345 som skyldes lavere utgifter til blant annet vikarer.')).toBe('prose');
  });

  it('counts dates, spans and tertials among the years, and other figures apart', () => {
    expect(kind('Antall brukere i bydelens tilbud ved utgangen av hver periode 31.12.2023 31.12.2024')).toBe('header');
    expect(kind('Antall brukere i bydelens tilbud ved utgangen av hver periode 2023-2024 2024-2025')).toBe('header');
    expect(kind('Antall brukere i bydelens tilbud, resultat ved utgangen av 1.tertial 2.tertial')).toBe('header');
    expect(kind('Antall brukere i bydelens tilbud ved utgangen av hver periode 20245 20256 2024')).toBe('row');
  });

  it('reads a long line of column words and one year as a header, word by word ("Dok" and "3" are two words), and a long line of other words as none', () => {
    expect(kind('Regnskap Budsjett Prognose Avvik Endring Resultat Vedtatt Opprinnelig Regulert justert 2024')).toBe('header');
    expect(kind('Dok 3 Regnskap Budsjett Prognose Avvik Endring Resultat Vedtatt Opprinnelig Regulert 2024')).toBe('prose');
    expect(kind('Dok 3 Regnskap Budsjett Prognose Avvik Endring Resultat Vedtatt Opprinnelig Regulert 2024 2025')).toBe('header');
    expect(kind('Regnskap for bydelens tjenester til barn og familier viser et godt resultat for året 2024')).not.toBe('header');
  });

  it('reads a short line of column words as a header, whatever its spacing', () => {
    expect(kind('Regnskap   Budsjett  Avvik')).toBe('header');
    expect(kind('  Oppr. budsjett  Regulert budsjett ')).toBe('header');
    expect(kind('Kommentarer til tabellen')).toBe('label');
  });

  it('tells a label with a sentence break from a row label with abbreviations', () => {
    expect(kind('Tilskudd til lag og foreninger inkl. Frivilligsentral 1 200 1 350')).toBe('row');
    expect(kind('Det ble gitt tilskudd. Frivilligsentralen fikk mest 1 200')).toBe('prose');
    expect(kind('Dette er en setning om tilskudd til mange lag og foreninger i hele bydelen og mer 12')).toBe('prose');
  });

  it('reads a short sentence as prose, a short line ending in an abbreviation as a label', () => {
    expect(kind('Bydelen har fått flere brukere i år.')).toBe('prose');
    expect(kind('Utgifter til drift og vedlikehold i mill.')).toBe('label');
  });
});

describe('splitRow', () => {
  it('reads a last word that is a nil or footnote mark, and no other, as a token', () => {
    expect(splitRow('Andel sykefravær N.A').tokens.map((t) => t.text)).toEqual(['N.A']);
    expect(splitRow('Andel sykefravær x').tokens.map((t) => t.kind)).toEqual(['nil']);
    expect(splitRow('Andel sykefravær -').tokens.map((t) => t.kind)).toEqual(['nil']);
    expect(splitRow('Andel sykefravær %%').tokens.map((t) => t.text)).toEqual(['%']);
    expect(splitRow('Andel sykefravær (N)').tokens.map((t) => t.kind)).toEqual(['nil']);
    expect(splitRow('Andel sykefravær og').tokens).toEqual([]);
    expect(splitRow('Andel sykefravær nå').tokens).toEqual([]);
    expect(splitRow('Andel sykefravær a)')).toEqual({ label: 'Andel sykefravær a)', tokens: [] });
    expect(splitRow('Andel sykefravær *')).toEqual({ label: 'Andel sykefravær *', tokens: [] });
  });
});

describe('splitRow on a row of numbers', () => {
  const texts = (t: string) => splitRow(t).tokens.map((k) => k.text);
  it('skips a currency mark before a number, not one in a unit', () => {
    expect(splitRow('Husleie kr 120 000 KR 98 500')).toMatchObject({ label: 'Husleie' });
    expect(texts('Husleie kr 120 000 KR 98 500')).toEqual(['120', '000', '98', '500']);
    expect(texts('Regnskap i mill kr 0,00 1,5')).toEqual(['0,00', '1,5']);
    expect(splitRow('Regnskap i mill kr 0,00 1,5').label).toBe('Regnskap i mill kr');
  });

  it('joins a doubled or lone "%" to its number and measures the gap after it (from one past its "%")', () => {
    const s = splitRow('Andel 12 %%   45 %');
    expect(s.tokens.map((k) => [k.text, k.gap])).toEqual([['12%', 1], ['45%', 4]]);
  });

  it('reads a nil mark among the numbers and ends the label at the first word that is none', () => {
    expect(texts('Sykefravær N.A 4,5 n/a x')).toEqual(['N.A', '4,5', 'n/a', 'x']);
    expect(splitRow('Sykefravær nå 4,5').label).toBe('Sykefravær nå');
  });

  it('keeps a code in the label\'s open parenthesis, and reads a year as a year', () => {
    expect(splitRow('Brutto driftsutgifter per barn (f. 244) 1 200 2024')).toMatchObject({ label: 'Brutto driftsutgifter per barn (f. 244)' });
    expect(splitRow('Brutto driftsutgifter per barn (f. 244) 1 200 2024').tokens.map((k) => k.year)).toEqual([false, false, true]);
    expect(splitRow('Brutto (netto) utgifter 1 200 1999 2100').tokens.map((k) => k.year)).toEqual([false, false, true, false]);
    expect(splitRow('Andel (prosent 12 13')).toEqual({ label: 'Andel (prosent 12 13', tokens: [] });
  });
});

describe('splitGluedRows', () => {
  it('splits where a number runs into a capitalised word, Latin-1 capitals too', () => {
    expect(splitGluedRows([{ text: 'Barnehager 5 880 5 573Økonomisk sosialhjelp 12 13', line: 3 }]).map((l) => l.text))
      .toEqual(['Barnehager 5 880 5 573', 'Økonomisk sosialhjelp 12 13']);
    expect(splitGluedRows([{ text: 'Barnehager 5 880 5 573Ab 12', line: 3 }])).toHaveLength(2);
    expect(splitGluedRows([{ text: 'Barnehager 5 880 5 573AB 12', line: 3 }])).toHaveLength(1);
    expect(splitGluedRows([{ text: 'Barnehager 5 880 5 573øk 12', line: 3 }])).toHaveLength(1);
  });

  it('reads letters beyond Latin-1 as the pattern does: capitals and small letters of any script', () => {
    expect(splitGluedRows([{ text: 'Barnehager 5 880 5 573Ωmega 12', line: 3 }]).map((l) => l.text)).toEqual(['Barnehager 5 880 5 573', 'Ωmega 12']);
    expect(splitGluedRows([{ text: 'Barnehager 5 880 5 573Aŋ 12', line: 3 }])).toHaveLength(2);
    expect(splitGluedRows([{ text: 'Barnehager 5 880 5 573\u{1D400}b 12', line: 3 }])).toHaveLength(2);
    expect(splitGluedRows([{ text: 'Barnehager 5 880 5 573AŊ 12', line: 3 }])).toHaveLength(1);
    expect(splitGluedRows([{ text: 'Barnehager 5 880 5 573ŋa 12', line: 3 }])).toHaveLength(1);
  });
});

describe('dropRunningHeads', () => {
  const page = (n: number): ClassifiedLine[] => [
    classifyLine({ text: 'Bydel Ullern • Årsberetning 2024', line: n * 10 }),
    classifyLine({ text: '', line: n * 10 + 1 }),
    classifyLine({ text: String(n), line: n * 10 + 2 }),
    classifyLine({ text: `Sum driftsutgifter ${'abc'[n - 1]} 2024`, line: n * 10 + 3 }),
  ];
  it('sets a head repeated on three pages aside with its page numbers, not a row that happens to end in a year', () => {
    const lines = [...page(1), ...page(2), ...page(3)];
    const out = dropRunningHeads(lines);
    expect(out.map((l) => l.kind)).toEqual(['blank', 'blank', 'blank', 'row', 'blank', 'blank', 'blank', 'row', 'blank', 'blank', 'blank', 'row']);
    expect(out.filter((l) => l.pageBreak).map((l) => l.line.line)).toEqual([10, 12, 20, 22, 30, 32]);
    expect(dropRunningHeads(lines.slice(0, 8))).toEqual(lines.slice(0, 8));
  });
});
