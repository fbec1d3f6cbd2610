// "Copy with source": a number with everything needed to cite it — value, label, table, page and URL.

import type { Table } from '../../core/model.ts';
import { formatNumber, type Lang } from './format.ts';

export function sourceText(
  opts: { value: number; label: string; column?: string; table: Table; url?: string; name: string },
  lang: Lang,
): string {
  const { value, label, column, table, url, name } = opts;
  const unit = table.unit ? ` (${table.unit})` : '';
  const page = table.page !== undefined ? `, ${lang === 'nb' ? 's.' : 'p.'} ${table.page}` : '';
  const where = url ? (table.page !== undefined ? `${url}#page=${table.page}` : url) : name;
  const col = column ? ` — ${column}` : '';
  return `${label}${col}: ${formatNumber(value, lang)}${unit}. ${table.title ?? table.id}${page}. ${where}`;
}
