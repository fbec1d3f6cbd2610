import { describe, it, expect } from 'vitest';
import { classifyColumns, roleOf } from '../../../core/semantics/column-roles.ts';
import { classifyRows } from '../../../core/semantics/row-kinds.ts';
import { findUnit, UNITS } from '../../../core/semantics/units.ts';
import fc from 'fast-check';
import { finishTable } from '../../../core/semantics/finish-table.ts';
import { splitHeader, joinHeaderLines } from '../../../core/tables/header.ts';
import { liftQualifiers } from '../../../core/semantics/qualifier-rows.ts';
import { parseReportText } from '../../../core/index.ts';

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
    ['Avvik i %', 'percent'],
    ['Avvik i kr', 'variance'],
    ['Forbruk i %', 'percent'],
  ])('%j is %s', (label, role) => expect(roleOf(label, {})).toBe(role));

  it('reads years, and gives a Sum column its neighbours’ role', () => {
    const cols = classifyColumns(['1. Periodiseringsavvik', '2. Reelle besparelser avvik', 'Sum prosjekt'], { unit: '1000 kr' });
    expect(cols.map((c) => c.role)).toEqual(['variance', 'variance', 'variance']);
    expect(classifyColumns(['Regnskap 2023'], {})[0]!.year).toBe(2023);
  });

  it('joins a label\'s runs of white space into one space, reads its last year, and again on the next call', () => {
    const cols = classifyColumns([' Regnskap\t2023 ', 'Avvik  2022/2023', 'Budsjett\u00a02024', 'Justert budsjett 2024', 'Avvik reg.bud/regn-  skap 2024'], {});
    expect(cols.map((c) => [c.label, c.role, c.year])).toEqual([
      ['Regnskap 2023', 'actual', 2023],
      ['Avvik 2022/2023', 'variance', 2023],
      ['Budsjett 2024', 'budget-original', 2024],
      ['Justert budsjett 2024', 'budget-revised', 2024],
      ['Avvik reg.bud/regn- skap 2024', 'variance', 2024],
    ]);
    expect(classifyColumns(['Regnskap 2021 og 2022', 'Mål 2025'], {}).map((c) => c.year)).toEqual([2022, 2025]);
  });
});

describe('header splitting', () => {
  it('cuts wrapped header lines into one label per column', () => {
    const text = joinHeaderLines(['Netto driftsutgifter Regnskap', '2023', 'Opprinnelig', 'budsjett', '2024', 'Regulert', 'budsjett', '2024', 'Regnskap', '2024', 'Avvik', 'reg.bud/regn-', 'skap 2024']);
    const { labels, labelHeader } = splitHeader(text, 5);
    expect(labels).toEqual(['Regnskap 2023', 'Opprinnelig budsjett 2024', 'Regulert budsjett 2024', 'Regnskap 2024', 'Avvik reg.bud/regnskap 2024']);
    expect(labelHeader).toBe('Netto driftsutgifter');
  });

  it('takes the words before the first year as the name of the label column when column names follow the years', () => {
    expect(splitHeader('Aldersgruppe 2022 2023 2024 Endring', 0)).toEqual({ labels: ['2022', '2023', '2024', 'Endring'], labelHeader: 'Aldersgruppe' });
  });

  it('keeps a year after a preposition in the caption before the column names ("Tildelt langtidsplass i 2024 Sum Andel")', () => {
    expect(splitHeader('Tildelt langtidsplass i 2024 Sum Andel', 0)).toEqual({ labels: ['Sum', 'Andel'], labelHeader: 'Tildelt langtidsplass i 2024' });
  });

  it('ends a column name at a range of years, and keeps "%-vis endring" whole', () => {
    expect(splitHeader('Regnskap 2023 Regnskap 2024 Endring 2023-2024 %-vis endring', 0).labels).toEqual(
      ['Regnskap 2023', 'Regnskap 2024', 'Endring 2023-2024', '%-vis endring']);
    expect(classifyColumns(['Endring 2023-2024', '%-vis endring'], {}).map((c) => c.role)).toEqual(['change', 'percent']);
  });

  it('starts a column at a word repeated ("Avvik Avvik i %")', () => {
    expect(splitHeader('Regnskap 2024 Budsjett 2024 Avvik Avvik i %', 0).labels).toEqual(['Regnskap 2024', 'Budsjett 2024', 'Avvik', 'Avvik i %']);
  });

  it('keeps an abbreviated budget name whole ("Reg. budsjett 2024", "Rev. budsjett")', () => {
    expect(splitHeader('Funksjonsområde Regnskap 2023 Oppr. budsjett 2024 Reg. budsjett 2024 Regnskap 2024 Avvik 2024', 0).labels).toEqual(
      ['Regnskap 2023', 'Oppr. budsjett 2024', 'Reg. budsjett 2024', 'Regnskap 2024', 'Avvik 2024']);
    expect(splitHeader('Regnskap Rev. budsjett Avvik', 0).labels).toEqual(['Regnskap', 'Rev. budsjett', 'Avvik']);
  });

  it('reads "Totalt" as a column where column names follow it, not where it starts a phrase', () => {
    expect(splitHeader('Totalt Totalt Menn % Kvinner % Totalt Menn % Kvinner %', 0).labels).toEqual(
      ['Totalt', 'Totalt', 'Menn %', 'Kvinner %', 'Totalt', 'Menn %', 'Kvinner %']);
    const kostra = splitHeader('1-2 år 3-5 år Totalt Netto driftsutgifter pr. KOSTRA-funksjon Regnskap 2022 Regnskap 2023', 2);
    expect(kostra.labels).toEqual(['Regnskap 2022', 'Regnskap 2023']);
    // A count beside shares is no share.
    expect(classifyColumns(['Totalt', 'Menn %', 'Kvinner %'], {}).map((c) => c.role)).toEqual(['other', 'percent', 'percent']);
  });

  it('takes a long line of column names only as a header, and reads the rows by it', () => {
    const t = parseReportText(`Rapportering av fast ansatte på heltid og deltid
Alle ansatte
Totalt Totalt Menn % Kvinner % Totalt Menn % Kvinner % Totalt Menn % Kvinner % Totalt Menn % Kvinner %
2024 828 551 19 % 81 % 277 30 % 70 % (N) % % 175 29 % 71 %
2023 797 544 19 % 81 % 253 28 % 72 % (N) % % 160 30 % 70 %
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`).tables[0]!;
    expect(t.columns).toHaveLength(13);
    expect(t.rows.map((r) => r.values)).toEqual([
      [828, 551, 19, 81, 277, 30, 70, null, null, null, 175, 29, 71],
      [797, 544, 19, 81, 253, 28, 72, null, null, null, 160, 30, 70],
    ]);
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

  // findUnit tests a cheap pattern first; it must answer as the unit patterns alone do.
  const byPatterns = (text: string) => UNITS.find(([re]) => re.test(text))?.[1];
  const pieces = ['1000', '1 000', '000', 'tusen', 'TUSEN', 'hele', 'mill', 'Mill.', 'millioner', 'mnok', 'MNOK', 'mrd', 'Mrd.',
    'milliarder', 'kr', 'KR', 'Kr.', 'kroner', 'nok', 'NOK', 'tall', 'Tall', 'beløp', 'Beløp', 'i', ' ', ' ', '  ', '.', '(', ')', 'x', '1', '0'];
  it('answers as the unit patterns alone do', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
      const text = parts.join('');
      expect(findUnit(text)).toBe(byPatterns(text));
    }), { numRuns: 3000, seed: 7 });
    for (const text of ['Tall i 1000 kr', 'i mill. kroner', 'kr 1 000', 'i hele kroner', 'MNOK', 'milliarder kr']) {
      expect(findUnit(text)).toBe(byPatterns(text));
      expect(findUnit(text)).toBeDefined();
    }
  });
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

describe('repeated row qualifiers', () => {
  it('labels each row by the item named above it, and takes the unit the qualifier states', () => {
    const x = parseReportText(`Bruk av konsulenter
Type konsulenttjeneste 2022 2023
Prosjektering
Regnskap pr. 31.12. i mill kr 0,00 1,20
Organisasjon og
organisasjonsutvikling
Regnskap pr. 31.12. i mill kr 0,40 0,63
Andre konsulenttjenester
Regnskap pr. 31.12. i mill kr 9,40 3,75
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`);
    const t = x.tables[0]!;
    expect(t.rows.map((r) => [r.label, r.values])).toEqual([
      ['Prosjektering', [0, 1.2]],
      ['Organisasjon og organisasjonsutvikling', [0.4, 0.63]],
      ['Andre konsulenttjenester', [9.4, 3.75]],
    ]);
    expect(t.unit).toBe('mill. kr');
    expect(t.columns.map((c) => c.role)).toEqual(['actual', 'actual']);
  });

  it('leaves a label that merely repeats (without item lines above it) alone', () => {
    const t = liftQualifiers({ columnLabels: ['2023'], rows: [
      { label: 'Sum', values: [1] }, { label: 'Sum', values: [2] }, { label: 'Sum', values: [3] },
    ] });
    expect(t.rows.map((r) => r.label)).toEqual(['Sum', 'Sum', 'Sum']);
  });
});

describe('repeated row labels by group', () => {
  it('keeps group headers when the repeated labels are a few rows under each group', () => {
    const rows = ['Regnskap 2022', 'Regnskap 2023', 'Diff.'].flatMap((g, k) => [
      { label: g, values: [null] },
      { label: 'Brutto', values: [10 + k] },
      { label: 'Netto', values: [8 + k] },
    ]);
    const t = liftQualifiers({ columnLabels: ['Jan'], rows });
    expect(t.rows.map((r) => r.label)).toEqual(rows.map((r) => r.label));
  });
});

describe('indicator tables sign each row by whether more is better', () => {
  const table = (rows: [string, number, number, number][]) => finishTable({
    columnLabels: ['Resultat 2023', 'Måltall 2024', 'Resultat 2024', 'Avvik 2024'],
    rows: rows.map(([label, ...v]) => ({ label, values: [v[0]! + 1, ...v] })),
  });

  it('accepts two or more rows that print the difference mirrored as a second convention', () => {
    const t = table([
      ['Brukere med tjenester', 500, 508, 8],
      ['Mottakere av dagtilbud', 60, 45, -15],
      ['Brukere med aktivitetstid', 10, 0, -10],
      ['Liggedøgn psykiatri', 0, 118, -118],
      ['Liggedøgn somatikk', 100, 187, -87],
    ]);
    expect(t.checks.filter((c) => c.kind === 'variance' && !c.ok)).toEqual([]);
  });

  it('reads Avvik = Resultat − Måltall as signed by goodness: one "less is better" row may mirror it', () => {
    const t = table([
      ['Andel positive vedtak', 86, 59.2, -26.8],
      ['Andel søknader behandlet innen 2 uker', 95, 70.6, -24.4],
      ['Andel KVP-deltakere i arbeid', 69, 68, -1],
      ['Andel med sosialhjelp som viktigste inntektskilde', 45, 44.1, 0.9],
    ]);
    expect(t.checks.filter((c) => c.kind === 'variance' && !c.ok)).toEqual([]);
  });

  it('flags one row that breaks the convention every other row follows', () => {
    const t = table([
      ['Andel årsverk med fagutdanning', 80, 76, 4],
      ['Liggedøgn psykiatri', 20, 28, 8],
      ['Liggedøgn somatikk', 183, 321, -138],
      ['Brukere med hverdagsrehabilitering', 750, 995, -245],
      ['Brukere med aktivitetstid', 114, 45, 69],
    ]);
    const failed = t.checks.filter((c) => c.kind === 'variance' && !c.ok);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ row: 1, printed: 8, computed: -8 });
  });
});

describe('the unit near a table', () => {
  it('comes from a unit statement, not from an amount in the sentences above the table', () => {
    const x = parseReportText(`Tall i hele tusen
Resultatet per avdeling viser at avdelingene har de største avvikene i 2023, og at dette forklares under.
har enheten et merforbruk på 3,5 mill. kroner.
Resultatenhet Regnskap 2023 Justert budsjett 2023 Avvik 2023
Enhet utvikling 16 343 27 731 11 388
Enhet folkehelse 8 233 13 861 5 628
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`);
    expect(x.tables[0]!.unit).toBe('1000 kr');
  });
});

describe('header names', () => {
  it('splits a year from a name that does not take one when the rows print one column more', () => {
    expect(splitHeader('År Jan Feb Mars Des 2023', 5).labels).toEqual(['Jan', 'Feb', 'Mars', 'Des', '2023']);
    expect(splitHeader('Regnskap 2022 Regnskap 2023', 3).labels).toEqual(['', 'Regnskap 2022', 'Regnskap 2023']);
  });
});

describe("the report's sign convention for one-row indicator tables", () => {
  const kpi = (rows: string) => `Resultatindikator Resultat 2023 Måltall 2024 Resultat 2024 Avvik 2024
${rows}
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.
`;
  const report = (lone: string) => parseReportText([
    kpi('Andel barn med plass 90 % 95 % 92 % -3 %\nAndel med vedtak 80 % 85 % 88 % 3 %'),
    kpi('Antall brukere 500 500 508 8\nAntall mottakere 46 60 45 -15'),
    kpi(lone),
  ].join('\n'));
  const failed = (x: ReturnType<typeof parseReportText>) => x.tables[2]!.checks.filter((c) => !c.ok);

  it('flags a lone row that breaks the convention the other tables share', () => {
    const x = report('Andel avsluttede saker innen 3 måneder 98 % 100 % 69 % 31 %');
    expect(failed(x)).toHaveLength(1);
    expect(failed(x)[0]).toMatchObject({ kind: 'variance', printed: 31, computed: -31 });
  });

  it('checks a measure where less is better mirrored, as a report signed by goodness prints it', () => {
    expect(failed(report('Andel med sosialhjelp som viktigste inntektskilde 39 % 35 % 38 % -3 %'))).toEqual([]);
    expect(failed(report('Andel avsluttede saker innen 3 måneder 98 % 100 % 99 % -1 %'))).toEqual([]);
  });
});

describe('shares that make a whole', () => {
  it('checks two share columns that make 100 in most rows, and flags the row that does not', () => {
    const t = finishTable({
      columnLabels: ['Menn %', 'Kvinner %', 'Total (N)'],
      rows: [
        { label: 'Totalt 2023', values: [27.5, 72.5, 3177] },
        { label: 'Totalt 2022', values: [28.8, 71.2, 3087] },
        { label: 'Ledergruppe 2023', values: [25, 75, 8] },
        { label: 'Ledergruppe 2022', values: [17.7, 83.3, 6] },
      ],
    });
    const shares = t.checks.filter((c) => c.expr === '100 − Menn % = Kvinner %');
    expect(shares).toHaveLength(4);
    expect(shares.filter((c) => !c.ok)).toEqual([expect.objectContaining({ row: 3, printed: 83.3, computed: 82.3 })]);
  });

  it('leaves columns alone that make 100 only by chance', () => {
    const t = finishTable({
      columnLabels: ['2022', '2023'],
      rows: [{ label: 'A', values: [40, 60] }, { label: 'B', values: [30, 50] }, { label: 'C', values: [10, 20] }, { label: 'D', values: [55, 45] }],
    });
    expect(t.checks).toEqual([]);
  });
});

describe('rounding of terms printed to different precisions', () => {
  it('accepts Avvik 4,7 between whole targets 300 and 295 (each term is off by half its own unit)', () => {
    const t = finishTable({
      columnLabels: ['Resultat 2022', 'Måltall 2023', 'Resultat 2023', 'Avvik 2023'],
      rows: [
        { label: 'Antall per mnd.', values: [332, 300, 295, 4.7] },
        { label: 'Pris per år', values: [68, 41, 83, -42] },
        { label: 'Antall per år', values: [14.3, 11, 12.2, -1.2] },
      ],
    });
    expect(t.checks.filter((c) => c.kind === 'variance')).toHaveLength(3);
    expect(t.checks.filter((c) => !c.ok)).toEqual([]);
  });
});
