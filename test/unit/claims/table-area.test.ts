import { describe, expect, it } from 'vitest';
import { areaCodes, areaOf } from '../../../core/claims/area-code.ts';
import { tableAreas } from '../../../core/claims/table-area.ts';
import { textToLines } from '../../../core/text/to-lines.ts';
import { makeTable, textAt } from './helpers/make-table.ts';

describe('areaCodes / areaOf', () => {
  it('reads the ways reports name a funksjonsområde', () => {
    expect([...areaCodes('Funksjonsområde 2A, FO3, F02C Aktivitet, Funk.omr. 4, FO4B')]).toEqual(['2A', '3', '2C', '4', '4B']);
  });
  it('does not read KOSTRA function numbers or years as areas', () => {
    expect(areaCodes('F253 institusjon, F733, 2023, for 2 år')).toEqual(new Set());
  });
  it('takes the most specific area of a title and refuses titles naming two areas', () => {
    expect(areaOf('Hovedoversikt økonomi FO4 – FO4A Sosiale tjenester')).toBe('4A');
    expect(areaOf('FO2A og FO2B')).toBeUndefined();
  });
});

describe('tableAreas', () => {
  const kostra = makeTable('kostra', [['Sum netto utgifter *)', 'total', 1, 2, 3]], { title: 'KOSTRA-funksjon', line: 60 });
  it('finds the area in the nearest caption or numbered heading above the table, skipping prose', () => {
    const text = textAt(
      [
        [10, '3.6.4 Hovedoversikt økonomi FO3 – netto driftsutgifter'],
        [20, 'Korrigeres det for øremerkede midler viser funksjonsområde FO2B et merforbruk på 21,8 mill. kroner i året.'],
      ],
      70,
    );
    expect(tableAreas([kostra], textToLines(text)).get('kostra')).toBe('3');
  });
  it('prefers the title, then the total row', () => {
    const sum = makeTable('sum', [['Sum FO4A *)', 'total', 1, 2, 3]], { line: 5 });
    expect(tableAreas([sum]).get('sum')).toBe('4A');
    expect(tableAreas([kostra]).has('kostra')).toBe(false);
  });
});
