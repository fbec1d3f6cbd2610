// The journalist's notebook for this report: pins in reading order with their number as printed, label,
// table, page, check status and note; each scrolls to its place. Exports Markdown citations, CSV and the
// notebook file (JSON, to share), imports a notebook file, and makes a widget snapshot for a pinned table.

import type { Extraction } from '../../../core/model.ts';
import type { Mark } from '../../utils/marks.ts';
import { pinFound, notebookFile, parseNotebookFile, pinsToCsv, pinsToMarkdown, pinToCitation, sortPins, type Pin } from '../../utils/pins.ts';
import { copyText, download } from '../../utils/clipboard.ts';
import { embedCode, snapshotFor } from '../../utils/embed.ts';
import type { Lang } from '../../utils/format.ts';
import { scrollToMark } from './PdfPages.tsx';
import { t } from '../../utils/i18n.ts';

export interface NotebookProps {
  extraction: Extraction;
  marks: Mark[];
  pins: Pin[];
  notFound: Set<string>;
  sha256: string;
  url?: string;
  lang: Lang;
  onNote: (pin: Pin, note: string) => void;
  onRemove: (pin: Pin) => void;
  onImport: (pins: Pin[], sha256: string) => void;
  onMessage: (s: string) => void;
}

export function NotebookPanel(props: NotebookProps) {
  const { extraction, marks, pins, sha256, url, lang, onNote, onRemove, onImport, onMessage } = props;
  const missing = new Set([...props.notFound, ...pins.filter((p) => p.sha256 === sha256 && !pinFound(p, extraction)).map((p) => p.id)]);
  const ordered = sortPins(pins);
  const title = `${t('notebook')}: ${extraction.report?.title ?? extraction.source.name}`;
  const base = (extraction.source.name.split(/[/\\?#]/).filter(Boolean).pop() ?? 'rapport').replace(/\.pdf$/i, '');
  const markdown = () => pinsToMarkdown(pins, lang, title, missing);
  const pinnedTable = extraction.tables.find((tb) => ordered.some((p) => p.tableId === tb.id));
  const importFile = (file: File | undefined) => {
    if (!file) return;
    void file.text().then((text) => {
      try {
        const nb = parseNotebookFile(text);
        onImport(nb.pins, nb.source.sha256);
      } catch {
        onMessage(t('notebookBadFile'));
      }
    });
  };
  return (
    <section aria-labelledby="notebook-h" class="notebook" data-testid="notebook">
      <h2 id="notebook-h">{t('notebook')} ({pins.length})</h2>
      <p class="muted">{t('notebookHelp')}</p>
      {ordered.length > 0 && (
        <ol class="entries pins">
          {ordered.map((p) => {
            const mark = marks.find((m) => m.id === p.id);
            const found = !missing.has(p.id);
            return (
              <li data-pin-id={p.id} data-found={String(found)} data-status={p.status}>
                <button type="button" class="link" disabled={!found} onClick={() => (mark ? scrollToMark(mark) : p.page !== undefined && document.getElementById(`page-${p.page}`)?.scrollIntoView())}>
                  {pinToCitation(p, lang, found)}
                </button>
                <label class="note">
                  {t('note')}{' '}
                  <input type="text" value={p.note} maxLength={500} onChange={(e) => onNote(p, (e.target as HTMLInputElement).value)} />
                </label>
                <button type="button" class="copy" onClick={() => onRemove(p)} aria-label={t('unpinFor', p.label)}>✕</button>
              </li>
            );
          })}
        </ol>
      )}
      <div class="actions">
        <button type="button" data-action="notebook-markdown" disabled={!pins.length} onClick={() => download(`${base}.notater.md`, markdown(), 'text/markdown')}>{t('exportMarkdown')}</button>
        <button type="button" data-action="notebook-copy" disabled={!pins.length} onClick={() => void copyText(markdown()).then((ok) => onMessage(ok ? t('notebookCopied') : t('copyFailed')))}>{t('copyMarkdown')}</button>
        <button type="button" data-action="notebook-csv" disabled={!pins.length} onClick={() => download(`${base}.notater.csv`, pinsToCsv(pins), 'text/csv')}>{t('exportCsv')}</button>
        <button type="button" data-action="notebook-export" disabled={!pins.length} onClick={() => download(`${base}.notatbok.json`, JSON.stringify(notebookFile(pins, { name: extraction.source.name, sha256, ...(url ? { url } : {}) }), null, 2), 'application/json')}>{t('exportNotebook')}</button>
        <button type="button" data-action="notebook-embed" disabled={!pinnedTable} onClick={() => pinnedTable && void copyText(embedCode(snapshotFor(extraction, pinnedTable, url))).then((ok) => onMessage(ok ? t('copiedEmbed') : t('copyFailed')))}>{t('embedThese')}</button>
        <label class="file-picker">
          {t('importNotebook')}{' '}
          <input type="file" accept="application/json,.json" data-testid="notebook-import" onChange={(e) => importFile((e.target as HTMLInputElement).files?.[0])} />
        </label>
      </div>
    </section>
  );
}
