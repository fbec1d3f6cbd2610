import { describe, expect, it } from 'vitest';
import { countHeaderRows } from '../../../core/pdf/header-rows.ts';

describe('countHeaderRows', () => {
  it('counts the rows above the first value row', () => {
    expect(countHeaderRows([['', 'Regnskap', 'Regulert'], ['', '2024', 'budsjett 2024'], ['Barnehager', '1 200', '1 300']])).toBe(2);
  });
  it('leaves section rows right above the first value row in the body', () => {
    expect(countHeaderRows([['', 'Beløp'], ['Økning i formue', ''], ['IB - Saldo pr. 01.01.2024', '−7 667 953,88']])).toBe(1);
  });
  it('does not take a year header for a value', () => {
    expect(countHeaderRows([['', '2023', '2024'], ['Antall', '12', '14']])).toBe(1);
  });
  it('keeps one header row when nothing is a number', () => {
    expect(countHeaderRows([['Navn', 'Rolle'], ['Kari', 'leder']])).toBe(1);
  });
});
