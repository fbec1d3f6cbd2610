// Which rows the bar chart shows and how tall it is, known before chart.js loads so the chart's box is
// reserved at its final height (no layout shift). Kept apart from chart-config.ts, which ships in the lazy chunk.

import type { Table, Variance } from '../core/model.ts';
import type { ChartKind } from './chart-config.ts';

/** Pixel height of one category and of the axes and legend around them. */
export const BAR_SLOT = 30;
export const CHART_CHROME = 64;

/** The rows the chart shows: the items, not the sums that dwarf them — unless there are only sums. */
export function chartVariances(table: Table): Variance[] {
  const items = table.variances.filter((v) => table.rows[v.row]?.kind === 'item');
  return items.length > 0 ? items : table.variances;
}

export function chartHeight(table: Table, kind: ChartKind): number {
  const n = chartVariances(table).length;
  return Math.round(CHART_CHROME + n * BAR_SLOT * (kind === 'budget-actual' ? 1.6 : 1));
}
