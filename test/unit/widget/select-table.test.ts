import { describe, expect, it } from 'vitest';
import { selectTable, tableNames } from '../../../widget/select-table.ts';
import { demoSnapshot } from './fixtures.ts';

const brutto = demoSnapshot('ostensjo-2024-brutto').table; // "Tabell 0.1 Brutto driftsutgifter i 1000 kr."
const netto = demoSnapshot('ostensjo-2024-netto').table; // "Tabell 0.1 B Netto driftsutgifter i 1000 kr."
const tables = [brutto, netto];

describe('selectTable', () => {
  it('finds "Tabell 0.1 B" at a word boundary, not "Tabell 0.1 Brutto"', () => {
    expect(selectTable(tables, 'Tabell 0.1 B')).toBe(netto);
  });
  it('takes the first table in report order for a shared prefix', () => {
    expect(selectTable(tables, 'Tabell 0.1')).toBe(brutto);
  });
  it('matches ids, exact titles, case and spacing', () => {
    expect(selectTable(tables, netto.id)).toBe(netto);
    expect(selectTable(tables, '  tabell   0.1 b  netto ')).toBe(netto);
    expect(selectTable(tables, 'Netto driftsutgifter')).toBe(netto);
  });
  it('finds nothing for an unknown or empty caption', () => {
    expect(selectTable(tables, 'Tabell 9.9')).toBeUndefined();
    expect(selectTable(tables, 'Tabell 0.1 Bx')).toBeUndefined();
    expect(selectTable(tables, '  ')).toBeUndefined();
  });
  it('lists captions to offer instead, each once', () => {
    expect(tableNames([...tables, brutto])).toEqual([brutto.title, netto.title]);
  });
});
