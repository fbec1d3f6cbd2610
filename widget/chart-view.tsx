// The bar chart. Its box has its final height before chart.js arrives (no layout shift); chart.js is loaded
// on first use and the chart is destroyed with the view. Colours come from the widget's CSS custom properties.
// A class component, so the first script needs no preact/hooks.

import { Component, createRef } from 'preact';
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

type State = { status: 'loading' | 'ready' | 'failed' };

export class ChartView extends Component<Props, State> {
  override state: State = { status: 'loading' };
  #canvas = createRef<HTMLCanvasElement>();
  #chart: { destroy(): void } | undefined;
  #run = 0;

  override componentDidMount(): void {
    this.#draw();
  }

  override componentDidUpdate(prev: Props): void {
    const p = this.props;
    if (p.table !== prev.table || p.kind !== prev.kind || p.lang !== prev.lang || p.scheme !== prev.scheme) this.#draw();
  }

  override componentWillUnmount(): void {
    this.#run++;
    this.#chart?.destroy();
  }

  #draw(): void {
    const run = ++this.#run;
    this.#chart?.destroy();
    this.#chart = undefined;
    const el = this.#canvas.current;
    const { table, kind, lang } = this.props;
    const variances = chartVariances(table);
    if (!el || variances.length === 0) return;
    const m = messages(lang);
    loadChart()
      .then((mod) => {
        if (run !== this.#run) return;
        this.#chart = mod.createChart(el, table, variances, {
          kind,
          colors: readColors(el),
          text: { variance: m.variance, budget: m.budget, actual: m.actual, direction: m.direction },
          formatNumber: (n, signed) => formatNumber(n, lang, signed),
          formatPercent: (n) => formatPercent(n, lang),
          // About a third of the width for the row labels.
          maxLabel: Math.max(10, Math.min(28, Math.floor((el.parentElement?.clientWidth ?? 600) / 20))),
        });
        this.setState({ status: 'ready' });
      })
      .catch(() => run === this.#run && this.setState({ status: 'failed' }));
  }

  override render({ table, kind, lang, title }: Props, { status }: State) {
    const m = messages(lang);
    if (chartVariances(table).length === 0) return <p class="note">{m.noChartData}</p>;
    return (
      <div class="chart" style={{ height: `${chartHeight(table, kind)}px` }} data-state={status}>
        {status === 'failed' ? <p role="status">{m.chartFailed}</p> : null}
        {status === 'loading' ? <p aria-hidden="true">{m.chartLoading}</p> : null}
        <canvas ref={this.#canvas} role="img" aria-label={m.chartLabel(kind, title)} hidden={status === 'failed'} />
      </div>
    );
  }
}

function readColors(el: Element): ChartColors {
  const style = getComputedStyle(el);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--ts-muted', '#545a63'),
    grid: v('--ts-border', '#d3d7dd'),
    overspend: v('--ts-bar-over', '#d55e00'),
    underspend: v('--ts-bar-under', '#009e73'),
    onBudget: v('--ts-bar-even', '#8a9099'),
    budget: v('--ts-bar-budget', '#90a4c8'),
    actual: v('--ts-bar-actual', '#1f4e9c'),
  };
}
