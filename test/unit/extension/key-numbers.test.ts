import { describe, it, expect } from 'vitest';
import { keyNumbers, firstInterestingTable } from '../../../extension/utils/key-numbers.ts';
import { unitToNok, formatNumber, formatNok } from '../../../extension/utils/format.ts';
import { chapterExtraction } from './fixture.ts';

describe('keyNumbers', () => {
  const k = keyNumbers(chapterExtraction());
  it('finds the overall result on the total row, in kroner', () => {
    expect(k.overall?.label).toBe('Sum netto driftsutgifter');
    expect(k.overall?.nok).toBe(-72_258_000);
    expect(k.overall?.variance.direction).toBe('overspend');
  });
  it('ranks the largest significant overspends, largest first, never the total', () => {
    expect(k.overspends.map((r) => r.label)).toEqual(['FO3 Helse og omsorg', 'FO2 Barnevern']);
    expect(k.underspends).toEqual([]);
  });
  it('shows first the table that holds the overall result', () => {
    const x = chapterExtraction();
    const money = x.tables[0]!;
    const counts = { ...money, id: 'antall', title: 'Antall', variances: [], rows: money.rows.map((r) => ({ ...r, kind: 'item' as const })) };
    expect(firstInterestingTable({ ...x, tables: [counts, money] })).toBe(1);
  });
  it('counts tables, failed checks and claims', () => {
    expect(k.tableCount).toBe(1);
    expect(k.failedChecks).toHaveLength(0);
    expect(k.claimCount).toBe(3);
  });
});

describe('format', () => {
  it('writes Norwegian numbers with spaces and a true minus', () => {
    expect(formatNumber(-1927753, 'nb')).toBe('−1 927 753');
    expect(formatNumber(-61.8, 'nb')).toBe('−61,8');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNok(-72_258_000, 'nb')).toBe('−72,3 mill. kr');
  });
  it('knows table units in kroner', () => {
    expect(unitToNok('1000 kr')).toBe(1000);
    expect(unitToNok('mill. kr')).toBe(1_000_000);
    expect(unitToNok('kr')).toBe(1);
    expect(unitToNok('%')).toBeNull();
  });
});
