// Headers that are not header lines: column names stacked a few words per line, numbered ("1. … 2. …"), ending the
// label line above the first row, or printed after a sum row for the next table. Each says which lines above a
// table's first row are its header.

import { cellCountRange } from './readings.ts';
import type { ClassifiedLine } from './classify-lines.ts';
import { CODE_COLUMN, joinHeaderLines, splitHeader, startsColumnName } from './header.ts';
import { isHeading, isUnitLine } from './captions.ts';
import { amountTokens } from './code-columns.ts';
import { isSumLabel } from '../semantics/row-kinds.ts';
import { isSpaceChar } from '../numbers/tokens.ts';
import { SPACES, STARTS_UPPER } from '../patterns.ts';

/** Words a line of a header stacked word by word may have. */
const MAX_STACKED_WORDS = 3;

const ENDS_PUNCTUATED = /[.:;!?]$/;

/**
 * Column names printed a word or two per line right above the first row ("Kategori / Menn / % / Kvinner / % /
 * Total / (N) / …"): the longest run of such lines (a line that ends a sentence or heading is not one) whose words
 * are column names only, a short name of the label column before them aside, naming as many columns as the row
 * can fill. Returns where the run starts in `labels`, or -1.
 */
export function stackedHeader(labels: ClassifiedLine[], firstRow: ClassifiedLine): number {
  let top = labels.length;
  while (top > 0) {
    const t = labels[top - 1]!.line.text.trim();
    if (wordsIn(t) > MAX_STACKED_WORDS || ENDS_PUNCTUATED.test(t)) break;
    top--;
  }
  if (labels.length - top < 3) return -1;
  const [min, max] = cellCountRange(firstRow.split.tokens, firstRow.split.label);
  for (let from = top; from <= labels.length - 3; from++) {
    const { labels: names, labelHeader } = splitHeader(joinHeaderLines(labels.slice(from).map((l) => l.line.text)), 0);
    if (names.length >= 2 && names.length >= min && names.length <= max && names.every(startsColumnName) &&
      wordsIn(labelHeader) <= MAX_STACKED_WORDS) return from;
  }
  return -1;
}

/** Lines a header stacked a few words per line must have before it is read by its capitals. */
const MIN_STACKED_LINES = 4;

const ENDS_CLAUSE = /[:;!?]\s*$/;
const ENDS_BROKEN = /[-/]$/;

/**
 * A header stacked a few words per line whose names do not start with a column word ("Alle typer / korttids- /
 * plasser / Alle typer / langtids- / plasser / Sum / institusjon / s-plasser / Betalings- / pliktige / …"): each
 * name starts on a line that starts with a capital (unless the line before ends in "-" or "/"). It is the header
 * when it names as many columns as the first row can fill.
 */
export function capitalNames(labels: ClassifiedLine[], firstRow: ClassifiedLine): { from: number; names: string[] } | undefined {
  let from = labels.length;
  while (from > 0 && wordsIn(labels[from - 1]!.line.text) <= MAX_STACKED_WORDS && !ENDS_CLAUSE.test(labels[from - 1]!.line.text)) from--;
  if (labels.length - from < MIN_STACKED_LINES) return undefined;
  const groups: string[][] = [];
  let prev = '';
  for (const l of labels.slice(from)) {
    const t = l.line.text.trim();
    if (!groups.length || (STARTS_UPPER.test(t) && !ENDS_BROKEN.test(prev))) groups.push([]);
    groups[groups.length - 1]!.push(t);
    prev = t;
  }
  const [min, max] = cellCountRange(firstRow.split.tokens, firstRow.split.label);
  // (Every name but one a single line is no stacked header: that is a list of section rows.)
  if (groups.length < 2 || groups.length < min || groups.length > max || groups.filter((g) => g.length > 1).length < groups.length / 2) return undefined;
  return { from, names: groups.map((g) => joinHeaderLines(g)) };
}

const wordsIn = (t: string) => (t.trim() ? t.trim().split(SPACES).length : 0);

/** Lines searched above a table's first row for a header of numbered column names. */
const MAX_NUMBERED_HEADER = 30;

/**
 * Column names numbered "1.", "2.", "3." … and wrapped over many short lines ("1. / Periodiserings- / avvik, men /
 * … / 2. Reelle netto / besparelser på …"): the lines from the one before "1." down to the first row are the
 * header, whatever their words.
 */
export function numberedHeader(lines: ClassifiedLine[], first: number, floor: number): ClassifiedLine[] | undefined {
  // Most tables have no "1." above them: the label and header lines up to the first other line are read for one
  // before a "2." first. (A unit line or heading among them ends the run below sooner, and takes no "1." or "2."
  // into it that is not here.)
  if (!numberedAbove(lines, first, floor)) return undefined;
  const run: ClassifiedLine[] = [];
  for (let k = first - 1; k >= floor && first - k <= MAX_NUMBERED_HEADER; k--) {
    const cl = lines[k]!;
    if (cl.kind === 'blank') continue;
    if (cl.kind !== 'label' && cl.kind !== 'header') break;
    if (isUnitLine(cl) || isHeading(cl.line.text)) break;
    run.unshift(cl);
  }
  let next = 1;
  let one = -1;
  run.forEach((cl, k) => {
    if (listNumber(cl.line.text.trim()) === next) {
      if (next === 1) one = k;
      next++;
    }
  });
  if (next <= 2 || one < 0) return undefined;
  // The line before "1." names the label column ("Prosjektnr.- og navn").
  return run.slice(Math.max(0, one - 1));
}

/** Whether a line "1." stands above a line "2." among the label and header lines above `first` that numberedHeader
 * reads, unit lines and headings not set apart. */
function numberedAbove(lines: ClassifiedLine[], first: number, floor: number): boolean {
  let two = false;
  for (let k = first - 1; k >= floor && first - k <= MAX_NUMBERED_HEADER; k--) {
    const cl = lines[k]!;
    if (cl.kind === 'blank') continue;
    if (cl.kind !== 'label' && cl.kind !== 'header') return false;
    const n = listNumber(cl.line.text.trim());
    if (n === 2) two = true;
    else if (n === 1 && two) return true;
  }
  return false;
}

/** The number a trimmed line starts with as a list item ("1. …": `/^(\d)\.(?:\s|$)/`), or -1. */
function listNumber(t: string): number {
  const d = t.charCodeAt(0) - 0x30;
  return d >= 0 && d <= 9 && t.charCodeAt(1) === 0x2e && (t.length === 2 || isSpaceChar(t.charCodeAt(2))) ? d : -1;
}

const LOWER_WORD = /\s\p{Ll}{2,}/u;

/**
 * A label line right above the first row that ends in the names of the row's columns ("Økning i formue
 * (kreditposter i året) Beløp", "Bilagsnr Periode Konto … Beløp") is the table's header. Words before the
 * column names name the label column; a phrase there ("Økning i formue …") also heads the first section.
 */
export function columnNamesAtEnd(cl: ClassifiedLine, firstRow: ClassifiedLine): { section?: ClassifiedLine; lead?: boolean } | undefined {
  const text = cl.line.text.trim();
  const { labels, labelHeader } = splitHeader(text, 0);
  // Without words before them, several names make a header ("Fordringer (+) Gjeld (-)"); one is a section.
  if (!(labelHeader ? labels.length : labels.length >= 2) || !labels.every(startsColumnName)) return undefined;
  const [min, max] = cellCountRange(amountTokens(firstRow.split.tokens), firstRow.split.label);
  if (labels.length < min || labels.length > max) return undefined;
  if (!labelHeader) return {};
  // A phrase (lower-case words among them) heads a section; a list of capitalised names only names columns.
  if (!LOWER_WORD.test(labelHeader)) return { lead: true };
  return { lead: true, section: { ...cl, kind: 'label', line: { ...cl.line, text: labelHeader } } };
}

export function lastRowIsSum(body: ClassifiedLine[]): boolean {
  for (let k = body.length - 1; k >= 0; k--) if (body[k]!.kind === 'row') return isSumLabel(body[k]!.split.label);
  return false;
}

/** Label lines from `from` down to the next row whose last one names that row's columns. */
export function newHeaderAhead(lines: ClassifiedLine[], from: number): boolean {
  let last: ClassifiedLine | undefined;
  for (let k = from; k < lines.length && k - from <= MAX_NUMBERED_HEADER; k++) {
    const cl = lines[k]!;
    if (cl.kind === 'blank') continue;
    if (cl.kind === 'row') return !!last && endsInColumnNames(last.line.text, cl);
    if (cl.kind !== 'label' && cl.kind !== 'header') return false;
    last = cl;
  }
  return false;
}

/** A line that ends in names of columns the first row can fill. */
export function endsInColumnNames(text: string, firstRow: ClassifiedLine): boolean {
  const labels = splitHeader(text.trim(), 0).labels.filter((l) => !CODE_COLUMN.test(l));
  // (Column names are capitalised: "saker innen 3" continues a row label.)
  if (labels.length < 2 || !labels.every((l) => STARTS_UPPER.test(l) && startsColumnName(l) && l.split(' ').length <= MAX_STACKED_WORDS)) return false;
  const [, max] = cellCountRange(amountTokens(firstRow.split.tokens), firstRow.split.label);
  return labels.length <= max;
}
