// Chooses one of a report's tables by caption and page (shown only when there is more than one).
import type { Table } from '../../core/model.ts';
import { t } from '../utils/i18n.ts';

export function TablePicker(props: { tables: Table[]; index: number; onChange: (index: number) => void }) {
  if (props.tables.length < 2) return null;
  return (
    <label>
      {t('chooseTable')}{' '}
      <select value={String(props.index)} onChange={(e) => props.onChange(Number((e.target as HTMLSelectElement).value))}>
        {props.tables.map((tb, i) => <option value={String(i)}>{tb.title ?? tb.id}{tb.page !== undefined ? ` (${t('page')} ${tb.page})` : ''}</option>)}
      </select>
    </label>
  );
}
