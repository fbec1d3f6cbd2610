// Given text printed near a table ("Tall i 1000 kr.", "(tall i mill. kroner)", "Beløp i hele kroner"),
// return the table's unit in the contract's words, and how many kroner one unit is.

/** The unit patterns, tried in order: the first that matches names the unit. */
export const UNITS: [RegExp, string][] = [
  [/(?:i|tall|beløp|tusen)\s*(?:i\s*)?(?:1\s?000|tusen|hele\s+tusen)\s*(?:kr|kroner|nok)?/i, '1000 kr'],
  [/\b1\s?000\s*(?:kr|kroner|nok)\b|\btusen\s+kr(?:oner)?\b|\bkr\s*1\s?000\b|\bnok\s*1\s?000\b/i, '1000 kr'],
  [/\bmill(?:\.|ioner)?\s*(?:kr|kroner|nok)|\bmnok\b/i, 'mill. kr'],
  [/\bmrd\.?\s*(?:kr|kroner)|\bmilliarder\s+kr/i, 'mrd. kr'],
  [/(?:tall|beløp)\s+i\s+(?:hele\s+)?(?:kr|kroner)\b|\bi\s+hele\s+kroner\b/i, 'kr'],
];

/** A piece of text every match of a unit pattern holds: "000" or "tusen" (thousands), "mill" or "mnok" (millions),
 * "mrd" (billions; "milliarder" holds "mill"), "kr" (kroner). Tested first, in one pass: most text near a table
 * (captions, prose) names no unit, and UNITS would read it five times. (ASCII letters under /i without the u flag,
 * as in UNITS: no other character folds to one of them.) */
const UNIT_WORD = /000|tusen|mill|mnok|mrd|kr/i;

export function findUnit(text: string): string | undefined {
  if (!UNIT_WORD.test(text)) return undefined;
  for (const [re, unit] of UNITS) if (re.test(text)) return unit;
  return undefined;
}

export function unitFactor(unit: string | undefined): number | undefined {
  switch (unit) {
    case '1000 kr':
      return 1000;
    case 'mill. kr':
      return 1e6;
    case 'mrd. kr':
      return 1e9;
    case 'kr':
      return 1;
    default:
      return undefined;
  }
}
