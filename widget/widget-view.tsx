// What one widget shows for its current state: a polite status or error card, or the table with its title,
// unit and year, check badge, chart, source line and CSV download. An error while rendering stays inside the
// widget (error boundary) and never reaches the host page.

import { Component, type ComponentChildren } from 'preact';
import type { EmbedSnapshot } from '../core/model.ts';
import type { ChartKind } from './chart-config.ts';
import { ChartView } from './chart-view.tsx';
import { ChecksBadge, ClaimsBadge } from './checks.tsx';
import { csvFileName, tableToCsv } from './csv.ts';
import type { Lang } from './format.ts';
import { messages } from './i18n.ts';
import type { Say } from './say.ts';
import { sourceLine } from './source-link.ts';
import { TableView } from './table-view.tsx';

export type View = 'table' | 'chart' | 'both';

export type WidgetState =
  | { status: 'loading'; message: Say }
  | { status: 'error'; message: Say; link?: string }
  | { status: 'ready'; snapshot: EmbedSnapshot };

export interface WidgetProps {
  state: WidgetState;
  lang: Lang;
  view: View;
  chart: ChartKind;
  scheme: string;
  base?: string;
}

export function WidgetView(props: WidgetProps) {
  return (
    <Boundary lang={props.lang}>
      <Content {...props} />
    </Boundary>
  );
}

function Content({ state, lang, view, chart, scheme, base }: WidgetProps) {
  const m = messages(lang);
  if (state.status === 'loading') {
    return (
      <div class="card status" role="status" aria-live="polite" lang={lang}>
        <p>{state.message(lang)}</p>
      </div>
    );
  }
  if (state.status === 'error') return <ErrorCard lang={lang} message={state.message(lang)} link={state.link} />;
  const { snapshot } = state;
  const { table } = snapshot;
  const title = table.title ?? table.id;
  const year = tableYear(snapshot);
  const src = sourceLine(snapshot, base);
  return (
    <figure class="card" lang={lang} aria-label={title} data-view={view}>
      <p class="title">{title}</p>
      <p class="meta">
        {table.unit ? <span>{m.unit(table.unit)}</span> : null}
        {year > 0 ? <span>{m.year(year)}</span> : null}
        {snapshot.source.district ? <span>{m.district(snapshot.source.district)}</span> : null}
      </p>
      <div class="badges">
        <ChecksBadge table={table} lang={lang} />
        {snapshot.claims?.length ? <ClaimsBadge table={table} claims={snapshot.claims} lang={lang} /> : null}
      </div>
      <div class={`body ${view}`}>
        {view !== 'chart' ? <TableView table={table} title={title} lang={lang} /> : null}
        {view !== 'table' ? <ChartView table={table} kind={chart} lang={lang} title={title} scheme={scheme} /> : null}
      </div>
      <figcaption class="foot">
        <p>
          {m.source}:{' '}
          {src.href ? (
            <a href={src.href} target="_blank" rel="noopener noreferrer">
              {src.name}
              {src.page ? `, ${m.page(src.page)}` : ''}
            </a>
          ) : (
            <>
              {src.name}
              {src.page ? `, ${m.page(src.page)}` : ''}
            </>
          )}
        </p>
        <button type="button" onClick={() => downloadCsv(snapshot, lang)}>
          {m.csv}
        </button>
      </figcaption>
    </figure>
  );
}

/** The year the table reports on: its actual/variance columns' year, else the report's. */
function tableYear(snapshot: EmbedSnapshot): number {
  const own = snapshot.table.columns.filter((c) => c.role === 'actual' || c.role === 'variance').map((c) => c.year ?? 0);
  return Math.max(0, ...own) || snapshot.source.year || 0;
}

function ErrorCard({ lang, message, link }: { lang: Lang; message: string; link?: string | undefined }) {
  const m = messages(lang);
  return (
    <div class="card status error" role="alert" lang={lang}>
      <p class="title">{m.errorTitle}</p>
      <p>{message}</p>
      {link ? (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer">
            {m.openReport}
          </a>
        </p>
      ) : null}
    </div>
  );
}

function downloadCsv(snapshot: EmbedSnapshot, lang: Lang): void {
  const en = lang === 'en';
  const csv = tableToCsv(snapshot.table, en ? 'Item' : 'Post', en ? 'Direction' : 'Retning');
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = csvFileName(snapshot.table);
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

class Boundary extends Component<{ lang: Lang; children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };
  override componentDidCatch(): void {
    this.setState({ failed: true });
  }
  override render() {
    return this.state.failed ? <ErrorCard lang={this.props.lang} message={messages(this.props.lang).unexpected} /> : this.props.children;
  }
}
