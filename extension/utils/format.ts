// Numbers and directions as people read them. Norwegian by default (1 927 753, −61,8), English when the UI is.

import type { Direction, Table } from '../../core/model.ts';

export type Lang = 'nb' | 'en';

const UNIT_NOK: Record<string, number> = { kr: 1, '1000 kr': 1000, 'mill. kr': 1_000_000, 'mrd. kr': 1_000_000_000 };

/** Kroner per unit of a table's values, or null when the unit is not money (%, antall) or unknown. */
export function unitToNok(unit: string | undefined): number | null {
  if (!unit) return 1000; // Oslo's budget tables are in 1000 kr unless they say otherwise
  const u = unit.toLowerCase().replace(/\s+/g, ' ').trim();
  if (u in UNIT_NOK) return UNIT_NOK[u] ?? null;
  if (/^(i )?1 ?000 ?(kr|kroner)/.test(u) || /tusen/.test(u)) return 1000;
  if (/mill/.test(u)) return 1_000_000;
  if (/mrd|milliard/.test(u)) return 1_000_000_000;
  if (/^(kr|kroner|nok)$/.test(u)) return 1;
  return null;
}

export function formatNumber(n: number, lang: Lang, maxDecimals = 1): string {
  const s = new Intl.NumberFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { maximumFractionDigits: maxDecimals }).format(n);
  // Plain spaces and the true minus sign: copyable, and read the same by screen readers.
  return s.replace(/[\u00a0\u202f]/g, ' ').replace(/^-/, '−');
}

export function formatPercent(p: number, lang: Lang): string {
  return `${formatNumber(p, lang, 1)} %`;
}

/** "61,8 mill. kr" from kroner, for sentences and key numbers. */
export function formatNok(nok: number, lang: Lang): string {
  const abs = Math.abs(nok);
  if (abs >= 1_000_000_000) return `${formatNumber(nok / 1e9, lang, 2)} ${lang === 'nb' ? 'mrd. kr' : 'bn NOK'}`;
  if (abs >= 1_000_000) return `${formatNumber(nok / 1e6, lang, 1)} ${lang === 'nb' ? 'mill. kr' : 'm NOK'}`;
  return `${formatNumber(nok, lang, 0)} ${lang === 'nb' ? 'kr' : 'NOK'}`;
}

export function formatValue(v: number | null, table: Pick<Table, 'unit'>, lang: Lang): string {
  if (v === null) return '';
  return formatNumber(v, lang, 1);
}

export const DIRECTION_ICON: Record<Direction, string> = { overspend: '▲', underspend: '▼', 'on-budget': '●' };
