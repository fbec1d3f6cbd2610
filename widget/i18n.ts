// Every string the widget shows, in Norwegian (bokmål) and English. Report text itself is never translated.

import type { Direction } from '../core/model.ts';
import type { Lang } from './format.ts';

export interface Messages {
  direction: Record<Direction, string>;
  loading: string;
  unit: (unit: string) => string;
  year: (year: number) => string;
  district: (name: string) => string;
  tableRegion: (title: string) => string;
  rowHeader: string;
  computedVariance: string;
  computedNote: string;
  allColumns: (hidden: number) => string;
  fewerColumns: string;
  checksOk: string;
  checksNone: string;
  checksFailed: (n: number) => string;
  showChecks: string;
  claimsBadge: (agree: number, total: number) => string;
  claimAgrees: string;
  claimDisagrees: string;
  hideChecks: string;
  sumCheck: (row: string, column: string, printed: string, computed: string, delta: string) => string;
  varianceCheck: (row: string, printed: string, computed: string, delta: string) => string;
  source: string;
  page: (n: number) => string;
  csv: string;
  chartLabel: (kind: 'variance' | 'budget-actual', title: string) => string;
  chartLoading: string;
  chartFailed: string;
  noChartData: string;
  budget: string;
  actual: string;
  variance: string;
  errorTitle: string;
  badJson: (detail: string) => string;
  badShape: (detail: string) => string;
  noInput: string;
  openReport: string;
  unexpected: string;
}

const nb: Messages = {
  direction: { overspend: 'merforbruk', underspend: 'mindreforbruk', 'on-budget': 'i balanse' },
  loading: 'Laster tabellen …',
  unit: (unit) => `Tall i ${unit}`,
  year: (year) => `År ${year}`,
  district: (name) => `Bydel ${name}`,
  tableRegion: (title) => `Tabell: ${title}`,
  rowHeader: 'Post',
  computedVariance: 'Avvik (beregnet)',
  computedNote: 'Avvik = budsjett − regnskap, beregnet av Tallsjekk.',
  allColumns: (n) => `Vis alle kolonner (${n} til)`,
  fewerColumns: 'Vis færre kolonner',
  checksOk: 'Summene stemmer',
  checksNone: 'Ingen summer å kontrollere',
  checksFailed: (n) => `${n} avvik i tabellens egen regning`,
  showChecks: 'Vis',
  claimsBadge: (agree, total) => (agree === total ? `Teksten: ${total} tall stemmer med tabellen` : `Teksten: ${agree} av ${total} tall stemmer med tabellen`),
  claimAgrees: 'stemmer med tabellen',
  claimDisagrees: 'stemmer ikke med tabellen',
  hideChecks: 'Skjul',
  sumCheck: (row, column, printed, computed, delta) =>
    `${row}, ${column}: trykt ${printed}, summen av radene over er ${computed} (differanse ${delta})`,
  varianceCheck: (row, printed, computed, delta) =>
    `${row}: trykt avvik ${printed}, budsjett minus regnskap er ${computed} (differanse ${delta})`,
  source: 'Kilde',
  page: (n) => `side ${n}`,
  csv: 'Last ned data (CSV)',
  chartLabel: (kind, title) =>
    kind === 'variance' ? `Stolpediagram: avvik per rad i ${title}` : `Stolpediagram: budsjett og regnskap per rad i ${title}`,
  chartLoading: 'Laster diagrammet …',
  chartFailed: 'Diagrammet kunne ikke lastes. Tallene står i tabellen.',
  noChartData: 'Tabellen har ingen rader med både budsjett og regnskap, så det er ikke noe diagram å vise.',
  budget: 'Budsjett',
  actual: 'Regnskap',
  variance: 'Avvik',
  errorTitle: 'Tabellen kan ikke vises',
  badJson: (detail) => `De innebygde dataene er ikke gyldig JSON (${detail}).`,
  badShape: (detail) => `De innebygde dataene har ikke formatet Tallsjekk venter: ${detail}.`,
  noInput: 'Widgeten mangler data: legg inn et <script type="application/json">-barn eller et src-attributt.',
  openReport: 'Åpne rapporten',
  unexpected: 'Noe gikk galt under visningen av tabellen.',
};

const en: Messages = {
  direction: { overspend: 'overspend', underspend: 'underspend', 'on-budget': 'on budget' },
  loading: 'Loading the table …',
  unit: (unit) => `Figures in ${unit}`,
  year: (year) => `Year ${year}`,
  district: (name) => `District ${name}`,
  tableRegion: (title) => `Table: ${title}`,
  rowHeader: 'Item',
  computedVariance: 'Variance (computed)',
  computedNote: 'Variance = budget − actual, computed by Tallsjekk.',
  allColumns: (n) => `Show all columns (${n} more)`,
  fewerColumns: 'Show fewer columns',
  checksOk: 'The sums add up',
  checksNone: 'No sums to check',
  checksFailed: (n) => (n === 1 ? '1 error in the table’s own arithmetic' : `${n} errors in the table’s own arithmetic`),
  showChecks: 'Show',
  claimsBadge: (agree, total) => (agree === total ? `Text: ${total} figures match the table` : `Text: ${agree} of ${total} figures match the table`),
  claimAgrees: 'matches the table',
  claimDisagrees: 'does not match the table',
  hideChecks: 'Hide',
  sumCheck: (row, column, printed, computed, delta) =>
    `${row}, ${column}: printed ${printed}, the rows above add up to ${computed} (difference ${delta})`,
  varianceCheck: (row, printed, computed, delta) =>
    `${row}: printed variance ${printed}, budget minus actual is ${computed} (difference ${delta})`,
  source: 'Source',
  page: (n) => `page ${n}`,
  csv: 'Download data (CSV)',
  chartLabel: (kind, title) =>
    kind === 'variance' ? `Bar chart: variance per row in ${title}` : `Bar chart: budget and actual per row in ${title}`,
  chartLoading: 'Loading the chart …',
  chartFailed: 'The chart could not be loaded. The figures are in the table.',
  noChartData: 'No row in this table has both a budget and an actual figure, so there is no chart to show.',
  budget: 'Budget',
  actual: 'Actual',
  variance: 'Variance',
  errorTitle: 'The table cannot be shown',
  badJson: (detail) => `The embedded data is not valid JSON (${detail}).`,
  badShape: (detail) => `The embedded data is not in the format Tallsjekk expects: ${detail}.`,
  noInput: 'The widget has no data: add a <script type="application/json"> child or a src attribute.',
  openReport: 'Open the report',
  unexpected: 'Something went wrong while showing the table.',
};

export function messages(lang: Lang): Messages {
  return lang === 'en' ? en : nb;
}

/** The check badge: "Summene stemmer" or "N avvik i tabellens egen regning" (the same word in singular and plural). */
export function checksBadge(failed: number, total: number, lang: Lang): string {
  const m = messages(lang);
  if (total === 0) return m.checksNone;
  return failed === 0 ? m.checksOk : m.checksFailed(failed);
}
