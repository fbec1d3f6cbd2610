import { describe, expect, it } from 'vitest';
import type { TooltipItem } from 'chart.js';
import { buildChartConfig, type ChartOptions } from '../../../widget/chart-config.ts';
import { chartHeight, chartVariances, BAR_SLOT, CHART_CHROME } from '../../../widget/chart-size.ts';
import { formatNumber, formatPercent } from '../../../widget/format.ts';
import { demoSnapshot } from './fixtures.ts';

const colors = { text: '#111', grid: '#ddd', overspend: 'red', underspend: 'green', onBudget: 'gray', budget: 'lightblue', actual: 'navy' };
const opts = (kind: ChartOptions['kind']): ChartOptions => ({
  kind,
  colors,
  text: { variance: 'Avvik', budget: 'Budsjett', actual: 'Regnskap', direction: { overspend: 'merforbruk', underspend: 'mindreforbruk', 'on-budget': 'i balanse' } },
  formatNumber: (n, signed) => formatNumber(n, 'nb', signed),
  formatPercent: (n) => formatPercent(n, 'nb'),
});

describe('chartVariances / chartHeight', () => {
  const table = demoSnapshot('ostensjo-2024-netto').table;
  it('charts the item rows, not the sums', () => {
    const rows = chartVariances(table);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((v) => table.rows[v.row]!.kind === 'item')).toBe(true);
    expect(rows.length).toBe(table.rows.filter((r, i) => r.kind === 'item' && table.variances.some((v) => v.row === i)).length);
  });
  it('falls back to the sums when a table has nothing else', () => {
    const t = structuredClone(table);
    for (const r of t.rows) r.kind = 'total';
    expect(chartVariances(t)).toHaveLength(t.variances.length);
  });
  it('reserves a height from the number of bars', () => {
    expect(chartHeight(table, 'variance')).toBe(CHART_CHROME + chartVariances(table).length * BAR_SLOT);
    expect(chartHeight(table, 'budget-actual')).toBeGreaterThan(chartHeight(table, 'variance'));
  });
});

describe('buildChartConfig', () => {
  const table = demoSnapshot('ostensjo-2024-brutto').table;
  const variances = chartVariances(table);

  it('draws one horizontal bar per row: its variance, coloured by direction', () => {
    const cfg = buildChartConfig(table, variances, opts('variance'));
    expect(cfg.type).toBe('bar');
    expect(cfg.options?.indexAxis).toBe('y');
    expect(cfg.data.labels).toHaveLength(variances.length);
    const [ds] = cfg.data.datasets;
    expect(ds?.data).toEqual(variances.map((v) => v.variance));
    expect(ds?.backgroundColor).toEqual(variances.map((v) => (v.direction === 'overspend' ? 'red' : v.direction === 'underspend' ? 'green' : 'gray')));
    expect(cfg.options?.plugins?.legend?.display).toBe(false);
  });

  it('draws budget against actual as two datasets with a legend', () => {
    const cfg = buildChartConfig(table, variances, opts('budget-actual'));
    expect(cfg.data.datasets.map((d) => d.label)).toEqual(['Budsjett', 'Regnskap']);
    expect(cfg.data.datasets[0]?.data).toEqual(variances.map((v) => v.budget));
    expect(cfg.data.datasets[1]?.data).toEqual(variances.map((v) => v.actual));
    expect(cfg.options?.plugins?.legend?.display).toBe(true);
  });

  it('names the direction in the tooltip, so colour is never the only cue', () => {
    const cfg = buildChartConfig(table, variances, opts('variance'));
    const label = cfg.options?.plugins?.tooltip?.callbacks?.label as (i: TooltipItem<'bar'>) => string;
    const v = variances[0]!;
    const text = label({ dataIndex: 0, parsed: { x: v.variance, y: 0 }, dataset: { label: 'Avvik' } } as unknown as TooltipItem<'bar'>);
    expect(text).toContain(formatNumber(v.variance, 'nb', true));
    expect(text).toContain(v.direction === 'overspend' ? 'merforbruk' : v.direction === 'underspend' ? 'mindreforbruk' : 'i balanse');
    expect(text).toContain('1000 kr');
  });

  it('shortens long row labels and formats the value axis in Norwegian', () => {
    const t = structuredClone(table);
    t.rows[variances[0]!.row]!.label = 'F02C Aktivitetstilbud for barn og unge, helsestasjon og skolehelsetjeneste';
    const cfg = buildChartConfig(t, variances, opts('variance'));
    expect(cfg.data.labels?.[0]).toMatch(/^F02C Aktivitetstilbud.{0,8}…$/);
    const tick = (cfg.options?.scales?.x?.ticks as { callback: (v: number) => string }).callback;
    expect(tick(-200000)).toBe('\u2212200\u00a0000');
  });
});

describe('buildChartConfig labels', () => {
  it('cuts labels to maxLabel for narrow charts', () => {
    const table = demoSnapshot('ostensjo-2024-netto').table;
    const cfg = buildChartConfig(table, chartVariances(table), { ...opts('variance'), maxLabel: 12 });
    for (const label of cfg.data.labels ?? []) expect(label.length).toBeLessThanOrEqual(12);
  });
});
