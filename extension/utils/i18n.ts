// Messages from _locales (nb by default, en when the browser's language is English). The locale's own
// "lang" message says which one the browser picked, so numbers are formatted to match the words.

import { browser } from 'wxt/browser';
import type { Lang } from './format.ts';

export function t(key: string, ...subs: (string | number)[]): string {
  const getMessage = browser.i18n.getMessage as (k: string, s?: string[]) => string;
  const msg = getMessage(key, subs.map(String));
  return msg || key;
}

export function lang(): Lang {
  return t('lang') === 'en' ? 'en' : 'nb';
}
