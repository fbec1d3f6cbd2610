import { describe, it, expect } from 'vitest';
import { parseNumberCell } from '../../../core/numbers/parse-number.ts';
import { splitRow } from '../../../core/numbers/tokens.ts';

describe('parseNumberCell', () => {
  it('reads dots between groups of three, twice or more, as thousands ("-1.927.753")', () => {
    expect(parseNumberCell('-1.927.753')).toBe(-1927753);
    expect(parseNumberCell('1.801.002')).toBe(1801002);
    // One dot stays a decimal point on its own.
    expect(parseNumberCell('44.11')).toBe(44.11);
  });

  it.each([
    ['1 927 753', 1927753],
    ['1\u00a0927\u00a0753', 1927753],
    ['1\u2009927\u2009753', 1927753],
    ['61,8', 61.8],
    ['-61,8', -61.8],
    ['\u221261,8', -61.8],
    ['44.11 %', 44.11],
    ['12%', 12],
    ['28*', 28],
    ['28*)', 28],
    ['(2 045)', -2045],
    ['0', 0],
  ])('reads %j as %d', (s, v) => expect(parseNumberCell(s)).toBe(v));

  it.each(['-', '–', 'N.A', 'n/a', ''])('reads %j as a printed nil (null)', (s) => expect(parseNumberCell(s)).toBeNull());

  it('reads a bound as its bound ("<150", ">80%")', () => {
    expect(parseNumberCell('<150')).toBe(150);
    expect(parseNumberCell('>80%')).toBe(80);
    expect(parseNumberCell('≥ 95,5 %')).toBe(95.5);
  });

  it.each(['Barnehager', '<', '>>', 'F02A', '1.23.4', 'kr'])('says %j is not a number', (s) =>
    expect(parseNumberCell(s)).toBeUndefined());
});

describe('splitRow', () => {
  it('splits a label from the numbers that end the row', () => {
    const r = splitRow('F03 Helse og omsorg 1 517 588 1 472 313 -84 895');
    expect(r.label).toBe('F03 Helse og omsorg');
    expect(r.tokens.map((t) => t.text)).toEqual(['1', '517', '588', '1', '472', '313', '-84', '895']);
  });

  it('keeps codes and years inside the label out of the numbers', () => {
    expect(splitRow('120 Administrasjon 4 032 6 325').label).toBe('120 Administrasjon');
    expect(splitRow('F02A Barnehager 721 511').label).toBe('F02A Barnehager');
    expect(splitRow('Mindreforbruk fra 2022 23,3').tokens[0]!.year).toBe(true);
  });

  it('marks a year-like token so the label may take it', () => {
    const r = splitRow('Merforbruk fra 2023   -57,8');
    expect(r.tokens.map((t) => [t.text, t.year])).toEqual([['2023', true], ['-57,8', false]]);
    expect(r.tokens[1]!.gap).toBe(3);
  });

  it('skips a footnote mark between numbers and stops at one before them', () => {
    expect(splitRow('mestring 901 860 850 716 *) -134').tokens.map((t) => t.text)).toEqual(['901', '860', '850', '716', '-134']);
    expect(splitRow('rehabiliteringsopphold 1) 64 40').label).toBe('rehabiliteringsopphold 1)');
  });

  it('joins a lone % to its number and keeps text cells', () => {
    expect(splitRow('Andel 34,9 % 35 % >80%').tokens.map((t) => [t.text, t.kind])).toEqual([
      ['34,9%', 'whole'],
      ['35%', 'whole'],
      ['>80%', 'text'],
    ]);
  });

  it('keeps a code inside a parenthesis the label opens ("(f. 244)") out of the numbers', () => {
    const row = splitRow('Brutto driftsutgifter per barn i barnevernet (f. 244) 61 106 65 288');
    expect(row.label).toBe('Brutto driftsutgifter per barn i barnevernet (f. 244)');
    expect(row.tokens.map((t) => t.text)).toEqual(['61', '106', '65', '288']);
    expect(splitRow('Avdrag på lån 2) 5 6').tokens.map((t) => t.text)).toEqual(['5', '6']);
  });

  it('reads plain digits, signed or not: up to three may start a number (three unsigned continue one), more are whole', () => {
    const row = splitRow('Post 7 338 -338 +12 0 113070 -2024 2024 1999 2100 0190');
    expect(row.tokens.map((t) => [t.text, t.kind, t.group, t.terminal, t.year])).toEqual([
      ['7', 'digits', false, false, false],
      ['338', 'digits', true, false, false],
      ['-338', 'digits', false, false, false],
      ['+12', 'digits', false, false, false],
      ['0', 'digits', false, false, false],
      ['113070', 'whole', false, true, false],
      ['-2024', 'whole', false, true, false],
      ['2024', 'whole', false, true, true],
      ['1999', 'whole', false, true, true],
      ['2100', 'whole', false, true, false],
      ['0190', 'whole', false, true, false],
    ]);
    expect(row.tokens.every((t) => t.date === undefined)).toBe(true);
  });

  it('reads printed placeholders of empty cells ("(N)", a lone "%", "N/A") among the numbers', () => {
    const row = splitRow('2022 1642 729 19 % 81 % 353 14 % 86 % N/A % % 193 21 % 78 %');
    expect(row.label).toBe('');
    expect(row.tokens.map((t) => (t.kind === 'nil' ? '∅' : t.text))).toEqual(
      ['2022', '1642', '729', '19%', '81%', '353', '14%', '86%', '∅', '∅', '∅', '193', '21%', '78%']);
    expect(splitRow('Totalt (N) 12').tokens.map((t) => t.kind)).toEqual(['nil', 'digits']);
  });
});

describe('amounts in parentheses', () => {
  it('reads an amount in parentheses among the numbers as negative, and leaves footnote numbers and codes alone', () => {
    expect(splitRow('FO1 Administrasjon 73 414 75 100 (1 686)').tokens.map((t) => t.text)).toEqual(['73', '414', '75', '100', '-1', '686']);
    expect(splitRow('FO3 Helse 100 200 (100)').tokens.map((t) => t.text)).toEqual(['100', '200', '-100']);
    expect(splitRow('Antall brukere 45 (1)').tokens.map((t) => t.text)).not.toContain('-1');
    expect(splitRow('Barnevern (244) 1 234').label).toBe('Barnevern (244)');
  });
});

describe('currency marks', () => {
  it('skips "kr" before a number, but keeps it in a unit phrase in the label', () => {
    expect(splitRow('Frivillige lag kr 120 000 kr 98 500')).toMatchObject({ label: 'Frivillige lag' });
    expect(splitRow('Frivillige lag kr 120 000 kr 98 500').tokens.map((t) => t.text)).toEqual(['120', '000', '98', '500']);
    expect(splitRow('Regnskap pr. 31.12. i mill kr 0,00 0,07').label).toBe('Regnskap pr. 31.12. i mill kr');
  });
});
