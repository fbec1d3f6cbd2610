import { describe, expect, it } from 'vitest';
import { checksBadge, messages } from '../../../widget/i18n.ts';
import { describeCheck } from '../../../widget/checks.tsx';
import { demoSnapshot } from './fixtures.ts';

describe('checksBadge', () => {
  it('says the sums add up, or how many checks failed', () => {
    expect(checksBadge(0, 18, 'nb')).toBe('Summene stemmer');
    expect(checksBadge(1, 18, 'nb')).toBe('1 avvik i tabellens egen regning');
    expect(checksBadge(3, 18, 'nb')).toBe('3 avvik i tabellens egen regning');
    expect(checksBadge(1, 18, 'en')).toBe('1 error in the table’s own arithmetic');
    expect(checksBadge(0, 0, 'nb')).toBe('Ingen summer å kontrollere');
  });
  it('has every message in both languages', () => {
    expect(Object.keys(messages('en')).sort()).toEqual(Object.keys(messages('nb')).sort());
  });
});

describe('describeCheck', () => {
  it('explains a failed check with the row, column and numbers', () => {
    const table = demoSnapshot('ostensjo-2024-brutto').table;
    const failed = table.checks.filter((c) => !c.ok);
    expect(failed.length).toBeGreaterThan(0);
    for (const c of failed) {
      const text = describeCheck(c, table, 'nb');
      if (c.row !== undefined) expect(text).toContain(table.rows[c.row]!.label);
      expect(text.replace(/\u00a0/g, ' ')).toContain(String(Math.abs(c.printed)).replace(/\B(?=(\d{3})+(?!\d))/g, ' '));
    }
  });
});
