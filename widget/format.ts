// Numbers for people: "1 927 753", "−61,8" (nb) or "1,927,753", "−61.8" (en). Our own grouping, not
// toLocaleString, so the output is the same in every browser and in Node tests.

export type Lang = 'nb' | 'en';

const NBSP = '\u00a0';
const MINUS = '\u2212';

/** Formats a printed value; `signed` adds "+" to positive numbers (variance cells). */
export function formatNumber(value: number, lang: Lang, signed = false): string {
  if (!Number.isFinite(value)) return '–';
  const [int = '0', frac] = trimFloat(Math.abs(value)).split('.');
  const group = lang === 'nb' ? NBSP : ',';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = frac ? `${grouped}${lang === 'nb' ? ',' : '.'}${frac}` : grouped;
  if (value < 0 && body !== '0') return MINUS + body;
  return signed && value > 0 ? `+${body}` : body;
}

/** Shortest decimal text of a printed number without binary noise (0.1 + 0.2 style) or exponents. */
function trimFloat(abs: number): string {
  const text = abs < 1e21 ? String(Number(abs.toPrecision(12))) : abs.toFixed(0);
  return text.includes('e') ? abs.toFixed(6).replace(/\.?0+$/, '') : text;
}

/** Percent with one decimal: "−4,2 %". */
export function formatPercent(value: number, lang: Lang): string {
  return `${formatNumber(Math.round(value * 10) / 10, lang, true)}${NBSP}%`;
}
