import { describe, expect, it } from 'vitest';
import { csvFileName, tableToCsv } from '../../../widget/csv.ts';
import { demoSnapshot } from './fixtures.ts';

describe('tableToCsv', () => {
  const table = demoSnapshot('ostensjo-2024-netto').table;
  const lines = tableToCsv(table, 'Post', 'Retning').trimEnd().split('\r\n');

  it('writes a header, one line per row and plain numbers', () => {
    expect(lines).toHaveLength(table.rows.length + 1);
    expect(lines[0]).toBe(['Post', ...table.columns.map((c) => c.label), 'Retning'].join(','));
    const first = table.rows[0]!;
    expect(lines[1]).toContain(first.values.map((v) => (v === null ? '' : String(v))).join(','));
  });

  it('adds each row’s variance direction', () => {
    for (const v of table.variances) expect(lines[v.row + 1]!.endsWith(`,${v.direction}`)).toBe(true);
  });

  it('quotes commas and quotes, and defuses formulas', () => {
    const t = structuredClone(table);
    t.rows[0]!.label = 'F02C Aktivitetstilbud, "helse"';
    t.rows[1]!.label = '=HYPERLINK("http://x")';
    const csv = tableToCsv(t, 'Post', 'Retning').split('\r\n');
    expect(csv[1]!.startsWith('"F02C Aktivitetstilbud, ""helse"""')).toBe(true);
    expect(csv[2]!.startsWith(`"'=HYPERLINK(""http://x"")"`)).toBe(true);
  });

  it('names the file after the title', () => {
    expect(csvFileName(table)).toBe('tabell-0-1-b-netto-driftsutgifter-i-1000-kr.csv');
    expect(csvFileName({ ...table, title: 'Søndre Nordstrand – Østensjø' })).toBe('sondre-nordstrand-ostensjo.csv');
  });
});
