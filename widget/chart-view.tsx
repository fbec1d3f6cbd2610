// The bar chart. Its box has its final height before chart.js arrives (no layout shift); chart.js is loaded
// on first use and the chart is destroyed with the view. Colours come from the widget's CSS custom properties.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Table } from '../core/model.ts';
import type { ChartColors, ChartKind } from './chart-config.ts';
import { chartHeight, chartVariances } from './chart-size.ts';
import { formatNumber, formatPercent, type Lang } from './format.ts';
import { messages } from './i18n.ts';
import { loadChart } from './lazy.ts';

interface Props {
  table: Table;
  kind: ChartKind;
  lang: Lang;
  title: string;
  /** Changes when the colour scheme may have changed, to redraw with the new palette. */
  scheme: string;
}

export function ChartView({ table, kind, lang, title, scheme }: Props) {
  const m = messages(lang);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const variances = chartVariances(table);
  const empty = variances.length === 0;

  useEffect(() => {
    const el = canvas.current;
    if (!el || empty) return;
    let handle: { destroy(): void } | undefined;
    let live = true;
    loadChart()
      .then((mod) => {
        if (!live) return;
        handle = mod.createChart(el, table, variances, {
          kind,
          colors: readColors(el),
          text: { variance: m.variance, budget: m.budget, actual: m.actual, direction: m.direction },
          formatNumber: (n, signed) => formatNumber(n, lang, signed),
          formatPercent: (n) => formatPercent(n, lang),
          // About a third of the width for the row labels.
          maxLabel: Math.max(10, Math.min(28, Math.floor((el.parentElement?.clientWidth ?? 600) / 20))),
        });
        setState('ready');
      })
      .catch(() => live && setState('failed'));
    return () => {
      live = false;
      handle?.destroy();
    };
  }, [table, kind, lang, scheme, empty]);

  if (empty) return <p class="note">{m.noChartData}</p>;
  return (
    <div class="chart" style={{ height: `${chartHeight(table, kind)}px` }} data-state={state}>
      {state === 'failed' ? <p role="status">{m.chartFailed}</p> : null}
      {state === 'loading' ? <p aria-hidden="true">{m.chartLoading}</p> : null}
      <canvas ref={canvas} role="img" aria-label={m.chartLabel(kind, title)} hidden={state === 'failed'} />
    </div>
  );
}

function readColors(el: Element): ChartColors {
  const style = getComputedStyle(el);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--ts-muted', '#545a63'),
    grid: v('--ts-border', '#d3d7dd'),
    overspend: v('--ts-bar-over', '#c62828'),
    underspend: v('--ts-bar-under', '#2e7d32'),
    onBudget: v('--ts-bar-even', '#8a9099'),
    budget: v('--ts-bar-budget', '#90a4c8'),
    actual: v('--ts-bar-actual', '#1f4e9c'),
  };
}
