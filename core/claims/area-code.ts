// Given a label, title or sentence, return the funksjonsområde codes it names: "Funksjonsområde 2A", "FO2A",
// "F02A", "Funk.omr. 4", "FO3" → 2A, 2A, 2A, 4, 3. KOSTRA function numbers ("F253") are not area codes.

import { matchesOf } from './matches.ts';

const AREA_CODE = /(?<![\p{L}\d])(?:fo|f0?|funksjonsområde[t]?|funk\.?\s*omr\.?)\s*([1-4][a-c]?)(?![\p{L}\d])/giu;

/** Every code holds an f and a digit 1–4: text without both skips the slower scan. */
const F = /f/i;
const DIGIT_1_4 = /[1-4]/;

export function areaCodes(s: string): Set<string> {
  const out = new Set<string>();
  if (!F.test(s) || !DIGIT_1_4.test(s)) return out;
  for (const m of matchesOf(AREA_CODE, s)) out.add((m[1] ?? '').toUpperCase());
  return out;
}

/** The code when `s` names exactly one (areaCodes(s) holds one), else undefined; no set is made for text that holds
 * no f or no digit 1–4 (most row labels). */
export function soleAreaCode(s: string): string | undefined {
  if (!F.test(s) || !DIGIT_1_4.test(s)) return undefined;
  const codes = areaCodes(s);
  return codes.size === 1 ? codes.values().next().value : undefined;
}

/** The one area a title is about: its most specific code ("FO4 – FO4A …" → 4A), or undefined if it names several. */
export function areaOf(s: string): string | undefined {
  // Most lines name no code: no set or array is made for them (asked for every line above every table).
  if (!F.test(s) || !DIGIT_1_4.test(s)) return undefined;
  const codes = [...areaCodes(s)];
  const specific = codes.filter((c) => !codes.some((d) => d !== c && d.startsWith(c)));
  return specific.length === 1 ? specific[0] : undefined;
}
