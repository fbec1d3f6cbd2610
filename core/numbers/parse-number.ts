// Given one printed cell or token, return the number it states, null for a printed nil, undefined for text.
// A bound ("<150", ">80%", "≥ 95 %") states its bound: targets are printed that way, and the reports' own
// arithmetic uses the bound (Måltall <45, Resultat 44,1 %, Avvik 0,9 %). The grid keeps the sign.
// Norwegian print: space thousands ("1 927 753"), comma decimals ("61,8"), occasional dot decimals
// ("44.11 %"), '-' or U+2212 minus, footnote marks glued on ("28*", "2)").

import { normalizeText } from '../text/to-lines.ts';
import { ALL_BLANKS, DIGIT } from '../patterns.ts';

const NIL = /^(?:-|–|—|n\.?\s?a\.?|n\/a|x|\.\.)$/i;
const FOOTNOTE = /(?:\*+\)?|\d\)|\))$/;
const BOUND = /^[<>≤≥~]=?\s*(\d.*)$/;
/** Dots between groups of three, twice or more: "-1.927.753". */
export const DOT_GROUPED = /^[-+]?\d{1,3}(?:\.\d{3}){2,}$/;
const NUMBER = /^([-+]?)(\d{1,3}(?: \d{3})+|\d+)(?:([.,])(\d+))?\s?(%?)$/;

const SPACED_MINUS = /^-\s+\d/;
const MINUS_SPACES = /^-\s+/;
const PARENTHESIZED = /^\(.*\)$/;

const DOTS = /\./g;

/** Reads a whole cell: "1 927 753" → 1927753, "-61,8" → -61.8, "-" → null, "Barnehager" → undefined. */
export function parseNumberCell(raw: string): number | null | undefined {
  let s = normalizeText(raw).trim();
  if (s === '') return null;
  if (NIL.test(s)) return null;
  // A minus set a space apart from its number ("- 12 300").
  if (SPACED_MINUS.test(s)) s = `-${s.replace(MINUS_SPACES, '')}`;
  if (PARENTHESIZED.test(s) && DIGIT.test(s)) s = `-${s.slice(1, -1).trim()}`;
  const bound = BOUND.exec(s);
  if (bound) s = bound[1]!;
  // Dots between groups of three, twice or more ("1.927.753", "-2.001.300"): thousands, as some exports print them.
  if (DOT_GROUPED.test(s)) s = s.replace(DOTS, ' ');
  const m = NUMBER.exec(s) ?? NUMBER.exec(s.replace(FOOTNOTE, '').trim());
  if (!m) return undefined;
  const [, sign, int = '', sep, frac] = m;
  // "1.234" with a dot and exactly three decimals is ambiguous; Oslo prints dots only as decimal points.
  if (sep === '.' && int.includes(' ')) return undefined;
  const value = Number(`${int.replace(ALL_BLANKS, '')}${frac ? `.${frac}` : ''}`);
  if (!Number.isFinite(value)) return undefined;
  return sign === '-' ? -value : value;
}
