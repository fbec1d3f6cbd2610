// The chosen report's tables and actions: open the report view, copy a table as CSV, copy embed code.

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Extraction } from '../../../core/model.ts';
import { TableView } from '../../components/TableView.tsx';
import { TablePicker } from '../../components/TablePicker.tsx';
import { tableToCsv } from '../../utils/csv.ts';
import { embedCode, snapshotFor } from '../../utils/embed.ts';
import { copyText } from '../../utils/clipboard.ts';
import { reportViewPath } from '../../utils/messaging.ts';
import type { Lang } from '../../utils/format.ts';
import { t } from '../../utils/i18n.ts';
import { markForRow } from '../../utils/marks.ts';
import { firstInterestingTable } from '../../utils/key-numbers.ts';
import { pinFromMark, type Pin } from '../../utils/pins.ts';
import { pinsFor, removePin, savePin } from '../../utils/notebook-store.ts';

export function ReportActions(props: { extraction: Extraction; url: string; isPage: boolean; lang: Lang; sha256: string; onNote: (s: string) => void }) {
  const { extraction, url, isPage, lang, sha256, onNote } = props;
  const [pins, setPins] = useState<Pin[]>([]);
  useEffect(() => {
    void pinsFor(sha256).then((r) => setPins(r.pins));
  }, [sha256]);
  const pinId = (tableId: string, row: number) => {
    const tb = extraction.tables.find((x) => x.id === tableId);
    return tb ? markForRow(tb, row)?.id : undefined;
  };
  const togglePin = (tableId: string, row: number) => {
    const tb = extraction.tables.find((x) => x.id === tableId);
    const mark = tb ? markForRow(tb, row) : undefined;
    if (!mark) return;
    const existing = pins.find((p) => p.id === mark.id);
    if (existing) {
      setPins(pins.filter((p) => p !== existing));
      void removePin(existing);
    } else {
      const pin = pinFromMark(mark, extraction, sha256, isPage ? undefined : url, Date.now());
      setPins([...pins, pin]);
      void savePin(pin);
    }
  };
  const [index, setIndex] = useState(() => firstInterestingTable(extraction));
  const table = extraction.tables[index] ?? extraction.tables[0];
  const copy = async (text: string, done: string) => onNote((await copyText(text)) ? done : t('copyFailed'));
  return (
    <section aria-labelledby="tables-h">
      <div class="actions">
        {!isPage && (
          <button type="button" class="primary" data-action="open-report" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(reportViewPath(url) as '/report.html') })}>
            {t('openReportView')}
          </button>
        )}
        {table && (
          <>
            <button type="button" data-action="copy-csv" onClick={() => void copy(tableToCsv(table), t('copiedCsv'))}>{t('copyCsv')}</button>
            <button type="button" data-action="copy-embed" onClick={() => void copy(embedCode(snapshotFor(extraction, table, url)), t('copiedEmbed'))}>{t('copyEmbed')}</button>
          </>
        )}
      </div>
      <h2 id="tables-h">{t('tables')} ({extraction.tables.length})</h2>
      <TablePicker tables={extraction.tables} index={index} onChange={setIndex} />
      <p class="muted" data-testid="pin-count" data-count={pins.length}>{t('notebook')}: {pins.length}</p>
      {table ? (
        <TableView
          table={table}
          lang={lang}
          compact
          isPinned={(row) => pins.some((p) => p.id === pinId(table.id, row))}
          onPin={(row) => togglePin(table.id, row)}
        />
      ) : <p class="muted">{t('noTables')}</p>}
    </section>
  );
}
