import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../core/model.ts';
import { pickTable } from '../../../widget/pick-table.ts';
import { remoteMessages } from '../../../widget/remote-messages.ts';
import { demoSnapshot } from './fixtures.ts';

const brutto = demoSnapshot('ostensjo-2024-brutto').table;
const netto = demoSnapshot('ostensjo-2024-netto').table;
const extraction: Extraction = {
  version: 1,
  source: { name: 'ostensjo.pdf', kind: 'pdf', sha256: 'x' },
  report: { district: 'Østensjø', year: 2024, title: 'Årsberetning 2024' },
  tables: [brutto, { ...netto, page: 4 }],
  claims: [
    { text: 'merforbruk på 35,8 mill.', kind: 'overspend', amountNok: 35_800_000, verdict: 'consistent', match: { table: netto.id, row: 0, column: 4 } },
    { text: 'annet', kind: 'overspend', amountNok: 1, verdict: 'unmatched' },
  ],
  crossChecks: [],
  warnings: [],
};

describe('pickTable', () => {
  it('makes the snapshot of the table the caption names, with its page, report and matched claims', () => {
    const picked = pickTable(extraction, 'Tabell 0.1 B', 'https://example.org/r.pdf');
    expect(picked.ok).toBe(true);
    if (!picked.ok) return;
    expect(picked.snapshot.table.id).toBe(netto.id);
    expect(picked.snapshot.source).toEqual({ name: 'Årsberetning 2024', url: 'https://example.org/r.pdf', page: 4, district: 'Østensjø', year: 2024 });
    expect(picked.snapshot.claims?.map((c) => c.text)).toEqual(['merforbruk på 35,8 mill.']);
  });

  it('says which tables there are when the caption matches none, and links the report', () => {
    const picked = pickTable(extraction, 'Tabell 9.9', 'https://example.org/r.pdf');
    expect(picked).toMatchObject({ ok: false, link: 'https://example.org/r.pdf' });
    if (picked.ok) return;
    expect(picked.say('nb')).toBe(`Fant ingen tabell «Tabell 9.9» i rapporten. Tabeller som finnes: «${brutto.title}», «${netto.title}».`);
    expect(picked.say('en')).toContain('No table “Tabell 9.9”');
  });

  it('asks for a table attribute when there are several and none is named; takes the only one', () => {
    const picked = pickTable(extraction, '');
    expect(picked.ok).toBe(false);
    if (!picked.ok) expect(picked.say('nb')).toContain('table-attributtet');
    expect(pickTable({ ...extraction, tables: [brutto] }, '').ok).toBe(true);
  });

  it('has every src message in both languages', () => {
    expect(Object.keys(remoteMessages('en')).sort()).toEqual(Object.keys(remoteMessages('nb')).sort());
  });
});
