import { describe, expect, it } from 'vitest';
import { crossCheckTables } from '../../../core/claims/cross-check.ts';
import type { Column } from '../../../core/model.ts';
import { makeTable } from './helpers/make-table.ts';

const result = (year: number): Column => ({ label: `Resultat ${year}`, role: 'actual', year });
const NOKKELTALL: Column[] = [2019, 2020, 2021, 2022, 2023].map(result);
const MAALTALL: Column[] = [result(2021), result(2022), { label: 'Måltall 2023', role: 'other', year: 2023 }, result(2023), { label: 'Avvik 2023', role: 'variance', year: 2023 }];
/** A table whose header the table engine lost: five value columns, no roles, no years. */
const HEADLESS: Column[] = Array.from({ length: 5 }, () => ({ label: '', role: 'other' }));

/** An indicator table: percent, no money unit. */
const indicator = (id: string, rows: Parameters<typeof makeTable>[1], columns: Column[], line?: number) =>
  makeTable(id, rows, line === undefined ? { columns, unit: '%' } : { columns, unit: '%', line });

const nokkeltall = indicator(
  'nokkeltall',
  [
    ['Andel barnehagelærere i forhold til grunnbemanning', 'item', 34.9, 34.5, 33.5, 43.0, 45.0],
    ['Andel pedagogiske ledere med godkjent utdanning i kommunale og private barnehager', 'item', 82.4, 82.1, 83.7, 87.0, 82.5],
  ],
  NOKKELTALL,
  2886,
);

const failed = (tables = [nokkeltall]) => crossCheckTables(tables).filter((c) => !c.ok);

describe('crossCheckTables on indicator tables', () => {
  it('compares an indicator renamed between Nøkkeltall and Måltall when one year agrees exactly, and flags the years that differ', () => {
    const maaltall = indicator(
      'maaltall',
      [['Andel barnehagelærere i prosent av grunnbemanning i kommunale barnehager', 'item', 36.9, 38.2, 43.0, 45.0, 2.0]],
      MAALTALL, 2926,
    );
    const checks = crossCheckTables([nokkeltall, maaltall]);
    expect(checks.map((c) => [c.a.column, c.b.column, c.delta, c.ok])).toEqual([
      [2, 0, -3.4, false],
      [3, 1, 4.8, false],
      [4, 3, 0, true],
    ]);
  });

  it('does not compare alike labels without evidence that they are one indicator (no year agrees, no shared row)', () => {
    const maaltall = indicator('maaltall', [['Andelen pedagogiske ledere med godkjent utdanning i kommunale barnehager', 'item', 84.0, 88.0, 90.0, 86.8, -3.2]], MAALTALL);
    expect(crossCheckTables([nokkeltall, maaltall])).toEqual([]);
  });

  it('learns the columns of a headless table from a row both print under one name, then flags the renamed row', () => {
    const fo4 = indicator(
      'fo4-nokkeltall',
      [
        ['Andel mottakere med sosialhjelp som viktigste kilde til livsopphold', 'item', 61.0, 59.0, 59.4, 56.4, 54.9],
        ['Andel søknader om økonomisk sosialhjelp - behandlet innen 2 uker', 'item', 66.0, 82.0, 78.0, 84.2, 70.6],
      ],
      NOKKELTALL,
      7400,
    );
    const headless = indicator(
      'fo4-maaltall',
      [
        ['Andel søknader om økonomisk sosialhjelp - behandlet innen 2 uker', 'item', 78.0, 84.2, 95.0, 70.6, -24.4],
        ['Andel av mootakerne som har sosialhjelp som viktigste inntektskilde 1)', 'item', 59.0, 44.11, null, 44.1, 0.9],
      ],
      HEADLESS,
      7473,
    );
    const checks = crossCheckTables([fo4, headless]);
    expect(checks.filter((c) => c.ok)).toHaveLength(4); // the shared row's three years, and 59,4 against 59,0
    expect(checks.filter((c) => !c.ok).map((c) => [c.a.row, c.a.column, c.b.row, c.b.column, c.delta])).toEqual([
      [0, 3, 1, 1, 12.29],
      [0, 4, 1, 3, 10.8],
    ]);
    // Without the shared row nothing says which column is which year.
    const alone = indicator('alone', [headless.rows[1] ? [headless.rows[1].label, 'item', ...headless.rows[1].values] : ['', 'item']], HEADLESS);
    expect(crossCheckTables([fo4, alone])).toEqual([]);
  });

  it('does not pair a row when another reads nearly as alike (a guess), nor rows whose labels print different numbers', () => {
    const meldinger = indicator('meldinger', [['Antall opprettede undersøkelse', 'item', 330, 324, 283]], NOKKELTALL.slice(2));
    const saker = indicator(
      'saker',
      [
        ['Antall undersøkelsessaker', 'item', 410, 396, 283],
        ['Antall henlagte undersøkelser', 'item', 241, 231, 208],
      ],
      NOKKELTALL.slice(2),
    );
    expect(failed([meldinger, saker])).toEqual([]);
    const twoWeeks = indicator('a', [['Andel søknader behandlet innen 2 uker', 'item', 70, 80, 90]], NOKKELTALL.slice(2));
    const threeMonths = indicator('b', [['Andel søknader behandlet innen 3 mnd.', 'item', 70, 95, 99]], NOKKELTALL.slice(2));
    expect(crossCheckTables([twoWeeks, threeMonths])).toEqual([]);
  });

  it('does not pair rows whose values are of another size (a count and a share)', () => {
    const a = indicator('a', [['Antall barn med barnehageplass', 'item', 633, 609, 45]], NOKKELTALL.slice(2));
    const b = indicator('b', [['Andel barn med barnehageplass', 'item', 59.4, 65.6, 45]], NOKKELTALL.slice(2));
    expect(crossCheckTables([a, b])).toEqual([]);
  });

  it('counts values within the checks\' rounding (1e-6) as agreeing exactly, and values 1e-6 apart as not', () => {
    const a = indicator('a', [['Andel barnehagelærere i forhold til grunnbemanning', 'item', 34.9, 38.2, 43.0000004]], NOKKELTALL.slice(2));
    const b = indicator('b', [['Andel barnehagelærere i prosent av grunnbemanning', 'item', 36.9, 38.1, 43.0]], NOKKELTALL.slice(2));
    expect(crossCheckTables([a, b]).map((c) => [c.a.column, c.delta, c.ok])).toEqual([
      [0, -2, false],
      [1, 0.1, true],
      [2, 0, true],
    ]);
    const apart = indicator('b', [['Andel barnehagelærere i prosent av grunnbemanning', 'item', 36.9, 38.1, 43.000001]], NOKKELTALL.slice(2));
    expect(crossCheckTables([a, apart])).toEqual([]);
  });

  it('leaves labels printed in three or more tables alone (generic)', () => {
    const generic = ['x', 'y', 'z'].map((id, k) => indicator(id, [['Totalt antall', 'item', 10, 20 + k, 30]], NOKKELTALL.slice(2)));
    expect(crossCheckTables(generic)).toEqual([]);
  });
});
