// Given a Table, the variances to draw and options, return the chart.js configuration for the bar chart: each
// row's variance (coloured by direction, and the direction named in the tooltip so colour is never the only
// cue) or budget against actual. Pure: only chart.js types, so it runs and is tested in Node. Words and number
// formatting come in through the options, so this module (shipped in the lazy chart chunk) imports no UI code.

import type { ChartConfiguration, TooltipItem } from 'chart.js';
import type { Direction, Table, Variance } from '../core/model.ts';

export type ChartKind = 'variance' | 'budget-actual';

export interface ChartColors {
  text: string;
  grid: string;
  overspend: string;
  underspend: string;
  onBudget: string;
  budget: string;
  actual: string;
}

export interface ChartText {
  variance: string;
  budget: string;
  actual: string;
  direction: Record<Direction, string>;
}

export interface ChartOptions {
  kind: ChartKind;
  colors: ChartColors;
  text: ChartText;
  /** Formats a value in the widget's language; `signed` adds "+" to positive numbers. */
  formatNumber: (value: number, signed?: boolean) => string;
  formatPercent: (value: number) => string;
  /** Longest row label before it is cut with "…" (narrow charts need shorter ones). */
  maxLabel?: number;
}

const MAX_LABEL = 28;

export type BarConfig = ChartConfiguration<'bar', number[], string>;

export function buildChartConfig(table: Table, variances: readonly Variance[], opts: ChartOptions): BarConfig {
  const labels = variances.map((v) => shorten(table.rows[v.row]?.label ?? '', opts.maxLabel ?? MAX_LABEL));
  const { colors, text } = opts;
  const colorOf = (d: Direction) => (d === 'overspend' ? colors.overspend : d === 'underspend' ? colors.underspend : colors.onBudget);
  const unit = table.unit ? ` ${table.unit}` : '';
  const datasets =
    opts.kind === 'variance'
      ? [{ label: text.variance, data: variances.map((v) => v.variance), backgroundColor: variances.map((v) => colorOf(v.direction)) }]
      : [
          { label: text.budget, data: variances.map((v) => v.budget), backgroundColor: colors.budget },
          { label: text.actual, data: variances.map((v) => v.actual), backgroundColor: colors.actual },
        ];
  const tooltipLabel = (item: TooltipItem<'bar'>): string => {
    const v = variances[item.dataIndex];
    const value = opts.formatNumber(item.parsed.x ?? 0, opts.kind === 'variance') + unit;
    if (!v || opts.kind !== 'variance') return `${item.dataset.label ?? ''}: ${value}`;
    return `${value} (${text.direction[v.direction]}, ${opts.formatPercent(v.percent)})`;
  };
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: {
          grid: { color: colors.grid },
          ticks: { color: colors.text, callback: (value) => opts.formatNumber(Number(value)) },
        },
        y: { grid: { display: false }, ticks: { color: colors.text, autoSkip: false } },
      },
      plugins: {
        legend: { display: opts.kind === 'budget-actual', labels: { color: colors.text } },
        tooltip: { callbacks: { label: tooltipLabel } },
      },
    },
  };
}

function shorten(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, Math.max(1, max - 1)).trimEnd()}…` : label;
}
