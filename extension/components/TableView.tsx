// A report table as a real HTML table: caption, column headers, row headers, the engine's variance and
// direction per row, the check status, and a "copy with source" button per variance. Sortable by variance.

import { useState } from 'preact/hooks';
import type { Table } from '../../core/model.ts';
import { DIRECTION_ICON, formatNumber, formatPercent, type Lang } from '../utils/format.ts';
import { directionText } from '../utils/mark-details.ts';
import { t } from '../utils/i18n.ts';

type Sort = 'printed' | 'asc' | 'desc';

export interface TableViewProps {
  table: Table;
  lang: Lang;
  onCopy?: (row: number, column: number | 'variance') => void;
  onLocate?: (row: number) => void;
  compact?: boolean;
  /** The journalist's notebook: pin a row's variance. */
  isPinned?: (row: number) => boolean;
  onPin?: (row: number) => void;
}

export function TableView({ table, lang, onCopy, onLocate, compact, isPinned, onPin }: TableViewProps) {
  const [sort, setSort] = useState<Sort>('printed');
  const order = table.rows.map((_, i) => i);
  const varianceOf = (i: number) => table.variances.find((v) => v.row === i);
  if (sort !== 'printed') {
    order.sort((a, b) => {
      const va = varianceOf(a)?.variance ?? Number.NaN;
      const vb = varianceOf(b)?.variance ?? Number.NaN;
      if (Number.isNaN(va) || Number.isNaN(vb)) return Number.isNaN(va) ? (Number.isNaN(vb) ? a - b : 1) : -1;
      return sort === 'asc' ? va - vb : vb - va;
    });
  }
  const nextSort: Record<Sort, Sort> = { printed: 'asc', asc: 'desc', desc: 'printed' };
  const ariaSort = sort === 'asc' ? 'ascending' : sort === 'desc' ? 'descending' : 'none';
  const failedRows = new Set(table.checks.filter((c) => !c.ok && c.row !== undefined).map((c) => c.row));
  const all = table.columns.map((c, i) => ({ c, i }));
  // Compact (popup): the actual and the budget the variance is measured against; the rest is in the report view.
  const budgetRole = table.columns.some((c) => c.role === 'budget-revised') ? 'budget-revised' : 'budget-original';
  const cols = compact ? all.filter(({ c }) => c.role === 'actual' || c.role === budgetRole) : all;
  const labelHeader = table.grid.find((r) => r.length > table.columns.length)?.[0]?.trim() || t('line');
  return (
    <div class="table-wrap">
      <table class="report-table" data-table-id={table.id}>
        <caption>
          {table.title ?? table.id}
          {table.unit ? <span class="muted"> ({table.unit})</span> : null}
          {table.page !== undefined ? <span class="muted"> — {t('page')} {table.page}</span> : null}
        </caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            {cols.map(({ c }) => <th scope="col">{c.label}</th>)}
            <th scope="col" aria-sort={ariaSort}>
              <button type="button" class="sort" onClick={() => setSort(nextSort[sort])} title={t('sortByVariance')}>
                {t('varianceComputed')} <span aria-hidden="true">{sort === 'asc' ? '↑' : sort === 'desc' ? '↓' : '↕'}</span>
              </button>
            </th>
            <th scope="col">{t('check')}</th>
          </tr>
        </thead>
        <tbody>
          {order.map((i) => {
            const row = table.rows[i]!;
            const v = varianceOf(i);
            const failed = failedRows.has(i);
            return (
              <tr class={`kind-${row.kind}`} data-row={i} {...(v ? { 'data-direction': v.direction } : {})}>
                <th scope="row">
                  {onLocate ? <button type="button" class="link" onClick={() => onLocate(i)}>{row.label}</button> : row.label}
                </th>
                {cols.map(({ i: c }) => {
                  const value = row.values[c];
                  if (value === null || value === undefined) return <td class="num" />;
                  // In the report view every number is a button that copies it with its source.
                  return (
                    <td class="num">
                      {onCopy ? (
                        <button type="button" class="cell" onClick={() => onCopy(i, c)} title={t('copyWithSource')}>{formatNumber(value, lang)}</button>
                      ) : formatNumber(value, lang)}
                    </td>
                  );
                })}
                <td class={`num ${v ? `dir-${v.direction}` : ''}`}>
                  {v ? (
                    <>
                      <span aria-hidden="true">{DIRECTION_ICON[v.direction]} </span>
                      {formatNumber(v.variance, lang)} <span class="muted">({formatPercent(v.percent, lang)})</span>
                      <span class="sr-only"> {directionText(v.direction)}</span>
                      {onCopy ? (
                        <button type="button" class="copy" onClick={() => onCopy(i, 'variance')} aria-label={t('copyWithSourceFor', row.label)} title={t('copyWithSource')}>⧉</button>
                      ) : null}
                      {onPin ? (
                        <button type="button" class="copy pin" aria-pressed={isPinned?.(i) ?? false} data-pinned={String(isPinned?.(i) ?? false)} onClick={() => onPin(i)} aria-label={t('pinFor', row.label)} title={t('pin')}>★</button>
                      ) : null}
                    </>
                  ) : null}
                </td>
                <td class={failed ? 'failed' : 'ok'} data-check={failed ? 'failed' : 'ok'}>{failed ? `✗ ${t('failed')}` : '✓'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
