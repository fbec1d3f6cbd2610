// Rounding rules. Printed figures are rounded to their last printed digit, so an identity of rounded
// numbers holds only to within about half a unit per term.

/** Smallest printed unit of a number as printed: 61.8 → 0.1, 1927753 → 1. */
export function printedUnit(values: number[]): number {
  let decimals = 0;
  for (const v of values) {
    const s = String(Math.abs(v));
    const dot = s.indexOf('.');
    if (dot >= 0) decimals = Math.max(decimals, Math.min(4, s.length - dot - 1));
  }
  return 10 ** -decimals;
}

/** |delta| allowed for `terms` rounded terms: 1 unit for up to two terms, then half a unit per term. */
export function tolerance(values: number[], terms: number): number {
  const unit = printedUnit(values);
  return unit * Math.max(1, Math.ceil(terms / 2)) + unit * 1e-6;
}

export function close(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol;
}
