// Given a mark, return what its tooltip says, as plain strings (views put them in text nodes): the label,
// budget, actual, variance and percent, the direction in words, and the check or verdict behind it.

import type { Check } from '../../core/model.ts';
import { formatNumber, formatPercent, type Lang } from './format.ts';
import type { Mark } from './marks.ts';
import { t } from './i18n.ts';

export interface MarkDetails {
  title: string;
  rows: [string, string][];
  check: string;
}

export function directionText(d: Mark['direction']): string {
  return t(d === 'overspend' ? 'dirOverspend' : d === 'underspend' ? 'dirUnderspend' : 'dirOnBudget');
}

export function checkText(c: Check, lang: Lang): string {
  const expr = c.expr ?? (c.kind === 'sum' ? t('checkSum') : t('checkVariance'));
  return c.ok
    ? `✓ ${expr}: ${t('checkOk')}`
    : `✗ ${expr}: ${t('checkFailed', formatNumber(c.printed, lang), formatNumber(c.computed, lang), formatNumber(c.delta, lang))}`;
}

export function verdictText(v: 'consistent' | 'inconsistent' | 'unmatched'): string {
  return t(v === 'consistent' ? 'verdictConsistent' : v === 'inconsistent' ? 'verdictInconsistent' : 'verdictUnmatched');
}

export function markDetails(mark: Mark, lang: Lang): MarkDetails {
  if (mark.kind === 'claim' && mark.claim) {
    const c = mark.claim;
    const rows: [string, string][] = [[t('claim'), c.text]];
    rows.push([t('amount'), `${formatNumber(c.amountNok / 1e6, lang, 1)} ${t('millKr')}`]);
    if (c.reason) rows.push([t('why'), c.reason]);
    return { title: `${directionText(mark.direction)} — ${verdictText(c.verdict)}`, rows, check: verdictText(c.verdict) };
  }
  const unit = mark.unit ? ` (${mark.unit})` : '';
  const rows: [string, string][] = [];
  if (mark.tableTitle) rows.push([t('table'), mark.tableTitle]);
  if (mark.budget !== undefined) rows.push([t('budget'), formatNumber(mark.budget, lang) + unit]);
  if (mark.actual !== undefined) rows.push([t('actual'), formatNumber(mark.actual, lang) + unit]);
  if (mark.variance !== undefined) rows.push([t('variance'), formatNumber(mark.variance, lang) + unit]);
  if (mark.percent !== undefined) rows.push([t('percent'), formatPercent(mark.percent, lang)]);
  rows.push([t('direction'), directionText(mark.direction)]);
  const check = mark.checks.length ? mark.checks.map((c) => checkText(c, lang)).join('\n') : t('noCheck');
  return { title: mark.label, rows, check };
}
