// The side panel: key numbers, tables (sortable by variance, copy with source), failed checks and claims
// with verdicts — each entry scrolls to its place on the page — and export / cache actions.

import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Extraction } from '../../../core/model.ts';
import { KeyNumbersView } from '../../components/KeyNumbersView.tsx';
import { TableView } from '../../components/TableView.tsx';
import { TablePicker } from '../../components/TablePicker.tsx';
import { Glossary } from '../../components/Glossary.tsx';
import { markForRow, type Mark } from '../../utils/marks.ts';
import { checkText, verdictText } from '../../utils/mark-details.ts';
import { tableToCsv } from '../../utils/csv.ts';
import { copyText, download } from '../../utils/clipboard.ts';
import { sourceText } from '../../utils/source-text.ts';
import { DIRECTION_ICON, type Lang } from '../../utils/format.ts';
import { scrollToMark } from './PdfPages.tsx';
import { firstInterestingTable } from '../../utils/key-numbers.ts';
import { t } from '../../utils/i18n.ts';

export interface SidePanelProps {
  extraction: Extraction;
  marks: Mark[];
  url?: string;
  lang: Lang;
  onNote: (s: string) => void;
  onClearCache: () => void;
  pinned: Set<string>;
  onPin: (mark: Mark) => void;
  notebook?: ComponentChildren;
}

function baseName(x: Extraction): string {
  return (x.source.name.split(/[/\\?#]/).filter(Boolean).pop() ?? 'rapport').replace(/\.pdf$/i, '');
}

export function SidePanel({ extraction, marks, url, lang, onNote, onClearCache, pinned, onPin, notebook }: SidePanelProps) {
  const [index, setIndex] = useState(() => firstInterestingTable(extraction));
  const table = extraction.tables[index];
  const failed = marks.filter((m) => m.check === 'failed' && m.kind !== 'claim');
  const claims = marks.filter((m) => m.kind === 'claim');
  const locateRow = (tableId: string, row: number) => {
    const m = marks.find((x) => x.tableId === tableId && x.row === row && x.kind !== 'claim');
    const tb = extraction.tables.find((x) => x.id === tableId);
    if (m) scrollToMark(m);
    else if (tb?.rows[row]?.page ?? tb?.page) document.getElementById(`page-${tb.rows[row]?.page ?? tb.page}`)?.scrollIntoView({ block: 'start' });
  };
  /** The mark of a table row: its highlight if it has one, else a variance mark made for pinning. */
  const rowMark = (tableId: string, row: number): Mark | undefined => {
    const hit = marks.find((x) => x.tableId === tableId && x.row === row && x.kind !== 'claim');
    const tb = extraction.tables.find((x) => x.id === tableId);
    return hit ?? (tb ? markForRow(tb, row) : undefined);
  };
  const copyRow = async (row: number, column: number | 'variance') => {
    if (!table) return;
    const v = table.variances.find((x) => x.row === row);
    const r = table.rows[row];
    const value = column === 'variance' ? v?.variance : r?.values[column];
    if (value === undefined || value === null || !r) return;
    const label = column === 'variance' ? t('variance') : (table.columns[column]?.label ?? '');
    const text = sourceText({ value, label: r.label, column: label, table, name: extraction.source.name, ...(url ? { url } : {}) }, lang);
    onNote((await copyText(text)) ? t('copiedSource', text) : t('copyFailed'));
  };
  return (
    <aside class="side" aria-label={t('sidePanel')}>
      <KeyNumbersView extraction={extraction} lang={lang} />
      {notebook}
      <div class="actions">
        <button type="button" data-action="export-csv" onClick={() => download(`${baseName(extraction)}.csv`, extraction.tables.map(tableToCsv).join('\r\n'), 'text/csv')}>{t('exportCsv')}</button>
        <button type="button" data-action="export-json" onClick={() => download(`${baseName(extraction)}.tallsjekk.json`, JSON.stringify(extraction, null, 2), 'application/json')}>{t('exportJson')}</button>
        <button type="button" data-action="clear-cache" onClick={onClearCache}>{t('clearCache')}</button>
      </div>

      <section aria-labelledby="failed-h">
        <h2 id="failed-h">{t('failedChecks')} ({failed.length})</h2>
        {failed.length === 0 ? <p class="muted">{t('noFailedChecks')}</p> : (
          <ul class="entries" data-testid="failed-checks">
            {failed.map((m) => (
              <li>
                <button type="button" class="link" onClick={() => scrollToMark(m)}>{m.label}{m.page !== undefined ? ` (${t('page')} ${m.page})` : ''}</button>
                <span class="failed"> {m.checks.filter((c) => !c.ok).map((c) => checkText(c, lang)).join('; ')}</span>
                <PinButton mark={m} pinned={pinned} onPin={onPin} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="claims-h">
        <h2 id="claims-h">{t('claims')} ({claims.length})</h2>
        {claims.length === 0 ? <p class="muted">{t('noClaims')}</p> : (
          <ul class="entries" data-testid="claims">
            {claims.map((m) => (
              <li class={`verdict-${m.claim!.verdict}`} data-verdict={m.claim!.verdict}>
                <span aria-hidden="true">{m.claim!.verdict === 'inconsistent' ? '✗ ' : m.claim!.verdict === 'consistent' ? '✓ ' : '? '}</span>
                <button type="button" class="link" onClick={() => scrollToMark(m)}>«{m.claim!.text}»</button>{' '}
                <span class={m.claim!.verdict === 'inconsistent' ? 'failed' : 'muted'}>{verdictText(m.claim!.verdict)}{m.claim!.reason ? ` — ${m.claim!.reason}` : ''}</span>
                <span class={`dir-${m.direction}`}> <span aria-hidden="true">{DIRECTION_ICON[m.direction]}</span></span>
                <PinButton mark={m} pinned={pinned} onPin={onPin} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="tables-h">
        <h2 id="tables-h">{t('tables')} ({extraction.tables.length})</h2>
        <TablePicker tables={extraction.tables} index={index} onChange={setIndex} />
        {table ? (
          <TableView
            table={table}
            lang={lang}
            onCopy={(row, column) => void copyRow(row, column)}
            onLocate={(row) => locateRow(table.id, row)}
            isPinned={(row) => pinned.has(rowMark(table.id, row)?.id ?? '')}
            onPin={(row) => {
              const m = rowMark(table.id, row);
              if (m) onPin(m);
            }}
          />
        ) : <p class="muted">{t('noTables')}</p>}
      </section>
      <Glossary />
    </aside>
  );
}

function PinButton({ mark, pinned, onPin }: { mark: Mark; pinned: Set<string>; onPin: (m: Mark) => void }) {
  const on = pinned.has(mark.id);
  return (
    <button type="button" class="copy pin" aria-pressed={on} data-pinned={String(on)} onClick={() => onPin(mark)} aria-label={t('pinFor', mark.label)} title={t('pin')}>★</button>
  );
}
