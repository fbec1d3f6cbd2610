// Given report lines, say what each one is for the table finder: blank, a table row (a label and a run of
// numbers at its end), a header line (column names, years), a short label line, or running prose.

import type { Line } from '../model.ts';
import { splitRow, type SplitRow } from '../numbers/tokens.ts';

export type LineKind = 'blank' | 'row' | 'header' | 'label' | 'prose';

export interface ClassifiedLine {
  line: Line;
  kind: LineKind;
  split: SplitRow;
}

export const HEADER_WORD =
  /(?:^|[^\p{L}])(?:regnskap|budsjett|oppr\.?|opprinnelig|regulert|justert|avvik|overf[øo]rte?|endring|måltall|mål|resultat|prognose|vedtatt|dok\.?\s*3|beløp|prosjektnummer|møter|saker|år|jan|feb|mars|april|mai|juni|juli|aug|sept?|okt|nov|des)(?=[^\p{L}]|$)/iu;
const HAS_YEAR_OR_DATE = /(?:19|20)\d\d|\d\)/;
const DOK3 = /^dok\.?\s*3(?:\s+(?:19|20)\d\d)?$/i;
const YEARISH = /^(?:(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?|\d\d\.\d\d\.(?:19|20)\d\d|\d\.\s*tertial|[A-ZÆØÅ]?\d\))$/;
/** A row label longer than this (in words) is a sentence, not a label. */
const MAX_LABEL_WORDS = 14;
const MAX_LABEL_LENGTH = 110;
const MAX_SHORT_LINE = 70;
const MAX_HEADER_LINE = 300;

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** A run of three or more consecutive years, each printed as "2 016". */
export function spacedYears(split: SplitRow): boolean {
  const t = split.tokens;
  if (t.length < 6 || t.length % 2) return false;
  let prev = 0;
  for (let i = 0; i < t.length; i += 2) {
    const y = Number(`${t[i]!.text}${t[i + 1]!.text}`);
    if (!/^[12]$/.test(t[i]!.text) || !/^\d{3}$/.test(t[i + 1]!.text) || y < 1900 || y > 2099 || (prev && y !== prev + 1)) return false;
    prev = y;
  }
  return true;
}

function isHeaderLine(text: string, split: SplitRow): boolean {
  const t = text.trim();
  if (!t) return false;
  // Years printed with a thousands space ("BPA 2 016 2 017 2 018 …") still head columns.
  if (spacedYears(split)) return true;
  // "Dok 3" (the revised-budget document) names a column; its 3 is no value.
  if (DOK3.test(t)) return true;
  // Fast paths: a row ending in amounts is no header; a header has a year or a column word.
  if (split.tokens.some((tk) => !tk.year && tk.kind !== 'nil')) return false;
  if (!HAS_YEAR_OR_DATE.test(t) && !HEADER_WORD.test(t)) return false;
  const words = t.split(/\s+/);
  const yearish = words.filter((w) => YEARISH.test(w.replace(/[(),:]/g, ''))).length;
  // A caption that carries its column years ("Meldere i nye saker 2022 2023 2024", "… Måltall 2024 Snitt 2024").
  const otherNumbers = words.filter((w) => /\d/.test(w) && !YEARISH.test(w.replace(/[(),:]/g, ''))).length;
  if (yearish >= 2 && otherNumbers === 0 && t.length <= MAX_HEADER_LINE && !/[.:;!?]\s*$/.test(t)) return true;
  // Only years and dates ("2022 2023 2024", "01.01.2024 01.01.2025 Endring").
  if (split.tokens.length === 0 || split.tokens.every((tk) => tk.year)) {
    if (yearish > 0 && yearish + words.filter((w) => HEADER_WORD.test(w)).length >= words.length - 1) return true;
    const keywords = words.filter((w) => HEADER_WORD.test(w)).length;
    if (keywords && t.length <= MAX_SHORT_LINE && (words.length <= 4 || keywords >= 2 || keywords / words.length >= 0.34) && !/[.:;!?]\s*$/.test(t)) return true;
    // A whole header row on one line (HTML tables, wide PDFs): several column words, years between them.
    if (keywords >= 3 && yearish >= 2 && t.length <= MAX_HEADER_LINE && keywords / words.length >= 0.2) return true;
  }
  return false;
}

/** A label word after which a number belongs to the label: "innen 3 (måneder)", "over 80 (år)". */
const WRAPS_AFTER = /\b(?:innen|over|under|etter|før|siste|første|minst|maks|inntil|mellom)$/i;
const UNIT_LINE = /^\(?(?:tall|beløp|beløpene)\s+(?:er\s+)?i\s+(?:1\s?000|hele|tusen|mill|mrd|kroner|kr)\b[^\d]*$/i;
const NO_SPLIT: SplitRow = { label: '', tokens: [] };

export function classifyLine(line: Line): ClassifiedLine {
  const text = line.text.trim();
  if (!text) return { line, kind: 'blank', split: NO_SPLIT };
  if (text.length > MAX_HEADER_LINE) return { line, kind: 'prose', split: { label: text, tokens: [] } };
  // "Tall i 1000", "Beløp i hele kroner": a unit line, whatever number it names.
  if (UNIT_LINE.test(text)) return { line, kind: 'label', split: NO_SPLIT };
  const split = splitRow(text);
  if (isHeaderLine(text, split)) return { line, kind: 'header', split };
  // A lone dash after words is a broken line or a nil mark, not a row of numbers (several nil marks are a row
  // whose cells are all empty: "Sysselsettingsandel 25-66 år N.A N.A N.A N.A N.A").
  if (split.tokens.length === 1 && split.tokens[0]!.kind === 'nil' && split.label) {
    return classifyText(line, text, NO_SPLIT);
  }
  if (split.tokens.length > 0) {
    const w = wordCount(split.label);
    const sentence = w > MAX_LABEL_WORDS || split.label.length > MAX_LABEL_LENGTH || /[.!?]\s+\p{Lu}\p{Ll}/u.test(split.label.replace(/\b(?:kr|mill|inkl|ca|jf|nr|kap|pr|bl\.a|oppr|reg|bud|utg|omr|f\.o\.m|t\.o\.m|Funk|bef|y\.disp|gj|gj\.sn|mnd|ant|stk|tlf|avd)\./gi, ''));
    const numericChars = split.tokens.reduce((n, t) => n + t.text.length, 0);
    // One number after a long run of words is prose ("… et merforbruk på 2,4"), unless the label is short.
    // A small number after a preposition ends a label that wraps ("Andel saker avsluttet innen 3 / måneder …").
    const wrapped = split.tokens.length === 1 && /^\d{1,2}$/.test(split.tokens[0]!.text) && WRAPS_AFTER.test(split.label);
    if (wrapped) return classifyText(line, text, NO_SPLIT);
    if (!sentence && !(split.tokens.length === 1 && w > 8 && numericChars < 6)) return { line, kind: 'row', split };
    return { line, kind: 'prose', split };
  }
  return classifyText(line, text, split);
}

function classifyText(line: Line, text: string, split: SplitRow): ClassifiedLine {
  // A short line is a label unless it reads as a sentence: capitalised, several words, a full stop.
  const sentence = /^\p{Lu}/u.test(text) && wordCount(text) >= 5 && /[.!?:]$/.test(text.replace(/\b(?:kr|mill|inkl|utg|omr|ca|avd|mnd|nr)\.$/i, ''));
  if (text.length <= MAX_SHORT_LINE && wordCount(text) <= 10 && !sentence) {
    return { line, kind: 'label', split };
  }
  return { line, kind: 'prose', split };
}
