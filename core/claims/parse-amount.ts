// Given prose, return every amount of money printed in it: "61,8 mill. kroner", "kr 1,300 mill.", "(+ 29,0 mill.",
// "- 19 mill. kroner", "40 til 50 mill.", "kr 8 mill.", "2,531 mrd.", "1 300 000 kroner". A number is money only
// when a unit (kr, kroner, tusen, mill., millioner, mrd., milliarder) follows it or "kr" precedes it, so
// percentages, years, counts and table cells never become amounts. Precision is kept as printed.

/** One amount as printed. `value` is in the printed unit, signed when a sign is printed; a range keeps its low end. */
export interface Amount {
  start: number;
  end: number;
  value: number;
  /** Digits after the decimal comma: "61,8" → 1, "1,300" → 3, "19" → 0. */
  decimals: number;
  /** Kroner per printed unit: mill. → 1e6. */
  unitFactor: number;
  /** A sign (+/−) was printed in front of the number. */
  signed: boolean;
  /** "40 til 50 mill.", "mellom 10 og 15 mill.", "40-50 mill.": the high end, in the printed unit. */
  rangeHigh?: number;
}

import { matchesOf } from './matches.ts';
import { ALL_BLANKS, DIGIT } from '../patterns.ts';
import { isSpaceUnit } from './sentences.ts';

const NUM = String.raw`\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const UNIT = String.raw`mrd\.?|milliard(?:er)?|mill\.?|millioner|million|mnok|tusen|kr\.?|kroner|nok`;
const AMOUNT = new RegExp(
  String.raw`(?<prefix>kr\.?\s*)?` +
    String.raw`(?:(?<lo>${NUM})\s*(?<sep>-|til|og)\s*)?` +
    String.raw`(?<sign>[+-]\s*)?(?<num>${NUM})` +
    String.raw`(?:\.?\s?(?<unit>${UNIT})(?![\p{L}\d]))?` +
    String.raw`(?<tail>\s?(?:kr\.?|kroner)(?![\p{L}\d]))?`,
  'giu',
);
/** What every amount holds: a number's last digit with its unit after it (at most a '.' and one space between, as
 * in AMOUNT; MILL covers mill., millioner and million, KR kr, kr. and kroner), or "kr" before the number (or before
 * the sign in front of it). Same flags as AMOUNT, so its letters match the same characters. */
const AMOUNT_HINT = /\d\.?\s?(?:mrd|milliard|mill|mnok|tusen|kr|nok)|kr\.?\s*(?:[+-]\s*)?\d/iu;
const BEFORE_OK = /(?:^|[^\p{L}\d,])$/u;
const MELLOM_BEFORE = /mellom\s*$/i;
/** "Tall i 1000 kr", "beløp i 1 000 kroner": a unit caption, not an amount. */
const UNIT_CAPTION = /^1 ?000 ?(?:kr\.?|kroner)$/i;
const CAPTION_BEFORE = /(?:^|\s)i\s*$/i;

export function unitFactor(unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('mrd') || u.startsWith('milliard')) return 1e9;
  if (u.startsWith('mill') || u === 'mnok') return 1e6;
  if (u.startsWith('tusen')) return 1e3;
  return 1;
}

export function parseNorwegianNumber(s: string): number {
  return Number(s.replace(ALL_BLANKS, '').replace(',', '.'));
}

function decimalsOf(s: string): number {
  const i = s.indexOf(',');
  return i < 0 ? 0 : s.length - i - 1;
}

/** Kroner of an amount, rounded to whole kroner so float noise never reaches the output. */
export function amountNok(a: Amount): number {
  return Math.round(a.value * a.unitFactor);
}

/** Whether `text` may hold an amount: findAmounts finds none in a text without AMOUNT_HINT, nor in any part of
 * it (the hint has no anchors nor look-around, so where it matches a part of a text it matches the text). */
export function mayHoldAmount(text: string): boolean {
  return DIGIT.test(text) && AMOUNT_HINT.test(text);
}

const isDigitUnit = (c: number) => c >= 0x30 && c <= 0x39;
const isSignUnit = (c: number) => c === 0x2b || c === 0x2d;
/** A unit of AMOUNT_HINT at the place it is tried (lastIndex), with its flags. */
const HINT_UNIT_AT = /(?:mrd|milliard|mill|mnok|tusen|kr|nok)/iuy;
/** 'k' as /iu reads it: k, K and the Kelvin sign. */
const isK = (c: number) => (c | 0x20) === 0x6b || c === 0x212a;

/** Whether `a` ends at aEnd with what AMOUNT_HINT's "kr" alternative reads before a space: "kr", "kr.", or
 * "kr" and an optional '.' and white space before a sign ("kr -", "kr.+"). */
function endsLikeKr(a: string, aEnd: number): boolean {
  let i = aEnd - 1;
  if (isSignUnit(a.charCodeAt(i))) {
    i--;
    while (i >= 0 && isSpaceUnit(a.charCodeAt(i))) i--;
  }
  if (a.charCodeAt(i) === 0x2e) i--;
  return (a.charCodeAt(i) | 0x20) === 0x72 && isK(a.charCodeAt(i - 1));
}

/**
 * Whether AMOUNT_HINT may match across the one space that joins a text ending at a[aEnd − 1] to a text starting at
 * b[bStart] (neither white space), though it matches neither alone. Such a match holds that space: "5 mill" or
 * "5. mill" (its one \s?: a digit, or a digit and '.', before it and a unit after it), or "kr 5", "kr. -5",
 * "kr - 5" (its \s*: "kr" and what may follow it before it, a digit or a sign after it).
 */
export function hintMaySpan(a: string, aEnd: number, b: string, bStart: number): boolean {
  const x = a.charCodeAt(aEnd - 1);
  const y = b.charCodeAt(bStart);
  if (isDigitUnit(x) || (x === 0x2e && isDigitUnit(a.charCodeAt(aEnd - 2)))) {
    HINT_UNIT_AT.lastIndex = bStart;
    if (HINT_UNIT_AT.test(b)) return true;
  }
  return (isDigitUnit(y) || isSignUnit(y)) && endsLikeKr(a, aEnd);
}

export function findAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  if (!mayHoldAmount(text)) return out;
  for (const m of matchesOf(AMOUNT, text)) {
    const g = m.groups ?? {};
    const num = g['num'];
    if (num === undefined || m.index === undefined) continue;
    // The code point before the number (two UTF-16 units hold a surrogate pair), not the whole text before it.
    if (!BEFORE_OK.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (UNIT_CAPTION.test(m[0].trim()) && CAPTION_BEFORE.test(text.slice(0, m.index))) continue;
    const unit = g['unit'] ?? (g['prefix'] !== undefined ? 'kr' : undefined);
    if (unit === undefined) continue;
    const hi = parseNorwegianNumber(num);
    let negative = g['sign']?.trim() === '-';
    let signed = g['sign'] !== undefined;
    let start = m.index;
    let rangeHigh: number | undefined;
    let low = hi;
    const lo = g['lo'];
    if (lo !== undefined) {
      const sep = (g['sep'] ?? '').toLowerCase();
      const loStart = m.index + (g['prefix']?.length ?? 0);
      const loValue = parseNorwegianNumber(lo);
      if (loValue < hi && !signed && (sep !== 'og' || MELLOM_BEFORE.test(text.slice(0, loStart)))) {
        low = loValue;
        rangeHigh = hi;
      } else {
        // Not a range: the number before belongs to something else ("i 2020 - 19 mill."), a '-' is a sign.
        const sepAt = text.indexOf(g['sep'] ?? '', loStart + lo.length);
        if (sep === '-' && !signed) {
          negative = true;
          signed = true;
          start = sepAt;
        } else start = text.indexOf(num, sepAt + 1);
      }
    }
    const value = (negative ? -1 : 1) * low;
    const amount: Amount = {
      start,
      end: m.index + m[0].length,
      value,
      decimals: decimalsOf(rangeHigh !== undefined && lo !== undefined ? lo : num),
      unitFactor: unitFactor(unit),
      signed,
    };
    if (rangeHigh !== undefined) amount.rangeHigh = rangeHigh;
    out.push(amount);
  }
  return out;
}
