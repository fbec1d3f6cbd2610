// Where the tables are in a report's classified lines: a table is a run of row lines with only short label lines
// and blanks between them, headed by the header lines above it; prose ends it, and a new header line inside it
// starts the next table (unless it repeats the table's own header after a page break).

import { spacedYears, type ClassifiedLine } from './classify-lines.ts';
import { joinHeaderLines, splitHeader, startsColumnName } from './header.ts';
import { cellCountRange } from './readings.ts';
import { CAPTION, isHeading, isUnitLine } from './captions.ts';
import { capitalNames, columnNamesAtEnd, endsInColumnNames, lastRowIsSum, newHeaderAhead, numberedHeader, stackedHeader } from './header-lines.ts';
import { DIGIT, SPACES, STARTS_LOWER, STARTS_UPPER } from '../patterns.ts';

/** Label lines in a row (without a number line) after which the table has ended. */
const MAX_LABEL_RUN = 5;

export interface Block {
  header: ClassifiedLine[];
  /** Column names read from a header stacked a few words per line (the header's last lines), when found so. */
  names?: string[];
  body: ClassifiedLine[];
  start: number;
  /** Index just past the block's last line. */
  end: number;
}

const ENDS_BROKEN = /[/-]\s*$/;
const CLOSES_UNOPENED = /^[^(]*\)/;
const ENDS_COLON = /:\s*$/;

/** `lines`: each a line of its own (no object twice), so a header line, which stands above the table's first row,
 * is found by searching back from that row. */
export function findBlocks(lines: ClassifiedLine[]): Block[] {
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
      top = lines.lastIndexOf(numbered[0]!, i - 1);
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
      while (header.length && header[0]!.kind === 'label' && !(startsColumnName(header[0]!.line.text) && ENDS_BROKEN.test(header[0]!.line.text))) header.shift();
      // Lower-case label lines right under the header finish a wrapped column name ("… overførte / prosjekter").
      // So does a line that closes a parenthesis the header left open ("Avvik (VII- / VIII)").
      while (header.length && firstLabelLines.length &&
        (STARTS_LOWER.test(firstLabelLines[0]!.line.text.trim()) || (openParens(header) > 0 && CLOSES_UNOPENED.test(firstLabelLines[0]!.line.text.trim())))) {
        header.push(firstLabelLines.shift()!);
      }
      // Label lines between the header and the first row that end in column names finish the header
      // ("31.12.2024 Eget / bilagsnummer / Motpartens / bilagsnummer Fordringer (+) Gjeld (-)").
      if (header.length && firstLabelLines.length && endsInColumnNames(firstLabelLines[firstLabelLines.length - 1]!.line.text, lines[i]!)) {
        // Unless together they name more columns than the row can fill: then the line above the row is the header
        // and the header line above it a caption ("KOSTRA-nøkkeltall 2024" / "Nøkkeltall Bydel Ullern Oslo Landet").
        const last = firstLabelLines[firstLabelLines.length - 1]!;
        const all = splitHeader(joinHeaderLines([...header, ...firstLabelLines].map((l) => l.line.text)), 0).labels.length;
        if (all > cellCountRange(lines[i]!.split.tokens, lines[i]!.split.label)[1]) {
          header.length = 0;
          firstLabelLines.length = 0;
          header.push(last);
        } else header.push(...firstLabelLines.splice(0));
      }
      // Header lines that name more columns than the first row can fill begin with a caption ("Måltall" /
      // "Indikator Mål 2024 Resultat 2024 Avvik"): the header is the longest run of its last lines that fits.
      trimCaption(header, lines[i]!);
      const stacked = firstLabelLines.length ? capitalNames(firstLabelLines, lines[i]!) : undefined;
      if (stacked) {
        header.push(...firstLabelLines.splice(stacked.from));
        names = stacked.names;
      }
      top = header.length ? lines.lastIndexOf(header[0]!, i - 1) : top;
    } else if (firstLabelLines.length) {
      const named = columnNamesAtEnd(firstLabelLines[firstLabelLines.length - 1]!, lines[i]!);
      const introduced = firstLabelLines.findLastIndex((l) => ENDS_COLON.test(l.line.text));
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

function trimCaption(header: ClassifiedLine[], firstRow: ClassifiedLine): void {
  if (header.length < 2) return;
  const [min, max] = cellCountRange(firstRow.split.tokens, firstRow.split.label);
  const names = (from: number) => splitHeader(joinHeaderLines(header.slice(from).map((h) => h.line.text)), 0).labels.length;
  if (names(0) <= max) return;
  for (let from = 1; from < header.length; from++) {
    // (Only a line of a word or two, without a figure, is a caption here.)
    const t = header[from - 1]!.line.text.trim();
    if (DIGIT.test(t) || t.split(SPACES).length > 2) return;
    const n = names(from);
    if (n >= min && n <= max) {
      header.splice(0, from);
      return;
    }
  }
}

const HAS_YEAR = /(?:^|\D)(?:19|20)\d\d(?:\D|$)/;

function openParens(lines: ClassifiedLine[]): number {
  let n = 0;
  for (const l of lines) for (const ch of l.line.text) n += ch === '(' ? 1 : ch === ')' ? -1 : 0;
  return n;
}

/** Header lines after the last column name ("Obligatoriske måltall") head the first section of the body. */
export function moveSectionLines(block: Block): void {
  moveRepeatedSection(block);
  const trailing: ClassifiedLine[] = [];
  for (let k = block.header.length - 1; k > 0 && !HAS_YEAR.test(block.header[k]!.line.text); k--) trailing.unshift(block.header[k]!);
  const first = trailing[0]?.line.text.trim() ?? '';
  // A column name starts with its role word ("Avvik justert …"); a section name does not ("Obligatoriske måltall").
  if (!trailing.length || !STARTS_UPPER.test(first) || startsColumnName(first)) return;
  const rest = block.header.slice(0, block.header.length - trailing.length);
  // (The rows' width is read only here, where it counts: most headers have no trailing lines.)
  const width = Math.max(0, ...block.body.filter((b) => b.kind === 'row').map((b) => cellCountRange(b.split.tokens)[0]));
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
  if (!word || text.split(SPACES).length > 4) return;
  if (!block.body.some((b) => b.kind === 'label' && FIRST_WORD.exec(b.line.text)?.[1]?.toLowerCase() === word)) return;
  block.header.pop();
  block.body.unshift({ ...last, kind: 'label' });
}

/** How many value columns a block's rows fill, given how many names its header prints (splitHeader(text, 0)). */
export function columnCount(block: Block, fromHeader: number): number {
  let maxMin = 0;
  const exact: number[] = [];
  for (const cl of block.body) {
    if (cl.kind !== 'row') continue;
    const [min, max] = cellCountRange(cl.split.tokens, cl.split.label);
    maxMin = Math.max(maxMin, min);
    if (min === max) exact.push(min);
  }
  const exactMax = exact.length ? Math.max(...exact) : 0;
  const maxTokens = Math.max(0, ...block.body.filter((b) => b.kind === 'row').map((b) => b.split.tokens.length));
  // The header's count wins unless the rows print more cells than it names (or far fewer numbers).
  if (fromHeader >= maxMin && fromHeader >= exactMax && fromHeader > 0 && fromHeader <= maxTokens + 1) return fromHeader;
  return Math.max(maxMin, exactMax, 1);
}
