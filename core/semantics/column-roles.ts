// Given a column's header text (and the table's title and unit), return its role and year.
// Oslo's headers name the role in a word or an abbreviation ("Regnskap 2024", "Oppr. Budsjett",
// "Avvik reg.bud/regn- skap 2024", "Overførte prosjektmidler", "Avvik justert for overførte prosjekter").

import type { Column, Role } from '../model.ts';
import { CODE_COLUMN } from '../tables/header.ts';
import { ALL_SPACES } from '../patterns.ts';

const RULES: [RegExp, Role][] = [
  [/avvik\s+(?:justert|korr)|justert\s+avvik|avvik.*(?:etter|justert\s+for)\s+overf/i, 'variance-adjusted'],
  [/overf[øo]r|bruk\s+(?:av\s+)?avsetning|^y-?disp(?!.*neste)/i, 'transferred'],
  // A variance or spending stated in per cent of the budget ("Avvik i %", "Forbruk i %") is a percent, not an amount.
  [/(?:avvik|differanse|forbruk|endring)\s*(?:i\s*)?(?:%|prosent)|%-vis|prosentvis/i, 'percent'],
  [/avvik|differanse|mer-?\s*\/\s*mindre|merforbruk|mindreforbruk|neste\s+år|resultat\s+i\s+forhold/i, 'variance'],
  [/endring|økning|vekst|diff\./i, 'change'],
  [/regulert|justert|rev(?:idert)?\.?\s*bud|reg\.\s*bud/i, 'budget-revised'],
  [/opprinnelig|oppr\.|vedtatt|dok\.?\s*3|budsjett|bud\./i, 'budget-original'],
  [/regnskap|resultat|beløp|faktisk|forbruk|fordring|gjeld|saldo|utgift|inntekt/i, 'actual'],
  // A share printed in per cent ("Kvinner andel av menn %") is a percent.
  [/\bandel\b.*%\s*$/i, 'percent'],
  [/\bmål(?:tall)?\b|\bmål\s|prosjekt\s*n(?:umme)?r|andel|antall|snitt/i, 'other'],
  [/%|prosent/i, 'percent'],
];

const YEAR = /(?:^|[^\d])((?:19|20)\d\d)(?!\d)/g;
const MONEY_UNIT = /kr|kroner/i;
const ACCOUNTS_NOTE = /^note\s*\d/i;
const RESULT_TITLE = /resultat|avvik|merforbruk|mindreforbruk/i;

export function columnYear(label: string): number | undefined {
  let year: number | undefined;
  // (An exec loop: matchAll would copy the pattern on every call.)
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(label); m; m = YEAR.exec(label)) year = Number(m[1]);
  return year;
}

const DATE_OR_NUMBER_ONLY = /^[\d.\s/()-]+$/;

const HYPHEN_BREAKS = /-\s+/g;

/** Role of one header label, before looking at its neighbours. */
export function roleOf(label: string, context: { unit?: string | undefined; title?: string | undefined }): Role {
  const text = label.includes('-') ? label.replace(HYPHEN_BREAKS, '') : label;
  if (CODE_COLUMN.test(text.trim())) return 'other';
  for (const [re, role] of RULES) if (re.test(text)) return role;
  // A bare year or date in a money table: the year's accounts, or — under a results title — its result.
  if (context.unit && MONEY_UNIT.test(context.unit) && DATE_OR_NUMBER_ONLY.test(text.trim()) && columnYear(text)) {
    return context.title && RESULT_TITLE.test(context.title) ? 'variance' : 'actual';
  }
  if (context.unit && MONEY_UNIT.test(context.unit) && text.trim() !== '') return 'actual';
  // A note to the accounts ("Note 22 Tap og avsetning til tap") prints the accounts' amounts, named or not.
  if (context.unit && MONEY_UNIT.test(context.unit) && context.title && ACCOUNTS_NOTE.test(context.title.trim())) return 'actual';
  return 'other';
}

const NUMBERED = /^\d\.\s/;
/** What ALL_SPACES would change: white space beside white space, or other than a space. */
const SPACES_TO_JOIN = /\s\s|[^\S ]/;
const SUM_START = /^(sum|total)/i;
const PERCENT_WORD = /%|prosent/i;

/** Roles and years of every value column. A "Sum" column takes the role its neighbours share. */
export function classifyColumns(labels: string[], context: { unit?: string | undefined; title?: string | undefined }): Column[] {
  const cols: Column[] = labels.map((label) => {
    // (Most labels space their words singly already: nothing to replace.)
    const clean = (SPACES_TO_JOIN.test(label) ? label.replace(ALL_SPACES, ' ') : label).trim();
    const col: Column = { label: clean, role: roleOf(clean, context) };
    const year = columnYear(clean);
    if (year !== undefined) col.year = year;
    return col;
  });
  // Numbered columns ("1. Periodiseringsavvik …", "2. Reelle netto besparelser …") break one measure down: they
  // share the first one's role.
  const numbered = cols.filter((c) => NUMBERED.test(c.label));
  if (numbered.length >= 2 && numbered[0]!.label.startsWith('1.') && numbered[0]!.role !== 'other') {
    for (const c of numbered) c.role = numbered[0]!.role;
  }
  const sumCols = cols.filter((c) => SUM_START.test(c.label));
  const others = new Set(cols.filter((c) => !SUM_START.test(c.label)).map((c) => c.role));
  if (sumCols.length && others.size === 1) {
    const [role] = others;
    // (A count beside shares is no share: "Totalt" next to "Menn %" and "Kvinner %".)
    for (const c of sumCols) if (role !== 'percent' || PERCENT_WORD.test(c.label)) c.role = role!;
  }
  // Columns without a year of their own inherit the year most of their neighbours print.
  const years = cols.map((c) => c.year).filter((y): y is number => y !== undefined);
  if (years.length) {
    const latest = Math.max(...years);
    for (const c of cols) if (c.year === undefined && (c.role === 'variance' || c.role === 'variance-adjusted')) c.year = latest;
  }
  return cols;
}

const TARGET_WORD = /\bmål/i;

/** A target column ("Måltall 2024", "Mål 2024"): a level a result is held against. */
export function isTargetColumn(c: Column): boolean {
  return c.role === 'other' && TARGET_WORD.test(c.label);
}

export interface IndicatorColumns {
  variance: number;
  result: number;
  target: number;
}

/** The Avvik, Resultat and Måltall columns of one year, if the table has them. */
export function indicatorColumns(columns: Column[]): IndicatorColumns | undefined {
  const variance = columns.findIndex((c) => c.role === 'variance');
  if (variance < 0) return undefined;
  const year = columns[variance]!.year;
  const same = (c: Column) => year === undefined || c.year === year;
  const result = columns.findIndex((c, i) => i < variance && c.role === 'actual' && same(c));
  const target = columns.findIndex((c, i) => i < variance && isTargetColumn(c) && same(c));
  return result >= 0 && target >= 0 ? { variance, result, target } : undefined;
}
