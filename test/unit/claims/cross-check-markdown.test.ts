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
});
