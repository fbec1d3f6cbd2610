import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from '../../../widget/format.ts';

describe('formatNumber', () => {
  it('groups thousands with a no-break space and uses a decimal comma in Norwegian', () => {
    expect(formatNumber(1927753, 'nb')).toBe('1\u00a0927\u00a0753');
    expect(formatNumber(-61.8, 'nb')).toBe('\u221261,8');
  });
  it('uses commas and a decimal point in English', () => {
    expect(formatNumber(1927753, 'en')).toBe('1,927,753');
    expect(formatNumber(-1234.5, 'en')).toBe('\u22121,234.5');
  });
  it('adds + to positive values only when asked (variance cells)', () => {
    expect(formatNumber(46307, 'nb', true)).toBe('+46\u00a0307');
    expect(formatNumber(46307, 'nb')).toBe('46\u00a0307');
    expect(formatNumber(0, 'nb', true)).toBe('0');
  });
  it('hides binary noise and never prints exponents', () => {
    expect(formatNumber(0.1 + 0.2, 'nb')).toBe('0,3');
    expect(formatNumber(123456789012, 'en')).toBe('123,456,789,012');
    expect(formatNumber(Number.NaN, 'nb')).toBe('–');
  });
  it('formats percent with one decimal and a sign', () => {
    expect(formatPercent(-4.26, 'nb')).toBe('\u22124,3\u00a0%');
    expect(formatPercent(2, 'en')).toBe('+2\u00a0%');
  });
});
