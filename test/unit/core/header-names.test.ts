import { describe, it, expect } from 'vitest';
import { fitHeader, headerNames, joinHeaderLines, splitHeader } from '../../../core/tables/header.ts';
import { numberedHeader } from '../../../core/tables/header-lines.ts';
import { classifyLine } from '../../../core/tables/classify-lines.ts';

describe('a header read once, then fitted to the column count', () => {
  const headers = [
    'Regnskap 2023 Oppr. budsjett 2024 Regulert budsjett 2024 Regnskap 2024 Avvik',
    'Brutto driftsutgifter Regnskap 2023 Regnskap 2024',
    'Prosjektnr.- og navn 1. Periodiseringsavvik 2. Reelle netto besparelser 3. Annet Sum prosjekt',
    '31.12.2024 Fordringer (+) Gjeld (-)',
    'Des 2023 Jan 2024',
  ];
  it('gives what splitHeader gives for any column count, and leaves the names it was given as they were', () => {
    for (const h of headers) {
      for (const columns of [0, 1, 2, 3, 4, 6]) {
        const names = headerNames(h);
        const before = JSON.stringify(names);
        expect(fitHeader(names, columns)).toEqual(splitHeader(h, columns));
        expect(JSON.stringify(names)).toBe(before);
      }
    }
  });

  it('fits numbered names to no column count', () => {
    expect(splitHeader(headers[2]!, 2).labels).toEqual(['1. Periodiseringsavvik', '2. Reelle netto besparelser', '3. Annet', 'Sum prosjekt']);
    expect(splitHeader(headers[0]!, 6).labels).toHaveLength(6);
  });
});

describe('headerNames', () => {
  it('cuts a name after its year (not before a parenthesis), and starts one at a role word the word before does not bind', () => {
    const names = (h: string) => headerNames(h).labels;
    expect(names('Regnskap 2023 Oppr. budsjett 2024 Regulert budsjett 2024 Regnskap 2024 Avvik'))
      .toEqual(['Regnskap 2023', 'Oppr. budsjett 2024', 'Regulert budsjett 2024', 'Regnskap 2024', 'Avvik']);
    expect(names('2022 2023 2024 Endring')).toEqual(['2022', '2023', '2024', 'Endring']);
    expect(names('Regnskap 2024 (inkl. mva) Budsjett 2024')).toEqual(['Regnskap 2024 (inkl. mva)', 'Budsjett 2024']);
    expect(names('Avvik Avvik i %')).toEqual(['Avvik', 'Avvik i %']);
    expect(names('Kvinner andel av menn % Menn')).toEqual(['Kvinner andel av menn %', 'Menn']);
    expect(names('Totalt Totalt Menn % Kvinner %')).toEqual(['Totalt', 'Totalt', 'Menn %', 'Kvinner %']);
    expect(names('Oppr. budsjett Reg. budsjett')).toEqual(['Oppr. budsjett', 'Reg. budsjett']);
    expect(names('Avsetning/ Bruk 2024')).toEqual(['Avsetning/ Bruk 2024']);
    expect(headerNames('Befolknings- utvikling 01.01.2021 01.01.2022')).toEqual({ labels: ['01.01.2021', '01.01.2022'], labelHeader: 'Befolknings- utvikling', numbered: false });
    expect(headerNames('')).toEqual({ labels: [], labelHeader: '', numbered: false });
  });

  it('reads numbered names only in order, each number followed by a word', () => {
    expect(headerNames('Navn 1. Plan 3. Drift 2. Annet').labels).toEqual(['1. Plan 3. Drift', '2. Annet']);
    expect(headerNames('Navn 2. Plan 1. Drift').numbered).toBe(false);
    expect(headerNames('Navn 1. Plan 2.').numbered).toBe(false);
  });
});

describe('joinHeaderLines', () => {
  it('joins trimmed lines with one space, mends a word hyphenated over a break, and makes any white space one space', () => {
    expect(joinHeaderLines(['  Regnskap ', '', '2024'])).toBe('Regnskap 2024');
    expect(joinHeaderLines(['Befolknings-', 'utvikling'])).toBe('Befolkningsutvikling');
    expect(joinHeaderLines(['Avvik -', 'Drift'])).toBe('Avvik - Drift');
    expect(joinHeaderLines(['Regnskap\t\t2024   Budsjett\u00a02024'])).toBe('Regnskap 2024 Budsjett 2024');
    expect(joinHeaderLines(['Regnskap\u2028 2024'])).toBe('Regnskap 2024');
    expect(joinHeaderLines(['Regnskap   2024'])).toBe('Regnskap 2024');
    expect(joinHeaderLines(['Regnskap\u00a02024'])).toBe('Regnskap 2024');
    expect(joinHeaderLines([])).toBe('');
  });
});

describe('numberedHeader', () => {
  const lines = (texts: string[]) => texts.map((text, k) => classifyLine({ text, line: k + 1 }));
  const header = (texts: string[]) => numberedHeader(lines(texts), texts.length - 1, 0)?.map((cl) => cl.line.text);
  it('takes the lines from the one before "1." down to the first row when a "2." follows the "1."', () => {
    const row = 'Prosjekt A 1 200 300 400';
    expect(header(['Navn', '1. Plan', 'avvik', '', '2.', 'Drift', row])).toEqual(['Navn', '1. Plan', 'avvik', '2.', 'Drift']);
    expect(header(['Navn', '2. Plan', '1. Drift', row])).toBeUndefined();
    expect(header(['Navn', '1.5 Plan', '2. Drift', row])).toBeUndefined();
    expect(header(['Navn', '1.Plan', '2. Drift', row])).toBeUndefined();
    // A unit line between the numbers ends the run above the row.
    expect(header(['Navn', '1. Plan', 'Tall i 1000 kr', '2. Drift', row])).toBeUndefined();
  });
});
