// The only chart.js importer, loaded lazily when a chart is shown. Registers just the bar chart's pieces so
// the chunk stays small (tree-shaken chart.js), and builds the configuration here so chart-config.ts travels
// in this chunk rather than in the first script.

import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { Table, Variance } from '../core/model.ts';
import { buildChartConfig, type ChartOptions } from './chart-config.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface ChartHandle {
  destroy(): void;
}

export function createChart(canvas: HTMLCanvasElement, table: Table, variances: readonly Variance[], opts: ChartOptions): ChartHandle {
  const chart = new Chart(canvas, buildChartConfig(table, variances, opts));
  return { destroy: () => chart.destroy() };
}
