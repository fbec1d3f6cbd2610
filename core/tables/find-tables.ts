// Given the lines of a report, return its numeric tables as DraftTables.
// 1. Classify lines (classify-lines.ts) and set running heads aside (running-heads.ts). 2. Find each table's
// header and body (find-blocks.ts, header-lines.ts). 3. Title and unit come from the lines just above the header
// (captions.ts). 4. Codes after the amounts become columns of their own (code-columns.ts). 5. Each row's numbers
// are read with the table's arithmetic (resolve.ts).

import type { Line, ParseOptions } from '../model.ts';
import type { DraftTable } from '../semantics/draft.ts';
import { classifyLine, classifyTestedLine, isLatin1Lower, isLatin1Upper, type ClassifiedLine } from './classify-lines.ts';
import { fitHeader, headerNames, joinHeaderLines } from './header.ts';
import { assembleRows, joinSplitRows } from './rows.ts';
import { resolveRows } from './resolve.ts';
import { splitRow } from '../numbers/tokens.ts';
import { captionAndUnit, isCaption } from './captions.ts';
import { columnCount, findBlocks, moveSectionLines } from './find-blocks.ts';
import { appendCodes, NAMES_CODES, takeCodeNames, takeTrailingCodes } from './code-columns.ts';
import { dropRunningHeads } from './running-heads.ts';
import { SPACES, STARTS_UPPER } from '../patterns.ts';

/** A digit running into a capitalised word; global, to search a line from a digit on (gluedAt). */
const GLUED = /(\d)(\p{Lu}\p{Ll})/gu;
/** A digit, searched for with `test` from lastIndex (no match object). */
const DIGIT_AHEAD = /\d/g;

/** Two rows printed as one line ("… 5 880 5 573Personell i …"): split where a number runs into a capitalised word. */
export function splitGluedRows(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const digit = firstDigit(l.text);
    const cut = digit >= 0 ? gluedCut(l.text, digit) : -1;
    if (cut > 0) out.push({ ...l, text: l.text.slice(0, cut) }, { ...l, text: l.text.slice(cut) });
    else out.push(l);
  }
  return out;
}

/** Where the text's first digit stands, or -1. (Half the lines are empty: they are not searched.) */
function firstDigit(text: string): number {
  if (!text) return -1;
  DIGIT_AHEAD.lastIndex = 0;
  return DIGIT_AHEAD.test(text) ? DIGIT_AHEAD.lastIndex - 1 : -1;
}

/** Where a line whose first digit is at `from` is cut into two rows (splitGluedRows), or -1. (The pattern's first
 * match starts at a digit, so no match starts before `from`: the search starts there.) */
function gluedCut(text: string, from: number): number {
  const at = gluedAt(text, from);
  if (at <= 0) return -1;
  const split = splitRow(text.slice(0, at + 1));
  return split.label && split.tokens.length ? at + 1 : -1;
}

/** Where GLUED's first match at or after `from` (a digit's place) starts, or -1, read by character codes: a digit,
 * a capital, a small letter. A character beyond U+00FF where a letter is asked for (other letters, other case
 * foldings, a surrogate pair) is left to the regex, from that digit on: no match starts before it. */
function gluedAt(text: string, from: number): number {
  for (let i = from; i + 2 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) continue;
    const upper = text.charCodeAt(i + 1);
    if (upper <= 0xff && !isLatin1Upper(upper)) continue;
    const lower = text.charCodeAt(i + 2);
    if (upper > 0xff || lower > 0xff) {
      GLUED.lastIndex = i;
      return GLUED.exec(text)?.index ?? -1;
    }
    if (isLatin1Lower(lower)) return i;
  }
  return -1;
}

/** classifyLine of each of splitGluedRows(lines), each line tested for a digit once for both. */
function classifyLines(lines: Line[]): ClassifiedLine[] {
  const out: ClassifiedLine[] = [];
  for (const l of lines) {
    const digit = firstDigit(l.text);
    if (digit < 0) {
      out.push(classifyTestedLine(l, false));
      continue;
    }
    const cut = gluedCut(l.text, digit);
    if (cut > 0) out.push(classifyLine({ ...l, text: l.text.slice(0, cut) }), classifyLine({ ...l, text: l.text.slice(cut) }));
    else out.push(classifyTestedLine(l, true));
  }
  return out;
}

export function findTables(lines: Line[], options: ParseOptions = {}): DraftTable[] {
  const classified = dropRunningHeads(classifyLines(lines));
  const out: DraftTable[] = [];
  for (const block of findBlocks(classified)) {
    const rowsCount = block.body.filter((b) => b.kind === 'row').length;
    if (rowsCount === 0) continue;
    moveSectionLines(block);
    let headerText = joinHeaderLines(block.header.map((h) => h.line.text));
    const codeColumns = takeTrailingCodes(block, NAMES_CODES.test(headerText));
    let codeNames: string[] = [];
    if (codeColumns) ({ names: codeNames, rest: headerText } = takeCodeNames(headerText, codeColumns));
    if (rowsCount < 2 && !block.header.length) continue;
    const named = block.names && block.names.length + codeColumns <= block.header.length ? block.names : undefined;
    // (The header's names are read once: they give the column count, and are then fitted to it.)
    const names = named ? undefined : headerNames(headerText);
    const columns = named ? named.length : columnCount(block, names!.labels.length);
    const { labels, labelHeader } = named
      ? { labels: named, labelHeader: joinHeaderLines(block.header.slice(0, block.header.length - named.length).map((h) => h.line.text)) }
      : fitHeader(names!, columns);
    const ctx = captionAndUnit(classified, block.start, headerText);
    // Rows that print their amounts in words of one unit ("2,1 millioner") state the table's unit.
    const rowUnits = new Set(block.body.filter((b) => b.kind === 'row').map((b) => b.unit));
    if (!ctx.unitText && rowUnits.size === 1 && [...rowUnits][0]) ctx.unitText = [...rowUnits][0];
    // A caption printed on the header's first line ("Regnskapsresultat 2023-2025 (tall i mill. kroner) 2023 2024 2025")
    // beats a stray line above it.
    const captionInHeader = labelHeader.split(SPACES).length >= 2 && STARTS_UPPER.test(labelHeader);
    const title = ctx.title && (isCaption(ctx.title) || !captionInHeader) ? ctx.title : labelHeader || ctx.title;
    const raw = joinSplitRows(assembleRows(block.body), columns);
    const draft: DraftTable = {
      columnLabels: labels,
      rows: [],
      line: raw.find((r) => r.tokens.length)?.line ?? block.body[0]!.line.line,
    };
    if (title) draft.title = title;
    if (labelHeader) draft.labelHeader = labelHeader;
    if (ctx.unitText) draft.unitText = ctx.unitText;
    draft.rows = resolveRows(raw, labels, { title, unitText: ctx.unitText }, options);
    if (codeColumns) appendCodes(draft, raw, codeNames);
    // One figure in a run of text ("Antall: 1256" in a questionnaire) is no table.
    let figures = 0;
    for (const r of draft.rows) for (const v of r.values) if (v !== null) figures++;
    if (figures < 2) continue;
    out.push(draft);
  }
  return out;
}
