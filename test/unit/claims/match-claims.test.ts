import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../core/claims/extract-claims.ts';
import { textToLines } from '../../../core/text/to-lines.ts';
import { makeTable, textAt } from './helpers/make-table.ts';

const fo2c = makeTable(
  'fo2c',
  [
    ['231 Aktivitetstilbud barn og unge', 'item', 30_000, 29_453, 547],
    ['232 Helsestasjon', 'item', 20_000, 22_406, -2_406],
    ['Sum netto utgifter', 'total', 50_000, 51_859, -1_859],
  ],
  { title: 'Hovedoversikt økonomi FO2C – netto driftsutgifter', line: 10 },
);

const claimIn = (sentence: string, tables = [fo2c], line = 14) => {
  const claims = extractClaims(textToLines(textAt([[line, sentence]], line + 2)), tables);
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe('extractClaims matching', () => {
  it('547 (1000 kr) is consistent with "0,5 mill." and not with "0,6 mill."', () => {
    const ok = claimIn('Aktivitetstilbud barn og unge har et mindreforbruk på 0,5 mill. kroner.');
    expect(ok).toMatchObject({ verdict: 'consistent', match: { table: 'fo2c', row: 0, column: 2 } });
    const bad = claimIn('Aktivitetstilbud barn og unge har et mindreforbruk på 0,6 mill. kroner.');
    expect(bad).toMatchObject({ verdict: 'inconsistent', match: { table: 'fo2c', row: 0, column: 2 } });
    expect(bad.reason).toMatch(/differs beyond rounding/);
  });

  it('flags the opposite direction when the row is named', () => {
    const c = claimIn('Helsestasjon har et mindreforbruk på 2,4 mill. kroner.');
    expect(c).toMatchObject({ verdict: 'inconsistent', match: { row: 1 } });
    expect(c.reason).toMatch(/opposite direction/);
  });

  it('matches a total claim in the area the sentence names, with the line and reason', () => {
    const c = claimIn('Funksjonsområde 2C har totalt et merforbruk på 1,9 mill. kroner.');
    expect(c).toMatchObject({ verdict: 'consistent', kind: 'overspend', amountNok: 1_900_000, line: 14, match: { row: 2 } });
    expect(c.reason).toMatch(/names the funksjonsområde/);
  });

  it('flags a truncated total ("1,8" for 1 859) in the named area', () => {
    expect(claimIn('Funksjonsområde 2C har totalt et merforbruk på 1,8 mill. kroner.').verdict).toBe('inconsistent');
  });

  it('never forces a match: a round amount with no context stays unmatched', () => {
    const far = { ...fo2c, line: 900 };
    expect(claimIn('Det ble et merforbruk på 2 mill. kroner.', [far]).verdict).toBe('unmatched');
    expect(claimIn('Det ble et merforbruk på 7,3 mill. kroner.', [far]).verdict).toBe('unmatched');
  });

  it('never matches a forecast or a range', () => {
    const c = claimIn('Funksjonsområde 2C forventer et merforbruk på 1,9 mill. kroner i 2025.');
    expect(c.verdict).toBe('unmatched');
    expect(c.match).toBeUndefined();
  });

  it('converts table units: a "mill. kr" table', () => {
    const mill = makeTable('res', [['Driftsresultat', 'total', 100, 161.8, -61.8]], { unit: 'mill. kr', title: 'Regnskapsresultat', line: 10 });
    expect(claimIn('Bydelen har totalt et merforbruk på 61,8 mill. kroner.', [mill])).toMatchObject({ verdict: 'consistent', match: { table: 'res' } });
  });

  it('ignores tables that are not money (percent, counts)', () => {
    const pct = makeTable('pct', [['Andel', 'item', 10, 11.9, -1.9]], { unit: '%', line: 10 });
    expect(claimIn('Funksjonsområde 2C har totalt et merforbruk på 1,9 mill. kroner.', [pct]).verdict).toBe('unmatched');
  });

  it('gives PDF lines a page and a box around the phrase', () => {
    const line = {
      text: 'Bydelen har et merforbruk på 2,4 mill. kroner.',
      line: 1,
      page: 3,
      cells: [
        { text: 'Bydelen har et', box: [50, 700, 120, 710] as [number, number, number, number] },
        { text: 'merforbruk på 2,4', box: [122, 700, 200, 710] as [number, number, number, number] },
        { text: 'mill. kroner.', box: [202, 700, 260, 710] as [number, number, number, number] },
      ],
    };
    const [c] = extractClaims([line], []);
    expect(c).toMatchObject({ page: 3, box: [122, 700, 260, 710] });
  });
});

describe('extractClaims on PDF lines', () => {
  it('counts a table on the same page as standing with the text', () => {
    const table = { ...makeTable('p4', [['Sum netto utgifter', 'total', 50_000, 52_000, -2_000]]), page: 4 };
    const lines = [{ text: 'Det ble et merforbruk på 2 mill. kroner.', line: 120, page: 4 }];
    expect(extractClaims(lines, [table])[0]).toMatchObject({ verdict: 'consistent', page: 4, match: { table: 'p4' } });
    expect(extractClaims([{ ...lines[0]!, page: 9 }], [table])[0]?.verdict).toBe('unmatched');
  });
});
