// Patterns many stages use, written once. A pattern is a module constant, never a literal inside a function: a
// literal makes a new RegExp each time it is evaluated (test/unit/core/source-rules.test.ts). The global ones
// are for replace, match and matchAll only, which reset their lastIndex.

/** A run of white space (split on it). */
export const SPACES = /\s+/;
/** Every run of white space (replace it). */
export const ALL_SPACES = /\s+/g;
/** Every space (the thousands separator, removed). */
export const ALL_BLANKS = / /g;
export const STARTS_UPPER = /^\p{Lu}/u;
export const STARTS_LOWER = /^\p{Ll}/u;
export const DIGIT = /\d/;
/** Where thousands separators go in a run of digits. */
export const THOUSANDS_BREAKS = /\B(?=(\d{3})+(?!\d))/g;
