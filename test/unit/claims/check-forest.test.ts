import { describe, expect, it } from 'vitest';
import { oneCheckPerDiscrepancy, type ScoredCheck } from '../../../core/claims/check-forest.ts';
import { makeTable } from './helpers/make-table.ts';

const at = (table: string, row = 0, column = 0) => ({ table, row, column });
function scored(a: string, b: string, printedA: number, printedB: number, strength: number): ScoredCheck {
  const delta = printedA - printedB;
  return { check: { a: at(a), b: at(b), printedA, printedB, delta, ok: Math.abs(delta) <= 1 }, strength };
}
const tables = [makeTable('avdeling', [], { line: 439 }), makeTable('tabell-0-1b', [], { line: 1003 }), makeTable('per-enhet', [], { line: 1085 })];

describe('oneCheckPerDiscrepancy', () => {
  it('reports a figure printed with three values as two discrepancies: the strongest, then the nearest pairing', () => {
    const checks = [
      scored('avdeling', 'tabell-0-1b', 1_627_687, 1_891_298, 6),
      scored('avdeling', 'per-enhet', 1_627_687, 1_869_321, 16),
      scored('tabell-0-1b', 'per-enhet', 1_891_298, 1_869_321, 6),
    ];
    expect(oneCheckPerDiscrepancy(checks, tables).map((c) => c.delta)).toEqual([-241_634, 21_977]);
  });

  it('keeps every passed check, and one failure when two printings agree and the third differs', () => {
    const checks = [scored('avdeling', 'tabell-0-1b', 500, 500, 6), scored('avdeling', 'per-enhet', 500, 530, 6), scored('tabell-0-1b', 'per-enhet', 500, 530, 6)];
    const kept = oneCheckPerDiscrepancy(checks, tables);
    expect(kept.filter((c) => c.ok)).toHaveLength(1);
    expect(kept.filter((c) => !c.ok)).toHaveLength(1);
  });

  it('keeps failures of different cells', () => {
    const other = { ...scored('avdeling', 'per-enhet', 10, 20, 1) };
    other.check = { ...other.check, a: at('avdeling', 1), b: at('per-enhet', 1) };
    const kept = oneCheckPerDiscrepancy([scored('avdeling', 'per-enhet', 1, 5, 1), other], tables);
    expect(kept).toHaveLength(2);
  });
});
