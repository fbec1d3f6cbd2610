import { describe, expect, it } from 'vitest';
import { crossCheckTables } from '../../../core/claims/cross-check.ts';
import { makeTable } from './helpers/make-table.ts';

const summary = makeTable(
  'tabell-0-1b',
  [
    ['Funksjonsområde 1', 'item', 39_557, 31_082, 8_476],
    ['Funksjonsområde 2A', 'item', 474_968, 461_882, 13_086],
    ['Sum netto utgifter', 'total', 514_525, 492_964, 21_562],
  ],
  { title: 'Tabell 0.1 B Netto driftsutgifter' },
);
const fo1 = makeTable(
  'fo1',
  [
    ['100 Politisk styring', 'item', 1_000, 900, 100],
    ['Sum netto utgifter *)', 'total', 39_557, 31_082, 8_478],
  ],
  { title: 'Hovedoversikt økonomi FO1 – netto driftsutgifter' },
);
const fo2a = makeTable('fo2a', [['Sum netto utgifter *)', 'total', 474_968, 461_882, 13_086]], { title: 'Hovedoversikt økonomi FO2A – netto driftsutgifter' });

describe('crossCheckTables', () => {
  it('compares a summary row naming a funksjonsområde with that area overview\'s total row, column by column', () => {
    const checks = crossCheckTables([summary, fo1, fo2a]);
    const failed = checks.filter((c) => !c.ok);
    expect(failed).toEqual([
      { a: { table: 'tabell-0-1b', row: 0, column: 2 }, b: { table: 'fo1', row: 1, column: 2 }, printedA: 8_476, printedB: 8_478, delta: -2, ok: false },
    ]);
    expect(checks.filter((c) => c.ok && c.b.table === 'fo2a')).toHaveLength(3);
  });

  it('tolerates a difference of one in the last digit (rounded sums)', () => {
    const f = makeTable('fo1', [['Sum', 'total', 39_557, 31_081, 8_477]], { title: 'Hovedoversikt økonomi FO1' });
    expect(crossCheckTables([summary, f]).every((c) => c.ok)).toBe(true);
  });

  it('compares rows with the same specific label in two tables, but not generic labels', () => {
    const a = makeTable('per-avdeling', [['Enhet barnevern', 'item', 278_941, 295_336, -16_395], ['Totalt drift', 'total', 1_000, 900, 100]]);
    const b = makeTable('per-enhet', [['Enhet barnevern', 'item', 278_941, 295_336, -16_359], ['Totalt drift', 'total', 1_000, 901, 99]]);
    const failed = crossCheckTables([a, b]).filter((c) => !c.ok);
    expect(failed.map((c) => [c.a.row, c.b.row, c.delta])).toEqual([[0, 0, -36]]);
    const generic = ['x', 'y', 'z'].map((id, k) => makeTable(id, [['Sum netto utgifter', 'item', 10 + k, 20 + k, 30 + k]]));
    expect(crossCheckTables(generic)).toEqual([]);
  });

  it('pairs two total rows only when several columns agree, and never across brutto and netto', () => {
    const brutto = makeTable('brutto', [['Sum brutto', 'total', 2_000_000, 2_100_000, -100_000]], { title: 'Tabell 0.1 Brutto driftsutgifter' });
    expect(crossCheckTables([brutto, summary])).toEqual([]);
    const again = makeTable('resultat', [['Totalt drift 2023', 'total', 514_525, 492_964, 21_561]]);
    expect(crossCheckTables([summary, again]).map((c) => c.ok)).toEqual([true, true, true]);
  });

  it('does not compare tables in different units', () => {
    const mill = makeTable('mill', [['Funksjonsområde 1', 'item', 39.6, 31.1, 8.5]], { unit: 'mill. kr' });
    expect(crossCheckTables([mill, fo1])).toEqual([]);
  });

  it('compares budget tables whose unit lines read differently when three columns agree (a misread unit line)', () => {
    const columns = [
      { label: 'Opprinnelig budsjett 2023', role: 'budget-original' as const, year: 2023 },
      { label: 'Justert budsjett 2023', role: 'budget-revised' as const, year: 2023 },
      { label: 'Regnskap 2023', role: 'actual' as const, year: 2023 },
      { label: 'Avvik 2023', role: 'variance' as const, year: 2023 },
    ];
    const perAvdeling = makeTable('per-avdeling', [['Totalt drift 2023', 'total', 1_627_687, 2_191_516, 2_145_210, 46_307]], { columns, line: 439 });
    const perEnhet = makeTable('per-enhet', [['Totalt drift 2023', 'total', 1_869_321, 2_191_517, 2_145_210, 46_307]], { columns, unit: 'mill. kr', line: 1085 });
    expect(crossCheckTables([perAvdeling, perEnhet]).filter((c) => !c.ok).map((c) => [c.a.column, c.delta])).toEqual([[0, -241_634]]);
    // Two agreeing columns are not enough to overrule the unit lines.
    const fewer = makeTable('fewer', [['Totalt drift 2023', 'total', 1_869_321, 2_191_517, 2_000_000, 46_307]], { columns, unit: 'mill. kr' });
    expect(crossCheckTables([perAvdeling, fewer])).toEqual([]);
  });
});
