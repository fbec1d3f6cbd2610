import { describe, it, expect } from 'vitest';
import { bestReadings, enumerateReadings, cellCountRange, type ExtraCost } from '../../../core/tables/readings.ts';
import { splitRow } from '../../../core/numbers/tokens.ts';
import { parseReportText } from '../../../core/index.ts';

const tokens = (s: string) => splitRow(s).tokens;

describe('enumerateReadings', () => {
  it('offers both readings of "33 823 569" and lets the columns decide', () => {
    const values = enumerateReadings(tokens('Rad 33 823 569'), 2, 'Rad').map((r) => r.values.join('|'));
    expect(values).toContain('33823|569');
    expect(values).toContain('33|823569');
    expect(enumerateReadings(tokens('Rad 338 23 569'), 2, 'Rad')[0]!.values).toEqual([338, 23569]);
  });

  it('finds the only reading of "7 100 7 73" in four columns', () => {
    const [best] = enumerateReadings(tokens('Rad 7 100 7 73'), 4, 'Rad');
    expect(best!.values).toEqual([7, 100, 7, 73]);
  });

  it('never starts a number with a zero-led group ("000")', () => {
    const all = enumerateReadings(tokens('Rad 72 615 000 84 842 000'), 2, 'Rad');
    expect(all[0]!.values).toEqual([72615000, 84842000]);
    expect(all.every((r) => r.values.every((v) => v === null || v >= 72 || v === 0))).toBe(true);
  });

  it('never reads a lone 0 as the lead of a grouped number ("0 142 000" is 0 | 142 000)', () => {
    const all = enumerateReadings(tokens('Inventar 105079 0 142 000 0 142 000'), 5, 'Inventar');
    expect(all[0]!.values).toEqual([105079, 0, 142000, 0, 142000]);
    expect(all.some((r) => r.cells.some((c) => c.startsWith('0 ')))).toBe(false);
  });

  it('reads every cell from the row\'s own tokens, also in long rows whose label may take the first number', () => {
    // (Rows of growing length: segmenting one outgrows the kept room while the readings without the label's number
    // are still to be placed.)
    for (let n = 4; n <= 34; n += 2) {
      const row = tokens(`Tabell 3 ${Array.from({ length: n }, (_, i) => 100 + i).join(' ')}`);
      const all = enumerateReadings(row, 8, 'Tabell');
      expect(all.some((r) => r.labelTokens === 1)).toBe(true);
      for (const r of all) {
        expect(r.cells.filter((c) => c !== '').join(' ')).toBe(row.slice(r.labelTokens).map((t) => t.text).join(' '));
      }
    }
  });

  it('keeps the cheapest of all readings, whatever number it keeps', () => {
    const row = tokens('Tabell 3 12 345 678 9 10 11 121 314');
    const all = enumerateReadings(row, 8, 'Tabell');
    const shape = (rs: { values: (number | null)[]; cells: string[]; labelTokens: number; cost: number }[]) =>
      rs.map((r) => ({ values: r.values, cells: r.cells, labelTokens: r.labelTokens, cost: r.cost }));
    for (const keep of [1, 2, 5, 24]) {
      expect(all.length).toBeGreaterThan(keep * 4);
      expect(shape(bestReadings(row, 8, 'Tabell', { extraEmpty: 3, keep }))).toEqual(shape(all.slice(0, keep)));
    }
  });

  it('counts the fewest and most cells a run can make', () => {
    expect(cellCountRange(tokens('Ansatte 1 994 2 129 135'))).toEqual([2, 5]);
  });
});

const TABLE = (rows: string) => `Resultat per avdeling
Tall i 1000 kr
Regnskap 2022 Opprinnelig budsjett 2023 Justert budsjett 2023 Regnskap 2023 Avvik 2023 Overført prosjektmidler til 2024 Avvik justert for overførte prosjekter
${rows}
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`;

describe('the arithmetic chooses the reading', () => {
  it('reads a row with an empty cell so that Avvik = budsjett − regnskap and Avvik justert = Avvik − Overført', () => {
    const x = parseReportText(TABLE('NAV 276 642 362 241 361 903 338 23 569 -23 231\nØkonomi 142 042 174 611 188 026 129 387 58 639 29 035 29 604\nTotalt drift 2023 418 684 174 611 550 267 491 290 58 977 52 604 6 373'));
    const t = x.tables[0]!;
    expect(t.rows[0]!.values).toEqual([276642, null, 362241, 361903, 338, 23569, -23231]);
    expect(t.checks.filter((c) => !c.ok)).toEqual([]);
  });

  it('keeps a printed inconsistency and reports the failed check (never rewrites it)', () => {
    const x = parseReportText(TABLE('F03 Helse og omsorg 1 517 588 1 472 313 1 492 407 1 577 310 -84 895 0 -84 895\nF01 Administrasjon 59 008 160 037 73 414 113 050 -39 636 0 -39 636'));
    const t = x.tables[0]!;
    expect(t.rows[0]!.values[4]).toBe(-84895);
    const failed = t.checks.filter((c) => !c.ok);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ kind: 'variance', row: 0, column: 4, printed: -84895, computed: -84903, delta: 8 });
  });
});

describe('the sum rows choose where empty cells stand', () => {
  const FIVE = (rows: string) => `Netto driftsutgifter
Tall i 1000 kr
Funksjon Regnskap 2023 Oppr. budsjett 2024 Regulert budsjett 2024 Regnskap 2024 Avvik reg.bud/regnskap 2024
${rows}
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`;

  it('moves three rows at once when no single row or pair makes the sums add up', () => {
    // Rows B, C and D print four numbers for five columns; the identity holds wherever the empty cell stands,
    // and only one placement of all three makes both the Regnskap 2023 and the budget column add up.
    const x = parseReportText(FIVE([
      'A Første 1 200 1 500 1 500 1 400 100',
      'B Andre 52 310 0 0',
      'C Tredje 31 020 33 000 34 100 -1 100',
      'D Fjerde 12 480 13 010 12 900 110',
      'E Femte 900 950 950 1 000 -50',
      'Sum netto utgifter 54 410 45 950 48 460 49 400 -940',
    ].join('\n')));
    const t = x.tables[0]!;
    expect(t.rows.map((r) => r.values)).toEqual([
      [1200, 1500, 1500, 1400, 100],
      [52310, null, 0, null, 0],
      [null, 31020, 33000, 34100, -1100],
      [null, 12480, 13010, 12900, 110],
      [900, 950, 950, 1000, -50],
      [54410, 45950, 48460, 49400, -940],
    ]);
    expect(t.checks.filter((c) => !c.ok)).toEqual([]);
  });
});

describe('rows labelled by their year', () => {
  it('reads a row that starts with a year as that year\'s row, placeholders as empty cells', () => {
    const x = parseReportText(`Heltid og deltid
Totalt Heltid Menn Kvinner Deltid Menn Kvinner Ufrivillig Menn Kvinner Midlertidig Menn Kvinner
2024 828 551 19 % 81 % 277 30 % 70 % (N) % % 175 29 % 71 %
2023 1797 1544 19 % 81 % 253 28 % 72 % (N) % % 160 30 % 70 %
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`);
    const t = x.tables[0]!;
    expect(t.rows.map((r) => r.label)).toEqual(['2024', '2023']);
    expect(t.rows[1]!.values).toEqual([1797, 1544, 19, 81, 253, 28, 72, null, null, null, 160, 30, 70]);
  });
});

describe('indicator rows', () => {
  it('keeps a row whose cells are all printed nil, and joins a label wrapped after a preposition', () => {
    const x = parseReportText(`Resultatindikator Resultat 2022 Måltall 2023 Resultat 2023 Avvik 2023
Andel positive vedtak for kommunal bolig effektuert innen
6 mnd. 62,0 % 86,0 % 59,2 % -26,8 %
Personer med rusutfordringer bosatt i bolig N.A N.A N.A N.A
Andel søknader behandlet innen 2 uker 78,0 % 95,0 % 70,6 % -24,4 %
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`);
    const t = x.tables[0]!;
    expect(t.rows.map((r) => [r.label, r.values])).toEqual([
      ['Andel positive vedtak for kommunal bolig effektuert innen 6 mnd.', [62, 86, 59.2, -26.8]],
      ['Personer med rusutfordringer bosatt i bolig', [null, null, null, null]],
      ['Andel søknader behandlet innen 2 uker', [78, 95, 70.6, -24.4]],
    ]);
  });
});

describe('indicator and year tables', () => {
  const END = 'Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.';
  const KPI = (rows: string) => `Resultatindikator Resultat 2021 Resultat 2022 Måltall 2023 Resultat 2023 Avvik 2023\n${rows}\n${END}`;

  it('places a row without its first year by Avvik = ±(Resultat − Måltall)', () => {
    const x = parseReportText(KPI('Andelen som bosettes innen 6 mnd. 98 % 95 % 81 % -14 %\nAndel i arbeid 70 % 77 % 65 % 60 % -5 %'));
    // Which of the first two years is missing the arithmetic cannot say; that the last three are Måltall,
    // Resultat and Avvik it can.
    expect(x.tables[0]!.rows[0]!.values.slice(2)).toEqual([95, 81, -14]);
  });

  it('places a row\'s lone figure under this year\'s result, whole ("1 890" is one figure)', () => {
    const x = parseReportText(KPI('Andel i arbeid 70 % 77 % 65 % 60 % -5 %\nAntall sosialhjelpsmottakere (KOSTRA bydel nivå 3) 1 890\nAntall deltakere 31.12. 53'));
    expect(x.tables[0]!.rows.slice(1).map((r) => r.values)).toEqual([[null, null, null, 1890, null], [null, null, null, 53, null]]);
  });

  it('sizes a row by its own values where rows are measures of different sizes', () => {
    const x = parseReportText(KPI([
      'Gj.sn. antall klienter per mnd. 688 751 680 876 -196',
      'Gj.sn. brutto utbetalt per klient per mnd. 14 228 14 971 15 810 17 871 -2 061',
      'Gj.sn. brutto utbetalt per deltaker 17 923 17 724 17 109 19 168 -2 059',
    ].join('\n')));
    expect(x.tables[0]!.rows[0]!.values).toEqual([688, 751, 680, 876, -196]);
  });

  it('leaves a change row\'s first year empty in a table of years', () => {
    const x = parseReportText(`BPA 2016 2017 2018 2019 2020
Regnskap 13 901 000 19 639 000 25 717 000 30 538 000 39 464 000
Kostnad per bruker 556 000 606 000 735 000 775 000 963 000
%-vis endring per bruker 9,0 % 21,3 % 5,4 % 24,3 %
${END}`);
    expect(x.tables[0]!.rows[2]!.values).toEqual([null, 9, 21.3, 5.4, 24.3]);
  });

  it('checks a total that names what it sums ("Totalt antall") against the rows that name it', () => {
    const x = parseReportText(KPI([
      'Andre tiltak - antall per mnd. 367 332 300 295 4,7',
      'Andre tiltak - pris per år (tall i tusen) 504 478 494 538 -44',
      'Institusjon - antall per år 17 18 16 19 -3',
      'Totalt antall tiltak 384 350 316 314 1,7',
    ].join('\n')));
    expect(x.tables[0]!.rows.map((r) => r.values)).toEqual([
      [367, 332, 300, 295, 4.7],
      [504, 478, 494, 538, -44],
      [17, 18, 16, 19, -3],
      [384, 350, 316, 314, 1.7],
    ]);
    expect(x.tables[0]!.checks.filter((c) => c.kind === 'sum').every((c) => c.ok)).toBe(true);
    expect(x.tables[0]!.checks.filter((c) => c.kind === 'sum')).toHaveLength(5);
  });
});

describe('wrapped headers', () => {
  it('reads "Dok 3" as a column name and joins a parenthesis closed on the next line', () => {
    const x = parseReportText(`Prosjektnavn
Dok 3
2024
Regulert budsjett
2024 Regnskap 2024
Avvik (VII-
VIII)
Kjøp El-biler hjemmetjenesten 0 6 100 000 4 522 170 1 577 830
Oppgradering av torg 0 4 655 000 1 529 534 3 125 466
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`);
    const t = x.tables[0]!;
    expect(t.columns.map((c) => [c.label, c.role])).toEqual([
      ['Dok 3 2024', 'budget-original'],
      ['Regulert budsjett 2024', 'budget-revised'],
      ['Regnskap 2024', 'actual'],
      ['Avvik (VII- VIII)', 'variance'],
    ]);
    expect(t.rows.map((r) => r.label)).toEqual(['Kjøp El-biler hjemmetjenesten', 'Oppgradering av torg']);
  });
});

describe('number formats', () => {
  it('places a decimal under the column that prints decimals (0,6 has one digit, not none)', () => {
    const x = parseReportText(`Måned 2020 2021 2022 2023 2024
Januar 52 381 0,9 22 1
Februar 51 381 0,6 17 4
Mars 50 384 1,7 14 3
April 49 386 0,4 11 2
Gjennomsnitt 2021 46 420 11,6 16
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`);
    const t = x.tables[0]!;
    expect(t.rows[4]!.values).toEqual([46, 420, 11.6, 16, null]);
  });
});

describe('sections that repeat the header\'s last line', () => {
  it('reads "Regnskap 2022" above the first rows as a section, like "Regnskap 2023" further down', () => {
    const x = parseReportText(`Utvikling i sosialhjelp
Tall i tusen kroner
År Jan Feb Mars 2023
Regnskap 2022
Brutto 8 985 9 575 9 441 28 001
Netto 8 149 9 222 9 108 26 479
Regnskap 2023
Brutto 12 600 13 874 16 252 42 726
Netto 12 330 13 411 15 985 41 726
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`);
    const t = x.tables[0]!;
    expect(t.columns.map((c) => c.label)).toEqual(['Jan', 'Feb', 'Mars', '2023']);
    expect(t.rows.map((r) => [r.label, r.kind])).toEqual([
      ['Regnskap 2022', 'header'], ['Brutto', 'item'], ['Netto', 'item'],
      ['Regnskap 2023', 'header'], ['Brutto', 'item'], ['Netto', 'item'],
    ]);
  });
});

describe('labels that wrap after a number', () => {
  it('keeps "innen 3" with the label when "måneder" and the numbers follow on the next line', () => {
    const x = parseReportText(`Resultatindikator Resultat 2022 Resultat 2023 Måltall 2024 Resultat 2024 Avvik 2024
Andel avsluttede saker innen 3
måneder 96 % 98 % 100 % 69 % -31 %
Andel barn med plass 90 % 92 % 95 % 94 % -1 %
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`);
    expect(x.tables[0]!.rows.map((r) => r.label)).toEqual(['Andel avsluttede saker innen 3 måneder', 'Andel barn med plass']);
  });
});

describe('a column name wrapped above the header', () => {
  it('keeps "Bruk avsetning/ / Y-disp" as the first column', () => {
    const x = parseReportText(`Note 24 Investeringsoversikter
Bruk avsetning/
Y-disp
Opprinnelig
budsjett 2024
Regulert budsjett
2024
Regnskap
2024
Y-disp
neste år
2100 Kjøp av transportmidler 0 0 5 000 000 4 959 744 40 256
2080 Annet inventar og utstyr 150 000 0 150 000 0 150 000
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`);
    expect(x.tables[0]!.columns.map((c) => [c.label, c.role])).toEqual([
      ['Bruk avsetning/ Y-disp', 'transferred'],
      ['Opprinnelig budsjett 2024', 'budget-original'],
      ['Regulert budsjett 2024', 'budget-revised'],
      ['Regnskap 2024', 'actual'],
      ['Y-disp neste år', 'variance'],
    ]);
  });
});

describe('rows labelled by years under a header printed word by word', () => {
  it('does not take the header words above the first year row as its label', () => {
    const x = parseReportText(`Kjønnsbalanse og lønnsbalanse
Menn
(kr)
Kvinner andel
av menn %
2023 27,5 72,5 3 177 365 416 421 663 115,4
2022 28,8 71,2 3 087 356 736 425 249 119,2
2023 25,0 75,0 8 1 245 100 1 167 800 93,8
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`);
    const t = x.tables[0]!;
    const body = t.rows.filter((r) => r.kind !== 'header');
    expect(body.map((r) => r.label)).toEqual(['2023', '2022', '2023']);
    expect(body[0]!.values.slice(0, 3)).toEqual([27.5, 72.5, 3177]);
  });
});

describe('numbers wrapped onto a line of their own', () => {
  it('continues the row above when together they fit the columns', () => {
    const x = parseReportText(`Netto driftsutgifter
Tall i 1000 kr
funksjon Regnskap 2023 Opprinnelig budsjett 2024 Regulert budsjett 2024 Regnskap 2024 Avvik reg.bud/regnskap 2024
385 Andre kulturaktiviteter 3 752 4 121 4 189 3 187 1 002
860 Motpost avskrivninger -5 138
-4 531 4 531
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`);
    const t = x.tables[0]!;
    expect(t.rows.map((r) => [r.label, r.values])).toEqual([
      ['385 Andre kulturaktiviteter', [3752, 4121, 4189, 3187, 1002]],
      ['860 Motpost avskrivninger', [-5138, null, null, -4531, 4531]],
    ]);
  });
});

describe('lone figures in budget tables', () => {
  const T = (rows: string) => parseReportText(`Netto driftsutgifter
Tall i 1000 kr
funksjon Regnskap 2023 Oppr. Budsjett 2024 Regulert budsjett 2024 Regnskap 2024 Avvik reg.bud/regnskap 2024
100 Politisk styring 1 560 1 624 1 624 2 098 -474
${rows}
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`).tables[0]!;

  it('reads a lone 0 as the Avvik the formula prints where nothing was budgeted or spent', () => {
    expect(T('110 Kontroll og revisjon 0').rows[1]!.values).toEqual([null, null, null, null, 0]);
  });

  it('does not move a lone figure that is not 0 there', () => {
    expect(T('180 Diverse fellesutgifter 14 585').rows[1]!.values[4]).toBeNull();
  });
});

describe('labels wrapped after an abbreviation', () => {
  it('joins "Bydel St. / Hanshaugen" into one label', () => {
    const x = parseReportText(`Mellomværende Fordringer 2024 Gjeld 2024
Bydel Frogner 573 139 12 000
Bydel St.
Hanshaugen
3 591 1 200
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`);
    expect(x.tables[0]!.rows.map((r) => r.label)).toEqual(['Bydel Frogner', 'Bydel St. Hanshaugen']);
  });
});

describe('running page heads', () => {
  it('sets aside a footer repeated on every page and the page number next to it', () => {
    const page = (n: number, body: string) => `${body}\n\nBydel Eksempel • Årsberetning 2023\n\n${n}\n`;
    const prose = 'Bydelen har hatt et godt år, og dette avsnittet er lang nok til å være løpende tekst i rapporten.';
    const x = parseReportText([page(21, prose), page(22, prose), page(23, prose), page(24, prose)].join('\n'));
    expect(x.tables).toEqual([]);
  });
});

describe('a long label that breaks off after a preposition', () => {
  it('keeps it as the label of the numbers below it', () => {
    const x = parseReportText(`Barnevernstjenesten har hatt mange akuttplasseringer de to siste årene, og dette er løpende tekst.

Institusjon 2022 2023 2024

Antall barn og unge som har vært plassert på institusjon i

løpet av hele året

- 23 19

Kilde: Barnevernets fagsystem. Merknad: Antall totalt mottatte meldinger er korrigert fra årsberetningen.`);
    const t = x.tables[0]!;
    expect(t.rows.map((r) => [r.label, r.values])).toEqual([
      ['Antall barn og unge som har vært plassert på institusjon i løpet av hele året', [null, 23, 19]],
    ]);
  });
});

describe('one figure is no table', () => {
  it('leaves a questionnaire answer ("Antall: 1256") in the text', () => {
    const x = parseReportText(`ARBEIDSTID
Virksomheten bes oppgi antall brudd på
arbeidsmiljølovens arbeidstidsbestemmelser i
2024.
Antall: 1256
Hvordan har virksomheten behandlet
bruddene i AMU? Kommentar:
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`);
    expect(x.tables).toEqual([]);
  });
});

describe('a comment column after the numbers', () => {
  it('reads the numbers before a short comment, and leaves a sentence that names a figure alone', () => {
    const x = parseReportText(`Prosjektnavn Dok 3 2024 Regulert budsjett 2024 Regnskap 2024 Avvik Kommentarer/årsak til avvik
Kjøp biler 0             5 000           4 960                 40 Kjøp biler -ferdigstilt
Oppgradering torg og møteplasser 0                120                  0                 120
Sum kap.006 0            5 120           4 960               160
Bydelen har brukt 4 960 av 5 120 i alt, og det er ferdigstilt som planlagt i året.`);
    const t = x.tables[0]!;
    expect(t.rows.map((r) => [r.label, r.values])).toEqual([
      ['Kjøp biler', [0, 5000, 4960, 40]],
      ['Oppgradering torg og møteplasser', [0, 120, 0, 120]],
      ['Sum kap.006', [0, 5120, 4960, 160]],
    ]);
  });
});

describe('layout', () => {
  it('splits two rows glued into one line', async () => {
    const { splitGluedRows } = await import('../../../core/tables/find-tables.ts');
    const out = splitGluedRows([{ text: 'innbygger 0-19 år 3 976 4 355 5 573Personell i tjenesten', line: 7 }]);
    expect(out.map((l) => l.text)).toEqual(['innbygger 0-19 år 3 976 4 355 5 573', 'Personell i tjenesten']);
    expect(splitGluedRows([{ text: '710Sykelønssrefusjon -666 257', line: 1 }])).toHaveLength(1);
  });

  it('reads the two rows of a glued line as rows of the table, and a glued line that starts with its number as one', () => {
    const x = parseReportText(`Tall i 1000 kr
Regnskap 2023 Regnskap 2024
Barnehager 5 880 5 573Økonomisk sosialhjelp 1 200 1 300
710Sykelønssrefusjon 666 257
2Ab 3 300Cd 100 200
Sum 7 846 7 330`);
    expect(x.tables[0]!.rows.map((r) => [r.label, r.values])).toEqual([
      ['Barnehager', [5880, 5573]],
      ['Økonomisk sosialhjelp', [1200, 1300]],
      ['710Sykelønssrefusjon', [666, 257]],
      ['2Ab 3 300Cd', [100, 200]],
      ['Sum', [7846, 7330]],
    ]);
  });

  it('joins labels wrapped before and after their numbers, and keeps section rows', () => {
    const x = parseReportText(`Tabell 1 Brutto driftsutgifter
Tall i 1000 kr
Regnskap 2023 Regulert budsjett 2024 Regnskap 2024 Avvik 2024
Utgifter
F01 Administrasjon og
fellestjenester
59 008 73 414 113 050 -39 636
Funk.omr. 4, Sosiale tjenester 383 284 478 694 456 848 21 846
og ytelser (brutto utg.)
Sum 442 292 552 108 569 898 -17 790
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`);
    const t = x.tables[0]!;
    expect(t.rows.map((r) => [r.label, r.kind])).toEqual([
      ['Utgifter', 'header'],
      ['F01 Administrasjon og fellestjenester', 'item'],
      ['Funk.omr. 4, Sosiale tjenester og ytelser (brutto utg.)', 'item'],
      ['Sum', 'total'],
    ]);
    expect(t.columns.map((c) => c.role)).toEqual(['actual', 'budget-revised', 'actual', 'variance']);
    expect(t.checks.filter((c) => !c.ok)).toEqual([]);
  });
});

describe('two spaces among single ones', () => {
  it('reads a two-space gap between numbers set one space apart as an empty cell (not the two after the label)', () => {
    const [best] = enumerateReadings(tokens('Nedskrivninger  0  0 0 0 0'), 6, 'Nedskrivninger');
    expect(best!.values).toEqual([0, null, 0, 0, 0, 0]);
  });
});

describe('two spaces in a table of cells set one space apart', () => {
  it('reads two spaces between a row\'s only numbers as an empty cell when the other rows set theirs one space apart', () => {
    const t = parseReportText(`2.3 Omfang av politiske organers virksomhet
Politisk organ Møter 2023 Saker 2023 Møter 2024 Saker 2024
Bydelsutvalget 10 120 11 130
Arbeidsutvalget 9 40 10 45
Tilsynsutvalg  6  9
Ungdomsråd 7 68 7 66
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`).tables[0]!;
    expect(t.rows.find((r) => r.label === 'Tilsynsutvalg')!.values).toEqual([6, null, 9, null]);
  });
});

describe('wide gaps', () => {
  it('reads three spaces as an empty cell when nothing else decides', () => {
    const a = enumerateReadings(tokens('Merforbruk fra 2023   -57,8'), 3, 'Merforbruk fra')[0]!;
    expect(a.values).toEqual([null, -57.8, null]);
    // About one empty cell per two or three spaces.
    const b = enumerateReadings(tokens('Inntekter      -0,9'), 4, 'Inntekter')[0]!;
    expect(b.values).toEqual([null, null, -0.9, null]);
  });
});

describe('notes to the accounts', () => {
  const NOTE = `Avsetning til tap i årsregnskap for 2023 var høyere enn faktisk tap, og dette er løpende tekst i rapporten.
Fra Økonomisystemet Korrigert fremføring
Note 22 Tap og avsetning til tap
Tall i 1000
Faktisk tap konstatert på fordringer 343 830
- Tap på fordringer tatt på forskudd i fjor -446 -1 948
= Mer/mindretap på fordringer som resultatføres  -103 -1 118
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`;

  it('starts the table under its caption and unit line, not at the label lines above them', () => {
    const t = parseReportText(NOTE).tables[0]!;
    expect(t.title).toBe('Note 22 Tap og avsetning til tap');
    expect(t.unit).toBe('1000 kr');
    expect(t.rows.map((r) => r.label)).toEqual([
      'Faktisk tap konstatert på fordringer',
      '- Tap på fordringer tatt på forskudd i fjor',
      '= Mer/mindretap på fordringer som resultatføres',
    ]);
  });

  it('gives the unnamed amount columns of a note the role of accounts', () => {
    const t = parseReportText(NOTE).tables[0]!;
    expect(t.columns.map((c) => c.role)).toEqual(['actual', 'actual']);
  });

  it('reads column names at the end of the label line above the first row as the header', () => {
    const x = parseReportText(`Note 30 Avsetninger
Bilagsnr Periode Konto Koststed Funksjon Prosjekt Beløp
600 Brukerbetaling -2 187 966
620 Annet salg av varer og tjenester -225 519
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`);
    const t = x.tables[0]!;
    expect(t.columns.map((c) => [c.label, c.role])).toEqual([['Beløp', 'actual']]);
    expect(t.rows.map((r) => r.label)).toEqual(['600 Brukerbetaling', '620 Annet salg av varer og tjenester']);
    const y = parseReportText(`Spesifikasjon av kapitalkonto
Tall i kroner og øre
Økning i formue (kreditposter i året) Beløp
IB - Saldo pr. 01.01.2024 -7 667 953,88
Aktivering av utstyr, maskiner og transportmidler -4 959 744,00
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`);
    const u = y.tables[0]!;
    expect(u.columns.map((c) => [c.label, c.role])).toEqual([['Beløp', 'actual']]);
    // A phrase before the column names also heads the first section.
    expect(u.rows.map((r) => [r.label, r.kind])).toEqual([
      ['Økning i formue (kreditposter i året)', 'header'],
      ['IB - Saldo pr. 01.01.2024', 'item'],
      ['Aktivering av utstyr, maskiner og transportmidler', 'item'],
    ]);
  });
});

describe('code columns', () => {
  const FUND = `Note 15 Bundne og ubundne fond
Tall i 1000
Alle fond   Kostra – art  Regnskap 2024  Regnskap 2023
Avsetninger til fond  Sum (540:550)  -204 204
Bruk av avsetninger  Sum (940:950)   -0 0
Netto avsetninger      -204 204
Bundet driftsfond  Kostra art/balanse  Regnskap 2024  Regnskap 2023
IB 01.01.  2.51  -809 -605
Avsetninger  550  204  -204
Bruk av avsetninger  950
UB 31.12  2.51  -605 -809
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`;

  it('reads a KOSTRA art column named before the amounts as a column of codes, never of amounts', () => {
    const [all, bound] = parseReportText(FUND).tables;
    expect(bound!.title).toBe('Bundet driftsfond');
    expect(bound!.columns.map((c) => [c.label, c.role])).toEqual([['Kostra art/balanse', 'other'], ['Regnskap 2024', 'actual'], ['Regnskap 2023', 'actual']]);
    expect(bound!.rows.map((r) => [r.label, r.values])).toEqual([
      ['IB 01.01.', [2.51, -809, -605]],
      ['Avsetninger', [550, 204, -204]],
      // A lone code is the row's code, not this year's amount.
      ['Bruk av avsetninger', [950, null, null]],
      ['UB 31.12', [2.51, -605, -809]],
    ]);
    // Codes are not added up.
    expect(bound!.checks.filter((c) => !c.ok)).toEqual([]);
    // A range of codes printed in the code column leaves the label.
    expect(all!.rows.map((r) => [r.label, r.values])).toEqual([
      ['Avsetninger til fond', [null, -204, 204]],
      ['Bruk av avsetninger', [null, -0, 0]],
      ['Netto avsetninger', [null, -204, 204]],
    ]);
    expect(all!.grid).toContainEqual(['Avsetninger til fond', 'Sum (540:550)', '-204', '204']);
  });

  it('reads a day and month after a label as part of the label ("UB 31.12       0")', () => {
    const [best] = enumerateReadings(tokens('UB 31.12       0'), 2, 'UB');
    expect(best!.labelTokens).toBe(1);
    expect(best!.values.filter((v) => v !== null)).toEqual([0]);
  });
});

describe('targets and results', () => {
  it('leaves the target empty, not a result, in a row that prints fewer figures (no Avvik column)', () => {
    const t = parseReportText(`Sykefravær i %
Resultat 2023 Mål 2024 Resultat 2024
Korttid (0-16 dager) 3,90 % 3,80 %
Langtid (17 - > dager) 7,80 % 6,50 %
Totalt 11,70 % 10,30 %
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`).tables[0]!;
    expect(t.rows.map((r) => r.values)).toEqual([[3.9, null, 3.8], [7.8, null, 6.5], [11.7, null, 10.3]]);
  });
});

describe('amounts printed in words of millions', () => {
  it('reads "2,1 millioner Oktober 2028" as the row\'s amount in mill. kr, and the text after it as no value', () => {
    const t = parseReportText(`Note 29 Vesentlige leieforpliktelser
Type avtale Årlig driftsutgift Avtalen utløper
Leiekontrakt lokaler:
Leiekontrakter lokaler i Hoffsveien 48 11,2 millioner April 2025
Husleiekontrakt Bikuben barnehage 2,1 millioner Oktober 2028
Renholdskontrakt Hoffsveien 48 0,55 millioner Juli 2025 (opsjon 1+1)
Note 30 Avsetninger`).tables[0]!;
    expect(t.unit).toBe('mill. kr');
    expect(t.rows.filter((r) => r.kind === 'item').map((r) => [r.label, r.values])).toEqual([
      ['Leiekontrakter lokaler i Hoffsveien 48', [11.2]],
      ['Husleiekontrakt Bikuben barnehage', [2.1]],
      ['Renholdskontrakt Hoffsveien 48', [0.55]],
    ]);
  });

  it('leaves running text that names amounts in millions alone', () => {
    const x = parseReportText(`Avdeling NAV hadde i 2023 et samlet merforbruk på 23,2 mill. etter justering for ubrukte
øremerkede midler. Økonomisk sosialhjelp viste et samlet merforbruk på 17,4 mill. kroner,
mens driften av NAV sosialtjenesten hadde et merforbruk på 5,8 mill. kroner etter overføring
av ubrukte øremerkede midler på 23,6 mill.`);
    expect(x.tables).toEqual([]);
  });
});

describe('project names wrapped above their row', () => {
  it('joins a project number and name with the word or two the row prints ("30060207 Gavekonto / Hjørnesteinen / Gave …")', () => {
    const t = parseReportText(`Note 21 Særskilt øremerkede midler
Fremføring av eksternt øremerkede midler
UTGIFT 300 000,00 0,00 -300 000,00
INNTEKT -600 000,00 0,00 600 000,00
30060101 Tilretteleggingsmidler
Statsforvalter -300 000,00 0,00 300 000,00
30060207 Gavekonto
Hjørnesteinen
Gave -163 431,81 0,00 163 431,81
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`).tables[0]!;
    expect(t.rows.filter((r) => r.kind !== 'header').map((r) => r.label)).toEqual([
      'UTGIFT', 'INNTEKT', '30060101 Tilretteleggingsmidler Statsforvalter', '30060207 Gavekonto Hjørnesteinen Gave']);
  });
});

describe('numbered column names', () => {
  it('reads a header of numbered names wrapped over many lines, one column per number, and gives them one role', () => {
    const t = parseReportText(`3.1.2 Bydelens investeringer
Tall i tusen kroner.
Prosjektnr.- og navn
1.
Periodiserings-
avvik, men
innenfor vedtatt
tidsramme
2. Reelle netto
besparelser på
ferdige
prosjekter
3. Reelle
forsinkelser iht.
vedtatt tidsplan
4.
Uforutsigbare
avsetninger Sum prosjekt
10905200 BSN Handl.progr.Oslo Sør musikk binge 0 0 19 0 19
11508600 Søndre Ås Gård - rehabilitering 1 816 0 0 0 1 816
11808100 Oppgradering av fritidsklubber 0 -6 0 0 -6
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`).tables[0]!;
    expect(t.columns.map((c) => c.label)).toEqual([
      '1. Periodiseringsavvik, men innenfor vedtatt tidsramme', '2. Reelle netto besparelser på ferdige prosjekter',
      '3. Reelle forsinkelser iht. vedtatt tidsplan', '4. Uforutsigbare avsetninger', 'Sum prosjekt']);
    expect(t.columns.map((c) => c.role)).toEqual(['variance', 'variance', 'variance', 'variance', 'variance']);
    expect(t.rows.map((r) => r.values)).toEqual([[0, 0, 19, 0, 19], [1816, 0, 0, 0, 1816], [0, -6, 0, 0, -6]]);
  });
});

describe('columns of years', () => {
  it('puts nothing but years where the surely read rows print years ("ferdig (kv/år)")', () => {
    const t = parseReportText(`Prosjektnavn Prosjektnummer Artsgruppe Vedtatt ferdig Faktisk ferdig Dok 3 2024 Regulert budsjett 2024 Regnskap 2024 Avvik 2024
Kjøp biler 105072 20 2024 2024 0             5 000           4 960                 40
Oppgradering torg og møteplasser 115067 20 0                120                  -                 120
Sum kap.006             5 120           4 960               160
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`).tables[0]!;
    expect(t.rows[1]!.values).toEqual([115067, 20, null, null, 0, 120, null, 120]);
  });
});

describe('a header stacked a word or two per line', () => {
  it('reads "Kategori / Menn / % / Kvinner / % / Total / (N) / …" as six columns, and checks the shares by it', () => {
    const t = parseReportText(`Lønnsutvalg som sikrer transparens og likebehandling i lønnssaker, og dette er løpende tekst.
Heltid, deltid mv.
Kategori
Menn
 %
Kvinner
%
Total
(N)
Menn
 (kr)
Kvinner
(kr)
Kvinner andel
av menn %
2023 27,5 72,5 3 177 365 416 421 663 115,4
2022 28,8 71,2 3 087 356 736 425 249 119,2
2023 25,0 75,0 8 1 245 100 1 167 800 93,8
2022 17,7 83,3 6 1 161 100 1 192 105 102,7
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`).tables[0]!;
    expect(t.columns.map((c) => [c.label, c.role])).toEqual([
      ['Menn %', 'percent'], ['Kvinner %', 'percent'], ['Total (N)', 'other'], ['Menn (kr)', 'other'], ['Kvinner (kr)', 'other'],
      ['Kvinner andel av menn %', 'percent']]);
    expect(t.rows.filter((r) => r.kind === 'item').map((r) => r.values)).toEqual([
      [27.5, 72.5, 3177, 365416, 421663, 115.4],
      [28.8, 71.2, 3087, 356736, 425249, 119.2],
      [25, 75, 8, 1245100, 1167800, 93.8],
      [17.7, 83.3, 6, 1161100, 1192105, 102.7],
    ]);
    // 17,7 % + 83,3 % is no whole.
    expect(t.checks.filter((c) => !c.ok).map((c) => [c.printed, c.computed])).toEqual([[83.3, 82.3]]);
  });
});

describe('lone amounts placed by the sums', () => {
  it('puts each row\'s one amount in the column that makes every column add up (Fordringer / Gjeld)', () => {
    const t = parseReportText(`Note 28 Mellomværende med andre virksomheter
Tall i kroner
Virksomhet Fordringer (+) Gjeld (-)
Bydel Vestre Aker 639 297
Bydel St. Hanshaugen 3 591
Helseetaten 38 170
Bydel Grünerløkka 26 996
Bydel Frogner 573 139
Bydel Vestre Aker 127 319
Bydel Vestre Aker 23 148
Helseetaten 66 652
Sum 833 268 665 044
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`).tables[0]!;
    expect(t.rows.map((r) => [r.label, r.values])).toEqual([
      ['Bydel Vestre Aker', [639297, null]],
      ['Bydel St. Hanshaugen', [null, 3591]],
      ['Helseetaten', [null, 38170]],
      ['Bydel Grünerløkka', [null, 26996]],
      ['Bydel Frogner', [null, 573139]],
      ['Bydel Vestre Aker', [127319, null]],
      ['Bydel Vestre Aker', [null, 23148]],
      ['Helseetaten', [66652, null]],
      ['Sum', [833268, 665044]],
    ]);
    expect(t.checks.filter((c) => !c.ok)).toEqual([]);
  });
});

describe('voucher numbers after the amounts', () => {
  const NOTE = `Note 28 Mellomværende med KF (Fordringer og gjeld internt i kommunen som ikke inngår i mellomregningsforholdet, som er løpende tekst)
Fordringer/gjeld med andre bykassevirksomheter:
Virksomhet -
navn:
31.12.2024 Eget
bilagsnummer
Motpartens
bilagsnummer Fordringer (+) Gjeld (-)
Bydel Vestre Aker 639 297  11741441 11843366
Bydel St.
Hanshaugen
 3 591 11741445 11736895
Helseetaten   38 170 11741472 11746052
Bydel Frogner  573 139 11741517 11739518
Helseetaten 66 652  11741600 11746399
Sum 705 949 614 900
Fordringer/gjeld med kommunale foretak:
Virksomhet - navn: 31.12.2024 Eget bilagsnummer Motpartens
bilagsnummer
Fordringer (+) Gjeld (-)
Oslobygg KF  kr 83 023 11741528 10012275
Sum  83023
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`;

  it('reads them as code columns named by the header, and the amounts under the date that heads them', () => {
    const [a, b] = parseReportText(NOTE).tables;
    expect(a!.columns.map((c) => [c.label, c.role])).toEqual([
      ['Fordringer (+) 31.12.2024', 'actual'], ['Gjeld (-) 31.12.2024', 'actual'],
      ['Eget bilagsnummer', 'other'], ['Motpartens bilagsnummer', 'other']]);
    expect(a!.rows.map((r) => [r.label, r.values])).toEqual([
      ['Bydel Vestre Aker', [639297, null, 11741441, 11843366]],
      ['Bydel St. Hanshaugen', [null, 3591, 11741445, 11736895]],
      ['Helseetaten', [null, 38170, 11741472, 11746052]],
      ['Bydel Frogner', [null, 573139, 11741517, 11739518]],
      ['Helseetaten', [66652, null, 11741600, 11746399]],
      ['Sum', [705949, 614900, null, null]],
    ]);
    expect(a!.checks.filter((c) => !c.ok)).toEqual([]);
    // A header of its own after the sum row starts the next table.
    expect(b!.rows.filter((r) => r.kind !== 'header').map((r) => [r.label, r.values])).toEqual([
      ['Oslobygg KF', [83023, null, 11741528, 10012275]],
      ['Sum', [83023, null, null, null]],
    ]);
    expect(b!.title).not.toMatch(/^Sum/);
  });
});

describe('gaps after a spaced "%"', () => {
  it('measures the gap after "49 %" from the "%", and reads two spaces among single ones as an empty cell', () => {
    expect(splitRow('Andel 50 % 49 %  45 %').tokens.map((t) => [t.text, t.gap])).toEqual([['50%', 1], ['49%', 1], ['45%', 2]]);
    const [best] = enumerateReadings(tokens('Andel 50 % 49 %  45 %'), 4, 'Andel');
    expect(best!.values).toEqual([50, 49, null, 45]);
  });
});

describe('a table across a page break', () => {
  const TEXT = `Tabell 3 Investeringer
Tall i 1000 kr
Prosjekt Regulert budsjett 2024 Regnskap 2024 Avvik 2024
Kjøp av biler 5 000 4 960 40
Oppgradering torg 120 0 120

Bydel Ullern • Årsberetning 2024 • 12

Prosjekt Regulert budsjett 2024 Regnskap 2024 Avvik 2024
Lekeplass 270 0 270
Sum 5 390 4 960 430
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.
Bydel Ullern • Årsberetning 2024 • 13
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.
Bydel Ullern • Årsberetning 2024 • 14`;

  it('sets the running foot and its page number aside, and reads the header repeated on the next page as the same table', () => {
    const x = parseReportText(TEXT);
    expect(x.tables).toHaveLength(1);
    expect(x.tables[0]!.rows.map((r) => [r.label, r.values])).toEqual([
      ['Kjøp av biler', [5000, 4960, 40]],
      ['Oppgradering torg', [120, 0, 120]],
      ['Lekeplass', [270, 0, 270]],
      ['Sum', [5390, 4960, 430]],
    ]);
    expect(x.tables[0]!.checks.filter((c) => !c.ok)).toEqual([]);
  });

  it('keeps two tables with the same header apart when no page break stands between them', () => {
    const x = parseReportText(TEXT.replace(/\nBydel Ullern • Årsberetning 2024 • 12\n/, '\nAndre prosjekter\n'));
    expect(x.tables).toHaveLength(2);
  });
});

describe('thousands grouped with dots', () => {
  it('reads "-126.751" as thousands in a table that prints "-1.927.753"', () => {
    const t = parseReportText(`Tabell 5 Driftsregnskapet
Tall i 1000 kr
Regnskap 2023 Regnskap 2024
Driftsinntekter -1.927.753 -2.001.300
Driftsutgifter 1.801.002 1.900.450
Netto driftsresultat -126.751 -100.850
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`).tables[0]!;
    expect(t.rows.map((r) => r.values)).toEqual([[-1927753, -2001300], [1801002, 1900450], [-126751, -100850]]);
  });
});

describe('a column that adds the columns before it', () => {
  const TABLE = (sep: string) => `Utvikling institusjonsplasser i perioden 2019–2024
2024
Alle typer
korttids-
plasser
Alle typer
langtids-
plasser
Sum
institusjon
s-plasser
Antall
dødsfall
Januar${sep}50${sep}395${sep}445${sep}14
Februar${sep}55${sep}397${sep}460${sep}11
Mars${sep}49${sep}398${sep}447${sep}14
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`;

  it('reads a header stacked a few words per line by the capitals that start each name', () => {
    const t = parseReportText(TABLE('   ')).tables[0]!;
    expect(t.columns.map((c) => c.label)).toEqual(['Alle typer korttidsplasser', 'Alle typer langtidsplasser', 'Sum institusjon s-plasser', 'Antall dødsfall']);
  });

  it('reads the rows by "Sum" = the columns before it even without gaps to go by, and flags a row that does not add up', () => {
    const t = parseReportText(TABLE(' ')).tables[0]!;
    expect(t.rows.map((r) => r.values)).toEqual([[50, 395, 445, 14], [55, 397, 460, 11], [49, 398, 447, 14]]);
    expect(t.checks.filter((c) => !c.ok).map((c) => [c.row, c.printed, c.computed])).toEqual([[1, 460, 452]]);
  });
});

describe('a total and its breakdown in neighbouring columns', () => {
  const TEXT = `Forklaring til resultatet for institusjonsplasser
Avvik plasser
fra budsjett
Avvik plasser
vektet mot ord.
pris i SYE
Avvik fra
budsjett totalt
pr. type plass
Avvik fra
budsjett
detaljer
Utgifter
Langtidsplasser  -17 -21 -22 168
SYE ordinær langtid avvik fra budsjett  -20 -20   -18 750
SYE spesialplass/kontrakt avvik fra budsjett -1 -3   -2 975
Private kjøp avvik fra budsjett  4 2  -444
Korttidsplasser  -0,2 -0,4 -2 354
SYE Korttidsplasser avvik fra budsjett -2 -1  -1 846
Private kjøp avvik fra budsjett  1 1  -508
Annet   -0,9 -293
Betalingspliktige overliggerdøgn -0,4 -0,8  -834
Dagsenter  2,1   653
Inntekter      12 307
Langtid       12 240
Korttid       260
Dagsenter       -32
Prakt bistand/BPA       -51
Tap fordringer       -110
Avvik utgifter    -24 815
Avvik inntekter    12 307
Netto avvik      -12 508
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`;

  it('reads each group total whole and its parts in the next column, so that the groups add up, and flags one that does not', () => {
    const t = parseReportText(TEXT).tables[0]!;
    const rows = t.rows.filter((r) => r.kind !== 'header');
    expect(rows.slice(0, 8).map((r) => r.values)).toEqual([
      [-17, -21, -22168, null],
      [-20, -20, null, -18750],
      [-1, -3, null, -2975],
      [4, 2, null, -444],
      [-0.2, -0.4, -2354, null],
      [-2, -1, null, -1846],
      [1, 1, null, -508],
      [null, -0.9, -293, null],
    ]);
    // Totals of totals: "Avvik utgifter" the groups above it, "Avvik inntekter" the income group, "Netto avvik" the two.
    expect(rows.slice(10).map((r) => [r.label, r.values])).toEqual([
      ['Inntekter', [null, null, 12307, null]],
      ['Langtid', [null, null, null, 12240]],
      ['Korttid', [null, null, null, 260]],
      ['Dagsenter', [null, null, null, -32]],
      ['Prakt bistand/BPA', [null, null, null, -51]],
      ['Tap fordringer', [null, null, null, -110]],
      ['Avvik utgifter', [null, null, -24815, null]],
      ['Avvik inntekter', [null, null, 12307, null]],
      ['Netto avvik', [null, null, -12508, null]],
    ]);
    // The parts under Annet do not make its -293.
    const failed = t.checks.filter((c) => !c.ok);
    expect(failed.map((c) => [t.rows[c.row!]!.label, c.printed, c.computed])).toEqual([['Annet', -293, -181]]);
  });
});

describe('titles', () => {
  it('names a table by the numbered heading above its header, not by a piece of a wrapped line', () => {
    const t = parseReportText(`Byrådsavdeling for sosiale tjenester har fulgt opp dette gjennom hele året, som er løpende tekst.
3.2.4 Hovedoversikt økonomi FO1 - netto driftsutgifter
Netto utgifter pr. KOSTRA-
funksjon
Regnskap 2023 Opprinnelig budsjett 2024 Regulert budsjett 2024 Regnskap 2024 Avvik reg.bud/regnskap 2024
100 Politisk styring 986 2 771 2 825 1 762 1 063
110 Kontroll og revisjon 300 310 310 312 -2
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`).tables[0]!;
    expect(t.title).toBe('3.2.4 Hovedoversikt økonomi FO1 - netto driftsutgifter');
  });
});

describe('notes under cells', () => {
  it('reads a row whose cells are printed one per line with a note under each ("33 / (+4 amb.l.)")', () => {
    const t = parseReportText(`FO3 - Bydelens budsjettpremisser
Resultat 2021 Resultat 2022 Måltall 2023 Resultat 2023 Avvik 2023
Hallagerbakken aktivitetssenter - antall brukere 15 15 17 16 1
Boliger med bemanning - antall beboere
33
(+4 amb.l.)
33
(+4 amb.l.)
33
(+4 amb.l.)
                   31
(+24,5 amb.l.) 2
Boliger med bemanning - pris per beboer (1000 kr) 3 143 3 262 3 178 3 683 -505
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`).tables[0]!;
    expect(t.rows.map((r) => [r.label, r.values])).toEqual([
      ['Hallagerbakken aktivitetssenter - antall brukere', [15, 15, 17, 16, 1]],
      ['Boliger med bemanning - antall beboere', [33, 33, 33, 31, 2]],
      ['Boliger med bemanning - pris per beboer (1000 kr)', [3143, 3262, 3178, 3683, -505]],
    ]);
  });
});

describe('negative amounts in parentheses', () => {
  it('keeps a row that prints its Avvik in parentheses, and reads it negative', () => {
    const t = parseReportText(`Tabell 0.1 Netto driftsutgifter
Tall i 1000 kr
Funksjonsområde Regulert budsjett 2024 Regnskap 2024 Avvik
FO1 Administrasjon 73 414 75 100 (1 686)
FO2 Oppvekst 478 694 470 210 8 484
Sum 552 108 545 310 6 798
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`).tables[0]!;
    expect(t.rows.map((r) => [r.label, r.values])).toEqual([
      ['FO1 Administrasjon', [73414, 75100, -1686]],
      ['FO2 Oppvekst', [478694, 470210, 8484]],
      ['Sum', [552108, 545310, 6798]],
    ]);
    expect(t.checks.filter((c) => !c.ok)).toEqual([]);
  });
});

describe('a status column after the figures', () => {
  it('reads the figures before a short status ("92 % 95 % Ikke nådd"), and a "Status" column takes no values', () => {
    const t = parseReportText(`Resultatindikatorer
Indikator Resultat 2024 Mål 2024 Status
Andel saker behandlet innen frist 92 % 95 % Ikke nådd
Andel brukere med vedtak 88 % 85 % Nådd
Antall plasser 120 110 Nådd
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`).tables[0]!;
    expect(t.columns.map((c) => c.label)).toEqual(['Resultat 2024', 'Mål 2024']);
    expect(t.rows.map((r) => [r.label, r.values])).toEqual([
      ['Andel saker behandlet innen frist', [92, 95]],
      ['Andel brukere med vedtak', [88, 85]],
      ['Antall plasser', [120, 110]],
    ]);
  });

  it('leaves a sentence that names two figures before a capitalised word alone', () => {
    expect(parseReportText(`I 2024 hadde bydelen i alt mange flere brukere enn året før, nemlig 120 110 Nye brukere kom til.`).tables).toEqual([]);
  });
});

describe('comparison tables', () => {
  it('reads "Nøkkeltall Bydel Ullern Oslo Landet" as the header under a caption with a year', () => {
    const t = parseReportText(`KOSTRA-nøkkeltall 2024
Nøkkeltall Bydel Ullern Oslo Landet
Andel barn 1-5 år med barnehageplass 92,1 % 88,4 % 91,0 %
Netto driftsutgifter per innbygger (kr) 16 540 15 230 14 980
Kilde: SSB/KOSTRA
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`).tables[0]!;
    expect(t.title).toBe('KOSTRA-nøkkeltall 2024');
    expect(t.columns.map((c) => c.label)).toEqual(['Bydel Ullern', 'Oslo', 'Landet']);
    expect(t.rows.map((r) => r.values)).toEqual([[92.1, 88.4, 91], [16540, 15230, 14980]]);
  });
});

describe('a caption word above the header', () => {
  it('reads "Måltall" above "Indikator Mål 2024 Resultat 2024 Avvik" as the caption, not a column', () => {
    const t = parseReportText(`Måltall
Indikator Mål 2024 Resultat 2024 Avvik
Andel vedtak innen frist 95 % 89 % -6 %
Brukertilfredshet (skala 1-6) 5,0 4,6 -0,4
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`).tables[0]!;
    expect(t.title).toBe('Måltall');
    expect(t.columns.map((c) => [c.label, c.role])).toEqual([['Mål 2024', 'other'], ['Resultat 2024', 'actual'], ['Avvik', 'variance']]);
    expect(t.rows.map((r) => r.values)).toEqual([[95, 89, -6], [5, 4.6, -0.4]]);
  });
});

describe('a minus set apart from its number', () => {
  it('reads "- 12 300" as -12 300 where the columns call for it, and "-" as a printed nil where they do not', () => {
    const t = parseReportText(`Tabell 6 Driftsregnskap
Tall i 1000 kr
Regnskap 2023 Regnskap 2024 Budsjett 2024
Lønn og sosiale utgifter 301 204 322 410 318 000
Kjøp av varer og tjenester - 12 300 - 15 020 - 14 000
Sum 288 904 307 390 304 000
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`).tables[0]!;
    expect(t.rows.map((r) => r.values)).toEqual([[301204, 322410, 318000], [-12300, -15020, -14000], [288904, 307390, 304000]]);
    const [nil] = enumerateReadings(tokens('Sum 100 - 200'), 3, 'Sum');
    expect(nil!.values).toEqual([100, null, 200]);
  });
});

describe('a header that names a unit', () => {
  it('reads "Måned Antall mottakere Utbetalt (1000 kr)" as the header, not as a unit line', () => {
    const t = parseReportText(`Tabell 9 Sosialhjelp
Måned Antall mottakere Utbetalt (1000 kr)
Januar 812 5 430
Februar 798 5 210
Sum 1 610 10 640
Dette er en setning som avslutter tabellen og som er lang nok til å være løpende tekst i rapporten.`).tables[0]!;
    expect(t.columns.map((c) => c.label)).toEqual(['Antall mottakere', 'Utbetalt (1000 kr)']);
    expect(t.unit).toBe('1000 kr');
    expect(t.rows.map((r) => r.values)).toEqual([[812, 5430], [798, 5210], [1610, 10640]]);
  });
});

describe('whole numbers read digit by digit', () => {
  it('reads them as Number reads their digits: sign, zero, leading zeros, groups, and beyond 15 digits', () => {
    const one = (s: string) => enumerateReadings(tokens(`Rad ${s}`), 1, 'Rad')[0]!.values[0];
    expect(Object.is(one('-0'), -0)).toBe(true);
    expect(one('0')).toBe(0);
    expect(one('-23 231')).toBe(-23231);
    expect(one('1 927 753')).toBe(1927753);
    expect(one('1927753')).toBe(1927753);
    expect(one('808,1')).toBe(808.1);
    expect(one('-1 234,56')).toBe(-1234.56);
    expect(one('99999999999999999')).toBe(Number('99999999999999999'));
    expect(one('123456789012345678901')).toBe(Number('123456789012345678901'));
  });
});

describe('the readings kept', () => {
  it('are the cheapest of all the readings, ties in the order they are met, though only those that may rank are costed', () => {
    // Extra costs of at least -3 that vary with the values (with many ties), and ones that drop what cannot rank.
    const extras = [7, 3].map((n): ExtraCost => (values, labelTokens) => {
      let h = labelTokens;
      for (const v of values) h = (h * 31 + (v === null ? 7 : Math.abs(Math.round(v)))) % 1000003;
      return -3 + (h % n) * (3 / (n - 1));
    });
    const rows = ['Rad 1 234 567 12 5 88 9', 'Endring   12   -4 7 000 12  5', 'Fra 2023 1 200   300 4 500 6', 'Rad  5    6 7  8 9 10 11', '2024 828 551 19 % 7 1 2'];
    let compared = 0;
    for (const extra of extras) {
      const dropping: ExtraCost = (values, labelTokens, cells, prior, worst) => (prior - 3 > worst ? Infinity : extra(values, labelTokens, cells, prior, worst));
      for (const row of rows) {
        const { label, tokens: ts } = splitRow(row);
        for (const columns of [3, 5, 7, 9]) {
          const all = bestReadings(ts, columns, label, { extraEmpty: 3, keep: Infinity, extra });
          const show = (r: { values: unknown; cost: number; labelTokens: number; cells: string[] }) => JSON.stringify([r.values, r.cost, r.labelTokens, r.cells]);
          for (const keep of [1, 4, 10]) {
            const kept = bestReadings(ts, columns, label, { extraEmpty: 3, keep, extra: dropping, leastExtra: -3 });
            expect(kept.map(show)).toEqual(all.slice(0, keep).map(show));
            if (all.length > keep) compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(40);
  });
});
