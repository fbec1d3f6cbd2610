// Given text printed near a table ("Tall i 1000 kr.", "(tall i mill. kroner)", "Beløp i hele kroner"),
// return the table's unit in the contract's words, and how many kroner one unit is.

const UNITS: [RegExp, string][] = [
  [/(?:i|tall|beløp|tusen)\s*(?:i\s*)?(?:1\s?000|tusen|hele\s+tusen)\s*(?:kr|kroner|nok)?/i, '1000 kr'],
  [/\b1\s?000\s*(?:kr|kroner|nok)\b|\btusen\s+kr(?:oner)?\b|\bkr\s*1\s?000\b|\bnok\s*1\s?000\b/i, '1000 kr'],
  [/\bmill(?:\.|ioner)?\s*(?:kr|kroner|nok)|\bmnok\b/i, 'mill. kr'],
  [/\bmrd\.?\s*(?:kr|kroner)|\bmilliarder\s+kr/i, 'mrd. kr'],
  [/(?:tall|beløp)\s+i\s+(?:hele\s+)?(?:kr|kroner)\b|\bi\s+hele\s+kroner\b/i, 'kr'],
];

export function findUnit(text: string): string | undefined {
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
