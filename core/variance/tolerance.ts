// Rounding rules. Printed figures are rounded to their last printed digit, so an identity of rounded
// numbers holds only to within about half a unit per term.

/** Smallest printed unit of a number as printed: 61.8 → 0.1, 1927753 → 1. */
export function printedUnit(values: number[]): number {
  let decimals = 0;
  for (const v of values) {
    const d = decimalsOf(v);
    if (d > decimals) decimals = d;
  }
  return UNITS[decimals]!;
}
export const UNITS = [1, 0.1, 0.01, 0.001, 0.0001];

/** Printed decimals of one number, at most 4: 61.8 → 1, 1927753 → 0 (an index into UNITS). */
export function decimalsOf(v: number): number {
  let x = Math.abs(v);
  // Whole numbers are the common case: one test.
  if (x === Math.round(x)) return 0;
  let d = 0;
  // Count decimals by scaling (no string conversion: this runs for every check).
  while (d < 4 && Math.abs(x - Math.round(x)) > 1e-9 * Math.max(1, x)) {
    x *= 10;
    d++;
  }
  return d;
}

/** tolerance() for `terms` terms whose most decimals are `decimals` (no array needed). */
export function toleranceOf(decimals: number, terms: number): number {
  const unit = UNITS[decimals]!;
  return unit * Math.max(1, Math.ceil(terms / 2)) + unit * 1e-6;
}

/** Whether a printed total and the sum of its terms agree within rounding: `terms` rounded figures (the total
 * among them), the finest printed to `decimals` decimals. */
export function addsUp(printed: number, computed: number, decimals: number, terms: number): boolean {
  return Math.abs(printed - computed) <= toleranceOf(decimals, terms) + 1e-9;
}

/** |delta| allowed for `terms` rounded terms: 1 unit for up to two terms, then half a unit per term. */
export function tolerance(values: number[], terms: number): number {
  const unit = printedUnit(values);
  return unit * Math.max(1, Math.ceil(terms / 2)) + unit * 1e-6;
}

export function close(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol;
}
