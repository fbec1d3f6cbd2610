// Given the lines of a report, return its numeric tables as DraftTables.
// 1. Classify lines (classify-lines.ts). 2. A table is a run of row lines with only short label lines and
// blanks between them, headed by the header lines above it; prose ends it, and a new header line inside it
// starts the next table. 3. Title and unit come from the lines just above the header. 4. Each row's
// numbers are read with the table's arithmetic (resolve.ts).

import type { Line, ParseOptions } from '../model.ts';
import type { DraftTable } from '../semantics/draft.ts';
import { classifyLine, spacedYears, type ClassifiedLine } from './classify-lines.ts';
import { CODE_COLUMN, joinHeaderLines, splitHeader, startsColumnName } from './header.ts';
import { assembleRows, joinSplitRows } from './rows.ts';
import { resolveRows } from './resolve.ts';
import { findUnit } from '../semantics/units.ts';
import { cellCountRange } from './readings.ts';
import { splitRow, type NumToken } from '../numbers/tokens.ts';
import { isSumLabel } from '../semantics/row-kinds.ts';
import type { RawRow } from './rows.ts';

/** Lines above a header searched for the table's caption and unit. */
const CONTEXT_LINES = 8;
/** Label lines in a row (without a number line) after which the table has ended. */
const MAX_LABEL_RUN = 5;
const CAPTION = /^(?:tabell|table|tab\.|figur|oversikt|note)\s*[\d.:]/i;

interface Block {
  header: ClassifiedLine[];
  /** Column names read from a header stacked a few words per line (the header's last lines), when found so. */
  names?: string[];
  body: ClassifiedLine[];
  start: number;
  /** Index just past the block's last line. */
  end: number;
}

function findBlocks(lines: ClassifiedLine[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.kind !== 'row') {
      i++;
      continue;
    }
    // Header: header lines (and the label lines wrapped among them) right above the first row.
    const header: ClassifiedLine[] = [];
    let names: string[] | undefined;
    let h = i - 1;
    const firstLabelLines: ClassifiedLine[] = [];
    while (h >= 0 && (lines[h]!.kind === 'label' || lines[h]!.kind === 'blank')) {
      // A caption or a unit line ("Note 22 Tap …", "Tall i 1000") introduces the table: what stands above it is
      // no row of it.
      if (lines[h]!.kind === 'label' && (isUnitLine(lines[h]!) || CAPTION.test(lines[h]!.line.text.trim()))) break;
      if (lines[h]!.kind === 'label') firstLabelLines.unshift(lines[h]!);
      h--;
    }
    let top = h + 1;
    const numbered = numberedHeader(lines, i, blocks.length ? blocks[blocks.length - 1]!.end : 0);
    if (numbered) {
      header.push(...numbered);
      firstLabelLines.length = 0;
      top = lines.indexOf(numbered[0]!);
    } else if (h >= 0 && lines[h]!.kind === 'header' && (blocks.length === 0 || blocks[blocks.length - 1]!.end <= h)) {
      let k = h;
      let gap = 0;
      const floor = blocks.length ? blocks[blocks.length - 1]!.end : 0;
      while (k >= floor && gap <= 6 && lines[k]!.kind !== 'row' && lines[k]!.kind !== 'prose' && !isHeading(lines[k]!.line.text) && !isUnitLine(lines[k]!)) {
        if (lines[k]!.kind === 'header' || lines[k]!.kind === 'label') {
          if (lines[k]!.kind === 'header') gap = 0;
          else gap++;
          header.unshift(lines[k]!);
        }
        k--;
      }
      // Label lines above the first header line are the caption, not the header.
      // (A column name wrapped above the first header line stays: "Bruk avsetning/ / Y-disp".)
      while (header.length && header[0]!.kind === 'label' && !(startsColumnName(header[0]!.line.text) && /[/-]\s*$/.test(header[0]!.line.text))) header.shift();
      // Lower-case label lines right under the header finish a wrapped column name ("… overførte / prosjekter").
      // So does a line that closes a parenthesis the header left open ("Avvik (VII- / VIII)").
      while (header.length && firstLabelLines.length &&
        (/^\p{Ll}/u.test(firstLabelLines[0]!.line.text.trim()) || (openParens(header) > 0 && /^[^(]*\)/.test(firstLabelLines[0]!.line.text.trim())))) {
        header.push(firstLabelLines.shift()!);
      }
      // Label lines between the header and the first row that end in column names finish the header
      // ("31.12.2024 Eget / bilagsnummer / Motpartens / bilagsnummer Fordringer (+) Gjeld (-)").
      if (header.length && firstLabelLines.length && endsInColumnNames(firstLabelLines[firstLabelLines.length - 1]!.line.text, lines[i]!)) {
        header.push(...firstLabelLines.splice(0));
      }
      const stacked = firstLabelLines.length ? capitalNames(firstLabelLines, lines[i]!) : undefined;
      if (stacked) {
        header.push(...firstLabelLines.splice(stacked.from));
        names = stacked.names;
      }
      top = header.length ? lines.indexOf(header[0]!) : top;
    } else if (firstLabelLines.length) {
      const named = columnNamesAtEnd(firstLabelLines[firstLabelLines.length - 1]!, lines[i]!);
      const introduced = firstLabelLines.findLastIndex((l) => /:\s*$/.test(l.line.text));
      if (named) {
        // Names of columns only, under a line that introduces them ("Fordringer/gjeld med kommunale foretak:"):
        // the lines between are the header too.
        const from = !named.lead && introduced >= 0 && introduced < firstLabelLines.length - 2 ? introduced + 1 : firstLabelLines.length - 1;
        header.push(...firstLabelLines.splice(from));
        if (named.section) firstLabelLines.push(named.section);
      } else {
        const from = stackedHeader(firstLabelLines, lines[i]!);
        const stacked = from < 0 ? capitalNames(firstLabelLines, lines[i]!) : undefined;
        if (from >= 0) header.push(...firstLabelLines.splice(from));
        else if (stacked) {
          header.push(...firstLabelLines.splice(stacked.from));
          names = stacked.names;
        }
      }
    }
    const body: ClassifiedLine[] = [...firstLabelLines];
    let j = i;
    let labelRun = 0;
    let rowsSeen = 0;
    let ownHeader: string | undefined;
    let pageBreak = false;
    for (; j < lines.length; j++) {
      const cl = lines[j]!;
      if (cl.kind === 'prose') break;
      if (cl.pageBreak) pageBreak = true;
      else if (cl.kind === 'row') pageBreak = false;
      if (cl.kind === 'header' && rowsSeen > 0) {
        // A short header-like line between rows ("Regnskap 2022") heads a section of the same table.
        const width = Math.max(...body.filter((b) => b.kind === 'row').map((b) => b.split.tokens.length));
        const run: string[] = [];
        let yearsRow = false;
        for (let k = j; k < lines.length && lines[k]!.kind !== 'row' && lines[k]!.kind !== 'prose'; k++) {
          if (lines[k]!.kind === 'header') run.push(lines[k]!.line.text);
          if (spacedYears(lines[k]!.split)) yearsRow = true;
        }
        if (yearsRow) break;
        // The table's own header printed again at the top of the next page continues the table.
        const runText = joinHeaderLines(run);
        if (pageBreak && header.length && runText === (ownHeader ??= joinHeaderLines(header.map((h) => h.line.text)))) {
          while (j + 1 < lines.length && (lines[j + 1]!.kind === 'header' || lines[j + 1]!.kind === 'blank')) j++;
          pageBreak = false;
          continue;
        }
        // A new table's header names its years (or many columns); row labels that merely start with a column
        // word ("Endring pensjonsmidler") do not.
        const named = splitHeader(runText, 0).labels.length;
        if (named >= Math.min(2, width) && (HAS_YEAR.test(runText) || named >= 3)) break;
        labelRun = 0;
        body.push({ ...cl, kind: 'label' });
        continue;
      }
      if (cl.kind === 'label') {
        // A caption ("Note 30 Avsetninger", "Tabell 2") starts the next table.
        if (rowsSeen > 0 && CAPTION.test(cl.line.text.trim())) break;
        // So do label lines after a sum row that end in the names of the next row's columns: a header of its own
        // ("Sum 833 268 665 044" / "Fordringer/gjeld med kommunale foretak:" / … / "Fordringer (+) Gjeld (-)").
        if (labelRun === 0 && rowsSeen > 0 && lastRowIsSum(body) && newHeaderAhead(lines, j)) break;
        if (++labelRun > MAX_LABEL_RUN) break;
      } else if (cl.kind === 'row') {
        labelRun = 0;
        rowsSeen++;
      }
      body.push(cl);
    }
    // Trailing label lines belong to what follows.
    while (body.length && body[body.length - 1]!.kind !== 'row') {
      body.pop();
      j--;
    }
    blocks.push({ header, body, start: top, end: j, ...(names ? { names } : {}) });
    i = Math.max(j, i + 1);
  }
  return blocks;
}

const HAS_YEAR = /(?:^|\D)(?:19|20)\d\d(?:\D|$)/;

/** Words a line of a header stacked word by word may have. */
const MAX_STACKED_WORDS = 3;

/**
 * Column names printed a word or two per line right above the first row ("Kategori / Menn / % / Kvinner / % /
 * Total / (N) / …"): the longest run of such lines (a line that ends a sentence or heading is not one) whose words
 * are column names only, a short name of the label column before them aside, naming as many columns as the row
 * can fill. Returns where the run starts in `labels`, or -1.
 */
function stackedHeader(labels: ClassifiedLine[], firstRow: ClassifiedLine): number {
  let top = labels.length;
  while (top > 0) {
    const t = labels[top - 1]!.line.text.trim();
    if (wordsIn(t) > MAX_STACKED_WORDS || /[.:;!?]$/.test(t)) break;
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

/**
 * A header stacked a few words per line whose names do not start with a column word ("Alle typer / korttids- /
 * plasser / Alle typer / langtids- / plasser / Sum / institusjon / s-plasser / Betalings- / pliktige / …"): each
 * name starts on a line that starts with a capital (unless the line before ends in "-" or "/"). It is the header
 * when it names as many columns as the first row can fill.
 */
function capitalNames(labels: ClassifiedLine[], firstRow: ClassifiedLine): { from: number; names: string[] } | undefined {
  let from = labels.length;
  while (from > 0 && wordsIn(labels[from - 1]!.line.text) <= MAX_STACKED_WORDS && !/[:;!?]\s*$/.test(labels[from - 1]!.line.text)) from--;
  if (labels.length - from < MIN_STACKED_LINES) return undefined;
  const groups: string[][] = [];
  let prev = '';
  for (const l of labels.slice(from)) {
    const t = l.line.text.trim();
    if (!groups.length || (/^\p{Lu}/u.test(t) && !/[-/]$/.test(prev))) groups.push([]);
    groups[groups.length - 1]!.push(t);
    prev = t;
  }
  const [min, max] = cellCountRange(firstRow.split.tokens, firstRow.split.label);
  // (Every name but one a single line is no stacked header: that is a list of section rows.)
  if (groups.length < 2 || groups.length < min || groups.length > max || groups.filter((g) => g.length > 1).length < groups.length / 2) return undefined;
  return { from, names: groups.map((g) => joinHeaderLines(g)) };
}

const wordsIn = (t: string) => (t.trim() ? t.trim().split(/\s+/).length : 0);

/** Lines searched above a table's first row for a header of numbered column names. */
const MAX_NUMBERED_HEADER = 30;

/**
 * Column names numbered "1.", "2.", "3." … and wrapped over many short lines ("1. / Periodiserings- / avvik, men /
 * … / 2. Reelle netto / besparelser på …"): the lines from the one before "1." down to the first row are the
 * header, whatever their words.
 */
function numberedHeader(lines: ClassifiedLine[], first: number, floor: number): ClassifiedLine[] | undefined {
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
    const m = /^(\d)\.(?:\s|$)/.exec(cl.line.text.trim());
    if (m && Number(m[1]) === next) {
      if (next === 1) one = k;
      next++;
    }
  });
  if (next <= 2 || one < 0) return undefined;
  // The line before "1." names the label column ("Prosjektnr.- og navn").
  return run.slice(Math.max(0, one - 1));
}

/**
 * A label line right above the first row that ends in the names of the row's columns ("Økning i formue
 * (kreditposter i året) Beløp", "Bilagsnr Periode Konto … Beløp") is the table's header. Words before the
 * column names name the label column; a phrase there ("Økning i formue …") also heads the first section.
 */
function columnNamesAtEnd(cl: ClassifiedLine, firstRow: ClassifiedLine): { section?: ClassifiedLine; lead?: boolean } | undefined {
  const text = cl.line.text.trim();
  const { labels, labelHeader } = splitHeader(text, 0);
  // Without words before them, several names make a header ("Fordringer (+) Gjeld (-)"); one is a section.
  if (!(labelHeader ? labels.length : labels.length >= 2) || !labels.every(startsColumnName)) return undefined;
  const [min, max] = cellCountRange(amountTokens(firstRow.split.tokens), firstRow.split.label);
  if (labels.length < min || labels.length > max) return undefined;
  if (!labelHeader) return {};
  // A phrase (lower-case words among them) heads a section; a list of capitalised names only names columns.
  if (!/\s\p{Ll}{2,}/u.test(labelHeader)) return { lead: true };
  return { lead: true, section: { ...cl, kind: 'label', line: { ...cl.line, text: labelHeader } } };
}

function lastRowIsSum(body: ClassifiedLine[]): boolean {
  for (let k = body.length - 1; k >= 0; k--) if (body[k]!.kind === 'row') return isSumLabel(body[k]!.split.label);
  return false;
}

/** Label lines from `from` down to the next row whose last one names that row's columns. */
function newHeaderAhead(lines: ClassifiedLine[], from: number): boolean {
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
function endsInColumnNames(text: string, firstRow: ClassifiedLine): boolean {
  const labels = splitHeader(text.trim(), 0).labels.filter((l) => !CODE_COLUMN.test(l));
  // (Column names are capitalised: "saker innen 3" continues a row label.)
  if (labels.length < 2 || !labels.every((l) => /^\p{Lu}/u.test(l) && startsColumnName(l) && l.split(' ').length <= MAX_STACKED_WORDS)) return false;
  const [, max] = cellCountRange(amountTokens(firstRow.split.tokens), firstRow.split.label);
  return labels.length <= max;
}

/** Voucher, project and account numbers: an ungrouped run of six digits or more. */
const CODE_TOKEN = /^\d{6,}$/;

/** A row's tokens without the codes that end it ("639 297  11741441 11843366"). */
function amountTokens(tokens: NumToken[]): NumToken[] {
  let n = tokens.length;
  while (n > 1 && CODE_TOKEN.test(tokens[n - 1]!.text)) n--;
  return n === tokens.length ? tokens : tokens.slice(0, n);
}

/**
 * Codes printed after a row's amounts in a table that groups its amounts ("Bydel Frogner  573 139 11741517
 * 11739518"): voucher numbers, not values. They are taken off the rows (and become columns of their own after
 * the amounts are read). Returns how many codes a row prints at most.
 */
function takeTrailingCodes(block: Block, namesCodes: boolean): number {
  const rows = block.body.filter((b) => b.kind === 'row');
  const grouped = rows.some((r) => r.split.tokens.some((t, k) => k > 0 && t.group && t.gap <= 1 && r.split.tokens[k - 1]!.kind === 'digits'));
  if (!grouped) return 0;
  const coded = rows.filter((r) => amountTokens(r.split.tokens).length < r.split.tokens.length && !isSumLabel(r.split.label));
  // (One row is enough where the header names the codes: "Eget bilagsnummer".)
  if (coded.length < (namesCodes ? 1 : MIN_CODED_ROWS)) return 0;
  let most = 0;
  block.body = block.body.map((b) => {
    if (b.kind !== 'row' || isSumLabel(b.split.label)) return b;
    const amounts = amountTokens(b.split.tokens);
    if (amounts.length === b.split.tokens.length) return b;
    const codes = b.split.tokens.slice(amounts.length).map((t) => t.text);
    most = Math.max(most, codes.length);
    return { ...b, split: { ...b.split, tokens: amounts }, codes };
  });
  return most;
}
/** Rows that must print codes before codes are a column. */
const MIN_CODED_ROWS = 2;

/** Names of code columns in a header ("Eget bilagsnummer", "Motpartens bilagsnummer"), taken out of its text. */
const CODE_NAME = /(?:\p{Lu}\p{Ll}+\s+)?(?:bilagsn(?:umme)?r|kontonummer|kontonr)\b/gu;
const NAMES_CODES = new RegExp(CODE_NAME.source, 'u');
function takeCodeNames(headerText: string, count: number): { names: string[]; rest: string } {
  const names: string[] = [];
  const rest = headerText.replace(CODE_NAME, (m) => {
    if (names.length >= count) return m;
    names.push(m);
    return '';
  }).replace(/\s+/g, ' ').trim();
  while (names.length < count) names.push('Kode');
  return { names, rest };
}

function openParens(lines: ClassifiedLine[]): number {
  let n = 0;
  for (const l of lines) for (const ch of l.line.text) n += ch === '(' ? 1 : ch === ')' ? -1 : 0;
  return n;
}

/** Header lines after the last column name ("Obligatoriske måltall") head the first section of the body. */
function moveSectionLines(block: Block): void {
  moveRepeatedSection(block);
  const width = Math.max(0, ...block.body.filter((b) => b.kind === 'row').map((b) => cellCountRange(b.split.tokens)[0]));
  const trailing: ClassifiedLine[] = [];
  for (let k = block.header.length - 1; k > 0 && !HAS_YEAR.test(block.header[k]!.line.text); k--) trailing.unshift(block.header[k]!);
  const first = trailing[0]?.line.text.trim() ?? '';
  // A column name starts with its role word ("Avvik justert …"); a section name does not ("Obligatoriske måltall").
  if (!trailing.length || !/^\p{Lu}/u.test(first) || startsColumnName(first)) return;
  const rest = block.header.slice(0, block.header.length - trailing.length);
  if (splitHeader(joinHeaderLines(rest.map((h) => h.line.text)), 0).labels.length < Math.min(2, width)) return;
  block.header = rest;
  block.body.unshift(...trailing.map((t) => ({ ...t, kind: 'label' as const })));
}

/** The header's last line repeats inside the body as a section ("Regnskap 2022" above the first rows, "Regnskap 2023"
 * and "Diff. 2022-2023" between later ones): it heads the first section, not a column. */
const FIRST_WORD = /^\s*(\S+)/;

function moveRepeatedSection(block: Block): void {
  if (block.header.length < 2) return;
  const last = block.header[block.header.length - 1]!;
  const text = last.line.text.trim();
  const word = FIRST_WORD.exec(text)?.[1]?.toLowerCase();
  if (!word || text.split(/\s+/).length > 4) return;
  if (!block.body.some((b) => b.kind === 'label' && FIRST_WORD.exec(b.line.text)?.[1]?.toLowerCase() === word)) return;
  block.header.pop();
  block.body.unshift({ ...last, kind: 'label' });
}

/** "Tall i 1000 kr": the unit line stands between a caption and its header. */
function isUnitLine(cl: ClassifiedLine): boolean {
  return cl.kind === 'label' && !!findUnit(cl.line.text) && cl.line.text.trim().split(/\s+/).length <= 6;
}

/** A caption or numbered heading ("Tabell 0.1 …", "3.1.2 Bydelens investeringer") closes a header from above. */
function isHeading(text: string): boolean {
  const t = text.trim();
  // (A date is no section number: "31.12.2024 Eget bilagsnummer" heads columns.)
  return CAPTION.test(t) || (/^\d+(?:\.\d+)+\.?\s+\p{L}/u.test(t) && !/^\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\s/.test(t)) || /^\d+\s+\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){1,}/u.test(t);
}

function columnCount(block: Block, headerText: string): number {
  let maxMin = 0;
  const exact: number[] = [];
  for (const cl of block.body) {
    if (cl.kind !== 'row') continue;
    const [min, max] = cellCountRange(cl.split.tokens, cl.split.label);
    maxMin = Math.max(maxMin, min);
    if (min === max) exact.push(min);
  }
  const fromHeader = splitHeader(headerText, 0).labels.length;
  const exactMax = exact.length ? Math.max(...exact) : 0;
  const maxTokens = Math.max(0, ...block.body.filter((b) => b.kind === 'row').map((b) => b.split.tokens.length));
  // The header's count wins unless the rows print more cells than it names (or far fewer numbers).
  if (fromHeader >= maxMin && fromHeader >= exactMax && fromHeader > 0 && fromHeader <= maxTokens + 1) return fromHeader;
  return Math.max(maxMin, exactMax, 1);
}

function captionAndUnit(lines: ClassifiedLine[], top: number, headerText: string): { title?: string; unitText?: string } {
  let title: string | undefined;
  let unitText = findUnit(headerText) ? headerText : undefined;
  for (let k = top - 1, seen = 0; k >= 0 && seen < CONTEXT_LINES; k--) {
    const cl = lines[k]!;
    if (cl.kind === 'blank') continue;
    seen++;
    const text = cl.line.text.trim();
    // Running text names amounts in units ("(-39,8 mill. kroner)"); only a unit statement sets the table's.
    if (!unitText && statesUnit(text, cl.kind)) unitText = text;
    if (cl.kind === 'row' && seen > 1) break;
    if (!title && (CAPTION.test(text) || (cl.kind !== 'prose' && cl.kind !== 'row' && text.length <= 160 && seen <= 3 && !findUnitOnly(text)))) title = text;
    if (cl.kind === 'prose' && !unitText) break;
  }
  // A unit statement may stand above the sentences that introduce the table ("Tall i hele tusen" / "Resultatet
  // per avdeling viser at …").
  for (let k = top - 1, seen = 0; !unitText && k >= 0 && seen < CONTEXT_LINES; k--) {
    const cl = lines[k]!;
    if (cl.kind === 'blank') continue;
    seen++;
    if (cl.kind === 'row') break;
    const text = cl.line.text.trim();
    if (statesUnit(text, 'prose')) unitText = text;
  }
  const out: { title?: string; unitText?: string } = {};
  if (title) out.title = title;
  if (unitText) out.unitText = unitText;
  return out;
}

/** "Tall i 1000 kr", "Beløp i hele kroner", "(tall i mill. kroner)": a sentence that states the unit. */
const UNIT_STATEMENT = /\b(?:tall|beløp|beløpene|beløpa)\s+(?:er\s+)?(?:oppgitt\s+|vist\s+)?i\b/i;

/** An amount in running text ("merforbruk på 3,5 mill. kroner", "kr 1,3 mill."): no statement of a unit. */
const AMOUNT = /\d,\d+\s*(?:mill|mrd)|\d\s*(?:millioner|milliarder)\b|\bkr\.?\s+\d/i;

function statesUnit(text: string, kind: ClassifiedLine['kind']): boolean {
  if (!findUnit(text)) return false;
  if (UNIT_STATEMENT.test(text) || findUnitOnly(text)) return true;
  return kind !== 'prose' && !AMOUNT.test(text);
}

function findUnitOnly(text: string): boolean {
  return !!findUnit(text) && text.split(/\s+/).length <= 5;
}

const GLUED = /(\d)(\p{Lu}\p{Ll})/u;

/** Two rows printed as one line ("… 5 880 5 573Personell i …"): split where a number runs into a capitalised word. */
export function splitGluedRows(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const m = GLUED.exec(l.text);
    if (m && m.index > 0) {
      const left = l.text.slice(0, m.index + 1);
      const split = splitRow(left);
      if (split.label && split.tokens.length) {
        out.push({ ...l, text: left }, { ...l, text: l.text.slice(m.index + 1) });
        continue;
      }
    }
    out.push(l);
  }
  return out;
}

/** The codes taken off the rows become columns after the amounts, with their printed text. */
function appendCodes(draft: DraftTable, raw: RawRow[], names: string[]): void {
  draft.columnLabels = [...draft.columnLabels, ...names];
  draft.rows.forEach((row, k) => {
    const codes = raw[k]?.source?.codes ?? [];
    const cells = row.cells ?? row.values.map((v) => (v === null ? '' : String(v)));
    row.values = [...row.values, ...names.map((_, c) => (codes[c] !== undefined ? Number(codes[c]) : null))];
    row.cells = [...cells, ...names.map((_, c) => codes[c] ?? '')];
  });
}

/** A running page header or footer repeats this often in a text dump. */
const MIN_RUNNING = 3;
const NONE: ClassifiedLine['split'] = { label: '', tokens: [] };

/**
 * Page headers and footers ("Bydel Søndre Nordstrand • Årsberetning 2023", then the page number "23") read as
 * rows of one number. The same line repeated on several pages is a running head; a lone page number next to it
 * is its page's number. Both are set aside, so neither becomes a table of its own.
 */
function dropRunningHeads(lines: ClassifiedLine[]): ClassifiedLine[] {
  const counts = new Map<string, number>();
  for (const cl of lines) {
    const key = runningKey(cl);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (![...counts.values()].some((n) => n >= MIN_RUNNING)) return lines;
  const out = lines.slice();
  const pageNumber = (cl: ClassifiedLine | undefined) => !!cl && cl.kind === 'row' && !cl.split.label && cl.split.tokens.length === 1 && /^\d{1,3}$/.test(cl.split.tokens[0]!.text);
  out.forEach((cl, i) => {
    const key = runningKey(cl);
    if (key === undefined || (counts.get(key) ?? 0) < MIN_RUNNING) return;
    out[i] = { ...cl, kind: 'blank', split: NONE, pageBreak: true };
    // The page number stands within a line or two of it (blank lines aside).
    for (const step of [1, -1]) {
      for (let k = i + step, seen = 0; k >= 0 && k < out.length && seen < 2; k += step) {
        if (out[k]!.kind === 'blank') continue;
        seen++;
        if (pageNumber(out[k])) out[k] = { ...out[k]!, kind: 'blank', split: NONE, pageBreak: true };
      }
    }
  });
  return out;
}

/**
 * What a running head or foot repeats: the whole line when it ends in a year ("Bydel Søndre Nordstrand •
 * Årsberetning 2023"), the words before the page number when it ends in one ("Bydel Ullern • Årsberetning 2024 •
 * 12"). Lines that are neither give undefined.
 */
function runningKey(cl: ClassifiedLine): string | undefined {
  if (cl.kind !== 'row' || cl.split.tokens.length !== 1 || !cl.split.label) return undefined;
  const t = cl.split.tokens[0]!;
  if (t.year) return cl.line.text.trim();
  // (A page number after a separator, in a line of several words that names no sum.)
  if (/^\d{1,3}$/.test(t.text) && /[•|–-]$/.test(cl.split.label) && cl.split.label.split(/\s+/).length >= 3) return `${cl.split.label} #`;
  return undefined;
}

export function findTables(lines: Line[], options: ParseOptions = {}): DraftTable[] {
  const classified = dropRunningHeads(splitGluedRows(lines).map(classifyLine));
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
    const columns = named ? named.length : columnCount(block, headerText);
    const { labels, labelHeader } = named
      ? { labels: named, labelHeader: joinHeaderLines(block.header.slice(0, block.header.length - named.length).map((h) => h.line.text)) }
      : splitHeader(headerText, columns);
    const ctx = captionAndUnit(classified, block.start, headerText);
    // Rows that print their amounts in words of one unit ("2,1 millioner") state the table's unit.
    const rowUnits = new Set(block.body.filter((b) => b.kind === 'row').map((b) => b.unit));
    if (!ctx.unitText && rowUnits.size === 1 && [...rowUnits][0]) ctx.unitText = [...rowUnits][0];
    // A caption printed on the header's first line ("Regnskapsresultat 2023-2025 (tall i mill. kroner) 2023 2024 2025")
    // beats a stray line above it.
    const captionInHeader = labelHeader.split(/\s+/).length >= 2 && /^\p{Lu}/u.test(labelHeader);
    const title = ctx.title && (CAPTION.test(ctx.title) || !captionInHeader) ? ctx.title : labelHeader || ctx.title;
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
