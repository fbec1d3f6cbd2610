// Property-based tests (fast-check): the number reader and the table builder never throw, and every value
// they output is printed in their input.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseNumberCell } from '../../../core/numbers/parse-number.ts';
import { splitRow } from '../../../core/numbers/tokens.ts';
import { parseReportText } from '../../../core/index.ts';

const norwegian = (n: number) => {
  const s = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${n < 0 ? '-' : ''}${s}`;
};
const digitsOf = (v: number) => String(Math.abs(v)).replace('.', '');

describe('number reader properties', () => {
  it('never throws and reads back every Norwegian-printed integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => {
        expect(parseNumberCell(norwegian(n))).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const v = parseNumberCell(s);
        expect(v === null || v === undefined || Number.isFinite(v)).toBe(true);
        splitRow(s);
      }),
    );
  });
});

describe('table builder properties', () => {
  const row = fc.tuple(fc.constantFrom('Barnehager', 'Helse og omsorg', 'Administrasjon', 'Sum'), fc.array(fc.integer({ min: -999999, max: 9999999 }), { minLength: 1, maxLength: 6 }));

  it('never throws, and every value in a table is printed in the input', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.boolean(), (rows, header) => {
        const text = [
          'Tabell 1 Netto driftsutgifter',
          'Tall i 1000 kr',
          header ? 'Regnskap 2023 Regulert budsjett 2024 Regnskap 2024 Avvik 2024' : '',
          ...rows.map(([label, vals]) => `${label} ${vals.map(norwegian).join(' ')}`),
        ].join('\n');
        const x = parseReportText(text);
        const printed = text.replace(/\s/g, '');
        for (const t of x.tables) for (const r of t.rows) for (const v of r.values) if (v !== null) expect(printed).toContain(digitsOf(v));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 30 }), (lines) => {
        const x = parseReportText(lines.join('\n'));
        expect(x.version).toBe(1);
      }),
      { numRuns: 100 },
    );
  });
});
