// `--format md` for a journalist: what does not add up comes first, each with both places (table, line, row
// and column), so the figure can be looked up by hand on both sides.
import { describe, expect, it } from 'vitest';
import { extractionToMarkdown } from '../../../core/format/markdown.ts';
import { crossCheckTables } from '../../../core/claims/cross-check.ts';
import type { Column, Extraction } from '../../../core/model.ts';
import { makeTable } from './helpers/make-table.ts';

const result = (year: number): Column => ({ label: `Resultat ${year}`, role: 'actual', year });

describe('extractionToMarkdown with failed cross-checks', () => {
  it('lists the inconsistent claim and the failed cross-check before anything else, with both places', () => {
    const nokkeltall = makeTable('nokkeltall', [['Andel barnehagelærere i forhold til grunnbemanning', 'item', 33.5, 43.0, 45.0]], { columns: [2021, 2022, 2023].map(result), unit: '%', line: 2886, title: 'Nøkkeltall for: Funksjonsområde 2A' });
    const maaltall = makeTable('maaltall', [['Andel barnehagelærere i prosent av grunnbemanning i kommunale barnehager', 'item', 36.9, 38.2, 45.0]], { columns: [2021, 2022, 2023].map(result), unit: '%', line: 2926, title: 'Obligatoriske måltall' });
    const x: Extraction = {
      version: 1,
      source: { name: 'rapport.txt', kind: 'text', sha256: '0' },
      tables: [nokkeltall, maaltall],
      claims: [{ text: 'merforbruk på 7,8 millioner', kind: 'overspend', amountNok: 7_800_000, line: 12, verdict: 'inconsistent', match: { table: 'nokkeltall', row: 0, column: 0 } }],
      crossChecks: crossCheckTables([nokkeltall, maaltall]),
      warnings: [],
    };
    const md = extractionToMarkdown(x);
    const section = md.slice(md.indexOf('## Stemmer ikke'), md.indexOf('## Tabeller'));
    expect(md.indexOf('## Stemmer ikke')).toBeLessThan(md.indexOf('## Tabeller'));
    const lines = section.split('\n').filter((l) => l.startsWith('- '));
    expect(lines[0]).toContain('«merforbruk på 7,8 millioner» (linje 12)');
    expect(lines[1]).toBe(
      '- Andel barnehagelærere i forhold til grunnbemanning [Resultat 2021]: 33,5 i Nøkkeltall for: Funksjonsområde 2A, linje 2886, ' +
        'men 36,9 i Obligatoriske måltall, linje 2926 (Andel barnehagelærere i prosent av grunnbemanning i kommunale barnehager [Resultat 2021]) (differanse −3,4)',
    );
    expect(lines).toHaveLength(3);
  });

  it('names every row of a sum on its side', () => {
    const columns: Column[] = [result(2021), result(2022), result(2023), { label: 'Budsjett 2023', role: 'budget-revised', year: 2023 }];
    const perEnhet = makeTable(
      'per-enhet',
      [['Enhet A', 'item', 900, 1_000, 2_000, 3_000], ['Enhet B', 'item', 400, 500, 500, 500], ['Stab', 'item', 1_300, 1_500, 2_500, 3_500], ['Enhet C', 'item', 5, 10, 20, 30], ['Enhet D', 'item', 35, 40, 50, 60], ['Drift', 'item', 40, 50, 70, 90]],
      { columns, line: 20 },
    );
    const perAvdeling = makeTable('per-avdeling', [['Drift', 'item', 1_340, 1_550, 2_570, 4_000]], { columns, line: 10 });
    const x: Extraction = { version: 1, source: { name: 'r.txt', kind: 'text', sha256: '0' }, tables: [perAvdeling, perEnhet], claims: [], crossChecks: crossCheckTables([perAvdeling, perEnhet]), warnings: [] };
    expect(extractionToMarkdown(x)).toContain('- Drift [Budsjett 2023]: 4\u00a0000 i per-avdeling, linje 10, men 3\u00a0590 i per-enhet, linje 20 (Stab + Drift [Budsjett 2023]) (differanse 410)');
  });
});
