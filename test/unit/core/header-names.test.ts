import { describe, it, expect } from 'vitest';
import { fitHeader, headerNames, splitHeader } from '../../../core/tables/header.ts';

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
