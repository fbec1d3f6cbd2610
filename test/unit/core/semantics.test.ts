import { describe, it, expect } from 'vitest';
import { classifyColumns, roleOf } from '../../../core/semantics/column-roles.ts';
import { classifyRows } from '../../../core/semantics/row-kinds.ts';
import { findUnit } from '../../../core/semantics/units.ts';
import { finishTable } from '../../../core/semantics/finish-table.ts';
import { splitHeader, joinHeaderLines } from '../../../core/tables/header.ts';

describe('column roles', () => {
  it.each([
    ['Regnskap 2024', 'actual'],
    ['Oppr. Budsjett 2024', 'budget-original'],
    ['Opprinnelig budsjett 2024', 'budget-original'],
    ['Vedtatt budsjett', 'budget-original'],
    ['Regulert budsjett 2024', 'budget-revised'],
    ['Justert budsjett 2023', 'budget-revised'],
    ['Avvik reg.bud/regn- skap 2024', 'variance'],
    ['Avvik justert for overførte prosjekter', 'variance-adjusted'],
    ['Overførte prosjektmidler til 2024', 'transferred'],
    ['Endring', 'change'],
    ['Måltall 2024', 'other'],
  ])('%j is %s', (label, role) => expect(roleOf(label, {})).toBe(role));

  it('reads years, and gives a Sum column its neighbours’ role', () => {
    const cols = classifyColumns(['1. Periodiseringsavvik', '2. Reelle besparelser avvik', 'Sum prosjekt'], { unit: '1000 kr' });
    expect(cols.map((c) => c.role)).toEqual(['variance', 'variance', 'variance']);
    expect(classifyColumns(['Regnskap 2023'], {})[0]!.year).toBe(2023);
  });
});

describe('header splitting', () => {
  it('cuts wrapped header lines into one label per column', () => {
    const text = joinHeaderLines(['Netto driftsutgifter Regnskap', '2023', 'Opprinnelig', 'budsjett', '2024', 'Regulert', 'budsjett', '2024', 'Regnskap', '2024', 'Avvik', 'reg.bud/regn-', 'skap 2024']);
    const { labels, labelHeader } = splitHeader(text, 5);
    expect(labels).toEqual(['Regnskap 2023', 'Opprinnelig budsjett 2024', 'Regulert budsjett 2024', 'Regnskap 2024', 'Avvik reg.bud/regnskap 2024']);
    expect(labelHeader).toBe('Netto driftsutgifter');
  });
});

describe('row kinds and units', () => {
  it('finds sum rows and the total', () => {
    const rows = ['F01', 'F02', 'Sum brutto utgifter, drift', 'FO4', 'Sum brutto utgift + sosialhjelp', 'Utgifter'].map((label, i) => ({ label, values: i === 5 ? [null] : [1] }));
    expect(classifyRows(rows)).toEqual(['item', 'item', 'subtotal', 'item', 'total', 'header']);
  });

  it.each([
    ['Tall i 1000 kr.', '1000 kr'],
    ['(tall i mill. kroner)', 'mill. kr'],
    ['Beløp i hele kroner', 'kr'],
    ['Tall i tusen kroner', '1000 kr'],
  ])('%j is %s', (text, unit) => expect(findUnit(text)).toBe(unit));
});

describe('finishTable', () => {
  const draft = {
    title: 'Tabell 0.1 B Netto driftsutgifter',
    unitText: 'Tall i 1000 kr',
    columnLabels: ['Regulert budsjett 2024', 'Regnskap 2024', 'Avvik 2024'],
    rows: [
      { label: 'FO3 Helse og omsorg', values: [1259880, 1281871, -21991] },
      { label: 'FO1 Administrasjon', values: [25646, 25000, 646] },
      { label: 'FO2 Barnehager', values: [100000, 100000, 0] },
      { label: 'Sum', values: [1385526, 1406871, -21345] },
    ],
  };

  it('computes variances with Oslo’s sign, percent of budget, direction and significance', () => {
    const t = finishTable(draft);
    expect(t.unit).toBe('1000 kr');
    expect(t.variances[0]).toMatchObject({ row: 0, budget: 1259880, actual: 1281871, variance: -21991, direction: 'overspend', significant: false });
    expect(t.variances[0]!.percent).toBeCloseTo(-1.745, 2);
    expect(t.variances[1]).toMatchObject({ direction: 'underspend', significant: false });
    expect(t.variances[2]).toMatchObject({ direction: 'on-budget' });
    expect(t.checks.every((c) => c.ok)).toBe(true);
    expect(t.checks.some((c) => c.kind === 'sum')).toBe(true);
  });

  it('takes the significance thresholds from the options', () => {
    const t = finishTable(draft, { significantPercent: 1, significantNok: 1_000_000 });
    expect(t.variances[0]!.significant).toBe(true);
  });
});
