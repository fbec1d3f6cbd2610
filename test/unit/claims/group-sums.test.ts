import { describe, expect, it } from 'vitest';
import { crossCheckTables } from '../../../core/claims/cross-check.ts';
import { groupTotals, isSumCheck } from '../../../core/claims/group-sums.ts';
import type { Column } from '../../../core/model.ts';
import { makeTable } from './helpers/make-table.ts';

const COLUMNS: Column[] = [
  { label: 'Regnskap 2022', role: 'actual', year: 2022 },
  { label: 'Opprinnelig budsjett 2023', role: 'budget-original', year: 2023 },
  { label: 'Justert budsjett 2023', role: 'budget-revised', year: 2023 },
  { label: 'Regnskap 2023', role: 'actual', year: 2023 },
];

// Per resultatenhet: two sections, each closed by the row that prints its sum (labelled like any other row).
const perEnhet = makeTable(
  'per-enhet',
  [
    ['Enhet stab/støtte bydelsdirektør', 'item', 4_268, 5_015, 8_654, 6_909],
    ['Enhet utvikling', 'item', 20_333, 0, 27_731, 16_343],
    ['Enhet folkehelse', 'item', 17_004, 9_839, 13_861, 8_233],
    ['Bydelsdirektør', 'item', 41_605, 14_854, 50_246, 31_485],
    ['Enhet HR', 'item', 23_581, 21_623, 21_623, 20_317],
    ['Enhet økonomi', 'item', 76_856, 116_157, 116_157, 77_585],
    ['Økonomi og administrasjon', 'item', 100_437, 137_780, 137_780, 97_902],
    ['Totalt drift', 'total', 142_042, 152_634, 188_026, 129_387],
  ],
  { columns: COLUMNS, line: 1085 },
);

describe('groupTotals', () => {
  it('finds the rows that print the sum of their section by the arithmetic, not the label', () => {
    expect(groupTotals(perEnhet)).toEqual([3, 6]);
    const noSections = makeTable('flat', [['A', 'item', 1, 2, 3, 4], ['B', 'item', 5, 6, 7, 8], ['C', 'item', 9, 9, 9, 9]], { columns: COLUMNS });
    expect(groupTotals(noSections)).toEqual([]);
  });
});

describe('crossCheckTables against a sum of sections', () => {
  it('checks an avdeling row against the run of sections it spans, and flags the column where the sum differs', () => {
    const perAvdeling = makeTable('per-avdeling', [['Økonomi og administrasjon', 'item', 142_042, 174_611, 188_026, 129_387]], { columns: COLUMNS, line: 439 });
    const checks = crossCheckTables([perAvdeling, perEnhet]).filter(isSumCheck);
    expect(checks.map((c) => [c.a.column, c.printedB, c.ok])).toEqual([
      [0, 142_042, true],
      [1, 152_634, false],
      [2, 188_026, true],
      [3, 129_387, true],
    ]);
    expect(checks.every((c) => c.bRows.join() === '3,6' && c.b.row === 6)).toBe(true);
    expect(checks.find((c) => !c.ok)?.delta).toBe(21_977);
  });

  it('needs three agreeing columns: two could be chance', () => {
    const perAvdeling = makeTable('per-avdeling', [['Økonomi og administrasjon', 'item', 142_042, 174_611, 188_026, 1]], { columns: COLUMNS });
    expect(crossCheckTables([perAvdeling, perEnhet]).filter(isSumCheck)).toEqual([]);
  });

  it('checks the row once, against the nearest table that prints the sections', () => {
    const perAvdeling = makeTable('per-avdeling', [['Økonomi og administrasjon', 'item', 142_042, 174_611, 188_026, 129_387]], { columns: COLUMNS, line: 439 });
    const far = { ...perEnhet, id: 'fo1-enheter', line: 1902 };
    const failed = crossCheckTables([perAvdeling, far, perEnhet]).filter((c) => isSumCheck(c) && !c.ok);
    expect(failed.map((c) => c.b.table)).toEqual(['per-enhet']);
  });
});
