// Given a row's number tokens and the table's column count, return every way to read them as cells.
// "338 23 569" may be "338 | 23 569" or "33 823 | 569"; a row with fewer numbers than columns has empty
// cells somewhere; a year right after the label ("Merforbruk fra 2023  -57,8") may belong to the label.
// Each reading gets a prior cost; the table's arithmetic chooses among them (tables/resolve.ts).

import type { NumToken } from '../numbers/tokens.ts';
import { parseNumberCell } from '../numbers/parse-number.ts';
import { ALL_BLANKS } from '../patterns.ts';

export interface Reading {
  values: (number | null)[];
  /** The printed text of each cell ('' when empty). */
  readonly cells: string[];
  /** Leading tokens that were read as part of the label. */
  labelTokens: number;
  cost: number;
}

/** An empty cell costs this much: a row that fills every column is the plainer reading. */
export const EMPTY_CELL_COST = 1;
/** A year glued to the label ("fra 2023") is usually the label's. */
const YEAR_IN_LABEL_COST = 0.3;
const YEAR_AFTER_PREPOSITION_COST = -1.5;
const NUMBER_IN_LABEL_COST = 2.5;
const MAX_READINGS = 20000;
/** Readings with more than this many empty cells beyond the fewest possible are not considered. */
export const MAX_EXTRA_EMPTY = 3;

/** Best segmentations kept per (start token, cell count): enough for the arithmetic to choose from. */
const BEAM = 8;
/** Three-digit groups after a number's lead: four is 999 999 999 999 999, more than any report prints. */
const MAX_GROUPS = 4;

/** A number may start here: not a bare continuation like "000" or "042" (a lead never has a leading zero). */
function canStart(t: NumToken): boolean {
  return t.kind !== 'digits' || !ZERO_LED.test(t.text);
}
const ZERO_LED = /^[-+]?0\d/;
/** A lone 0 (no number is printed "0 142 000"). */
const LONE_ZERO = /^[-+]?0$/;

/** A segmentation is a linked list of cells (no copying while the table is filled), kept in a pool of typed arrays
 * (no object per cell: segmentations makes tens of thousands of them per report): part p's first cell spans
 * tokens[partFirst[p]…partLast[p]] and costs partOwn[p] (groupingCost), the whole list partCost[p]; partSize[p] cells
 * in all; partNext[p] is the rest (−1 after the end). Part 0 is the segmentation that has no cells left. The parts of
 * one bestReadings call stay until the next call (newParts). */
let partCost = new Float64Array(1024);
let partOwn = new Float64Array(1024);
let partFirst = new Int32Array(1024);
let partLast = new Int32Array(1024);
let partSize = new Int32Array(1024);
let partNext = new Int32Array(1024);
/** Parts in use (part 0 included). */
let partCount = 1;
/** The segmentation that has no cells left. */
const END = 0;
partFirst[END] = -1;
partLast[END] = -1;
partNext[END] = -1;

/** Frees every part but END (bestReadings, before it segments a row). */
function newParts(): void {
  partCount = 1;
}

/** Makes room for n more parts (keeping the ones in use). */
function partRoom(n: number): void {
  if (partCount + n <= partCost.length) return;
  const size = (partCount + n) * 2;
  partCost = grown(partCost, new Float64Array(size));
  partOwn = grown(partOwn, new Float64Array(size));
  partFirst = grown(partFirst, new Int32Array(size));
  partLast = grown(partLast, new Int32Array(size));
  partSize = grown(partSize, new Int32Array(size));
  partNext = grown(partNext, new Int32Array(size));
}

/** `to`, holding what `from` holds at its start. */
function grown<T extends Float64Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Where a cell may end, for one start: the start itself, after a spaced sign, after each following group. */
const MAX_ENDS = MAX_GROUPS + 2;

/** segmentations' table and merge state, kept between calls (it is not re-entered): for each (token, cell count)
 * the first part of its list (a list's parts are made one after another) and how many (0: none); the ends of the
 * cells that start at a token, their costs, the first part and length of each one's rests and the merge's place in
 * them. */
let listStart = new Int32Array(256);
let listLength = new Int32Array(256);
const merging = { ends: new Int32Array(MAX_ENDS), costs: new Float64Array(MAX_ENDS), next: new Int32Array(MAX_ENDS), restStart: new Int32Array(MAX_ENDS), restLength: new Int32Array(MAX_ENDS) };
/** segmentations' answer: the first parts of the segmentations found (read before the next call). */
let segmentHeads = new Int32Array(256);

/** The cheapest ways (by grouping cost) to split tokens[from…] into k cells, for every k from minCells to maxCells
 * (fewest cells first, then cheapest first): the first part of each, in segmentHeads[0…count), and their count. */
function segmentations(tokens: NumToken[], from: number, maxCells: number, minCells: number): number {
  const n = tokens.length;
  // Lists at i * (maxCells + 1) + m: segmentations of tokens[i…] into exactly m cells, cheapest first (the table
  // of the last call, cleared).
  const width = maxCells + 1;
  const size = (n + 1) * width;
  if (listLength.length < size) {
    listStart = new Int32Array(size * 2);
    listLength = new Int32Array(size * 2);
  }
  listLength.fill(0, 0, size);
  listStart[n * width] = END;
  listLength[n * width] = 1;
  const { ends, costs, next, restStart, restLength } = merging;
  for (let i = n - 1; i >= from; i--) {
    const t = tokens[i]!;
    if (!canStart(t)) continue;
    let count = 0;
    ends[count++] = i;
    // A minus set apart from its number ("- 12 300") may be the number's sign: the cell runs on over the number.
    const lead = spacedSign(tokens, i) ? i + 1 : i;
    if (lead > i) ends[count++] = lead;
    const l = tokens[lead]!;
    // A lone 0 is a zero: no number is printed "0 142 000".
    if (l.kind === 'digits' && !l.terminal && !LONE_ZERO.test(l.text)) {
      for (let j = lead + 1; j < n && j - lead <= MAX_GROUPS && tokens[j]!.group && tokens[j]!.gap <= 1; j++) {
        ends[count++] = j;
        if (tokens[j]!.terminal) break;
      }
    }
    for (let e = 0; e < count; e++) costs[e] = groupingCost(tokens, i, ends[e]!);
    // Only the lists a segmentation of tokens[from…] into minCells…maxCells cells is made of: after the first cell
    // at most maxCells − 1 are left, and the cells before i are at most i − from (what these lists are made of is
    // within the same bounds).
    const fewest = Math.max(1, minCells - (i - from));
    const most = i === from ? maxCells : maxCells - 1;
    for (let m = fewest; m <= most && m <= n - i; m++) {
      // The cheapest BEAM of (this cell, then a segmentation of the rest), as a stable sort of all of them by cost
      // would order them: the rests of each cell are sorted already, so their lists are merged.
      let size = 0;
      for (let e = 0; e < count; e++) {
        const at = (ends[e]! + 1) * width + m - 1;
        restStart[e] = listStart[at]!;
        restLength[e] = listLength[at]!;
        next[e] = 0;
        size += restLength[e]!;
      }
      if (!size) continue;
      const length = Math.min(BEAM, size);
      partRoom(length);
      const first = partCount;
      for (let q = 0; q < length; q++) {
        let pick = -1, cost = Infinity;
        for (let e = 0; e < count; e++) {
          if (next[e]! < restLength[e]! && costs[e]! + partCost[restStart[e]! + next[e]!]! < cost) {
            cost = costs[e]! + partCost[restStart[e]! + next[e]!]!;
            pick = e;
          }
        }
        const p = partCount++;
        partCost[p] = cost;
        partOwn[p] = costs[pick]!;
        partFirst[p] = i;
        partLast[p] = ends[pick]!;
        partSize[p] = m;
        partNext[p] = restStart[pick]! + next[pick]!++;
      }
      listStart[i * width + m] = first;
      listLength[i * width + m] = length;
    }
  }
  let heads = 0;
  for (let m = Math.max(1, minCells); m <= maxCells; m++) {
    const at = from * width + m;
    if (segmentHeads.length < heads + listLength[at]!) {
      const more = new Int32Array((heads + listLength[at]!) * 2);
      more.set(segmentHeads.subarray(0, heads));
      segmentHeads = more;
    }
    for (let q = 0; q < listLength[at]!; q++) segmentHeads[heads++] = listStart[at]! + q;
  }
  return heads;
}

const STARTS_DIGIT = /^\d/;

/** A "-" standing one space before an unsigned number ("- 12 300"): a sign, or a printed nil before it. */
function spacedSign(tokens: NumToken[], i: number): boolean {
  const t = tokens[i]!, next = tokens[i + 1];
  return t.kind === 'nil' && t.text === '-' && !!next && next.gap === 1 && (next.kind === 'digits' || next.kind === 'whole') &&
    !next.year && STARTS_DIGIT.test(next.text) && canStart(next);
}

function cellText(tokens: NumToken[], first: number, last: number): string {
  let text = tokens[first]!.text;
  for (let k = first + 1; k <= last; k++) text += ` ${tokens[k]!.text}`;
  return text;
}

function cellValue(tokens: NumToken[], first: number, last: number, text: string): number | null {
  // Fast path: a digit run ("-23 231", "808,1") read without the general cell parser.
  if (first === last || tokens[first]!.kind === 'digits') {
    const whole = wholeRun(text);
    if (whole !== undefined) return whole;
    const m = FAST.exec(text);
    if (m) return Number(text.replace(ALL_BLANKS, '').replace(',', '.'));
  }
  const v = parseNumberCell(text);
  return v === undefined ? null : v;
}
const FAST = /^-?\d+(?: \d{3})*(?:,\d+)?$/;

/** The value of a whole number that FAST matches without a decimal part ("-23 231", "0"), worked out digit by digit
 * (exact below 2^53: at most 15 digits), or undefined for anything else (FAST decides). */
function wholeRun(text: string): number | undefined {
  const n = text.length;
  let i = text.charCodeAt(0) === MINUS ? 1 : 0;
  const start = i;
  let v = 0, count = 0;
  while (i < n) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) break;
    v = v * 10 + d;
    count++;
    i++;
  }
  if (i === start) return undefined;
  // Groups of three after a space.
  while (i < n) {
    if (text.charCodeAt(i) !== SPACE || i + 3 >= n) return undefined;
    for (let k = 1; k <= 3; k++) {
      const d = text.charCodeAt(i + k) - ZERO;
      if (!(d >= 0 && d <= 9)) return undefined;
      v = v * 10 + d;
    }
    count += 3;
    i += 4;
  }
  if (count > 15) return undefined;
  return start ? -v : v;
}
const MINUS = 45, ZERO = 48, SPACE = 32;

/** Every reading of `tokens` into `columns` cells, cheapest first. */
/** Label words that take a number after them ("Funksjonsområde 3", "kap. 006", "Note 4"). */
const TAKES_NUMBER = /(?:område|omr\.?|nr\.?|kap\.?|note|fo|funksjon|tabell|gruppe|trinn|klasse|nivå|fase|del|kontrakt|bydel)$/i;

const ENDS_PREPOSITION = /\b(?:fra|til|i|per|pr\.?|for|etter|før|innen|over|under|siden|mot)$/i;

/** What it costs to read the first token as part of the label, or undefined when it cannot be. */
export function labelTakes(label: string, tokens: NumToken[]): number | undefined {
  const first = tokens[0];
  if (!first || tokens.length < 2) return undefined;
  // A row with no words that starts with a year is that year's row ("2024 828 551 19 % …").
  if (!label.trim()) return first.year ? YEAR_AFTER_PREPOSITION_COST : undefined;
  // "Mindreforbruk fra 2022", "per 31.12": after a preposition the year or date is the label's.
  if (first.year || first.date) return ENDS_PREPOSITION.test(label.trim()) ? YEAR_AFTER_PREPOSITION_COST : YEAR_IN_LABEL_COST;
  if ((first.kind === 'digits' || first.kind === 'whole') && TAKES_NUMBER.test(label.trim())) return NUMBER_IN_LABEL_COST;
  return undefined;
}

export function enumerateReadings(tokens: NumToken[], columns: number, label: string | boolean, extraEmpty = MAX_EXTRA_EMPTY): Reading[] {
  return bestReadings(tokens, columns, label, { extraEmpty, keep: Infinity });
}

/** What a reading costs beyond its printing (the table's arithmetic, resolve.ts), from its values; `cells` lays out
 * its printed cells. The values are lent for the call only. A reading whose printing costs `prior` is dropped when
 * it costs more than `worst` in all: the function may then return Infinity instead, once it knows the reading does. */
export type ExtraCost = (values: (number | null)[], labelTokens: number, cells: () => string[], prior: number, worst: number) => number;

export interface ReadingOptions {
  /** Empty cells tried beyond the fewest possible. */
  extraEmpty: number;
  /** How many readings to return. */
  keep: number;
  extra?: ExtraCost;
  /** The least `extra` ever returns (a reading that costs more than the kept ones even so is not costed). */
  leastExtra?: number;
  /** The table's rows print their cells one space apart (oneSpaced): two spaces mark an empty cell in every row. */
  oneSpaced?: boolean;
}

/** A segmentation to place (bestReadings): its readings are met as numbers first…first + count − 1. */
type Found = { head: number; labelTokens: number; placementCost: number; first: number; count: number; least: number };

/**
 * The `keep` cheapest readings of `tokens` into `columns` cells, cheapest first, their costs raised by `extra`: as
 * costing every reading and stable-sorting them by printing cost, then by cost, would rank them (readings of equal
 * costs in the order they are met: by segmentation, fewest cells first, then by placement). Only readings that may
 * rank are made: the segmentations are placed cheapest first, so that the kept readings soon say what the rest must
 * beat, and a reading that costs more than the kept ones by its printing alone is not costed.
 */
export function bestReadings(tokens: NumToken[], columns: number, label: string | boolean, { extraEmpty, keep, extra, leastExtra = extra ? -Infinity : 0, oneSpaced = false }: ReadingOptions): Reading[] {
  // Ranked by cost, then printing cost, then the order they are met in.
  const ranked: PlacedReading[] = [];
  const skips: { n: number; cost: number }[] = [{ n: 0, cost: 0 }];
  const take = labelTakes(typeof label === 'string' ? label : label ? 'x' : '', tokens);
  const changeRow = typeof label === 'string' && CHANGE_ROW.test(label);
  const wide = wideGap(tokens, oneSpaced);
  if (take !== undefined) skips.push({ n: 1, cost: take });
  // Every segmentation, with the least printing cost any of its placements can have: the cells' grouping costs and
  // empty cells, the cheapest edge cost, and every gap before a cell an empty cell's bonus.
  const found: Found[] = [];
  let met = 0;
  newParts();
  for (const skip of skips) {
    const most = Math.min(columns, tokens.length - skip.n);
    const heads = segmentations(tokens, skip.n, columns, Math.max(1, most - extraEmpty));
    for (let h = 0; h < heads; h++) {
      const head = segmentHeads[h]!;
      const k = partSize[head]!;
      if (k === 0 && tokens.length > skip.n) continue;
      if (met >= MAX_READINGS) break;
      let shapeCost = 0;
      let gapBonus = 0;
      let idx = 0;
      for (let c = head; c >= 0 && partFirst[c]! >= 0; c = partNext[c]!, idx++) {
        shapeCost += partOwn[c]!;
        // (gapCost's tests, without the placement.)
        const gap = tokens[partFirst[c]!]!.gap;
        if (gap >= (idx === 0 ? WIDE_GAP : wide) && !(idx === 0 && skip.n === 0 && partFirst[c]! > 0)) gapBonus -= GAP_EMPTY_BONUS;
      }
      // Year tokens in the body keep a small cost so that the label reading wins a tie.
      const placementCost = skip.cost + shapeCost + (columns - k) * EMPTY_CELL_COST;
      const count = Math.min(placements(k, columns).length, MAX_READINGS - met);
      found.push({ head, labelTokens: skip.n, placementCost, first: met, count, least: placementCost + edgeCosts(k, columns, changeRow).least + gapBonus });
      met += count;
    }
  }
  // (Ties in the order they are met: a reading met later ranks after one of equal costs met before. All of them rank
  // when they are no more than `keep`: then the order does not matter.)
  if (met > keep) found.sort((a, b) => a.least - b.least || a.first - b.first);
  // Cells recur across segmentations: read each token span once (memo slots of an earlier call are stale).
  const call = ++readCalls;
  const memoSize = tokens.length * 65;
  if (memoCall.length < memoSize) {
    memoCall = new Int32Array(memoSize * 2);
    memoRead = new Array<CellRead | undefined>(memoSize * 2).fill(undefined);
  }
  // A reading's printed cells start from an empty row: copies of this (a copy is several times cheaper than
  // new Array().fill()).
  const noCells: string[] = new Array<string>(columns).fill('');
  // The values of the reading at hand (a reading that ranks keeps a copy), and where its cells are placed.
  const values: (number | null)[] = new Array<number | null>(columns).fill(null);
  const placing = { slots: [] as number[], read: [] as { text: string }[], cells: (): string[] => layOut(placing.slots, placing.read, noCells) };
  for (const { head, labelTokens, placementCost, first, count, least } of found) {
    // Once `keep` readings rank, a reading must cost no more than the last of them: no reading of this segmentation
    // or of the ones after it (sorted by least) costs less than its least printing cost and the least extra.
    // (Rounding never reverses an order: sums of smaller terms, rounded, are never greater.)
    if (ranked.length >= keep && least + leastExtra > ranked[keep - 1]!.cost) break;
    const k = partSize[head]!;
    // The segmentation's cells read (with the gap before each).
    const read = new Array<CellRead>(k);
    if (cellGapsAt.length < k) cellGapsAt = new Float64Array(k * 2);
    let idx = 0;
    for (let c = head; c >= 0 && partFirst[c]! >= 0; c = partNext[c]!) {
      const from = partFirst[c]!, to = partLast[c]!;
      const key = from * 64 + to;
      let hit: CellRead;
      if (memoCall[key] === call) hit = memoRead[key]!;
      else {
        const text = cellText(tokens, from, to);
        hit = { text, value: cellValue(tokens, from, to, text) };
        memoCall[key] = call;
        memoRead[key] = hit;
      }
      read[idx] = hit;
      cellGapsAt[idx++] = tokens[from]!.gap;
    }
    // Readings share a cell's span (nothing changes them); the edge costs of a placement list are cached with it.
    const placed = placements(k, columns);
    const edges = edgeCosts(k, columns, changeRow).costs;
    for (let p = 0; p < count; p++) {
      const slots = placed[p]!;
      const prior = placementCost + edges[p]! + gapCost(cellGapsAt, k, partFirst[head]!, slots, labelTokens, wide);
      const worst = ranked.length >= keep ? ranked[keep - 1]!.cost : Infinity;
      if (prior + leastExtra > worst) continue;
      for (let c = 0; c < columns; c++) values[c] = null;
      for (let idx = 0; idx < slots.length; idx++) values[slots[idx]!] = read[idx]!.value;
      let cost = prior;
      if (extra) {
        placing.slots = slots;
        placing.read = read;
        cost += extra(values, labelTokens, placing.cells, prior, worst);
      }
      // (Costs are never NaN: numbers compare as a total order.)
      const order = first + p;
      let at = ranked.length;
      while (at > 0 && ranks(ranked[at - 1]!, cost, prior, order)) at--;
      if (at >= keep) continue;
      // (Inserted at `at` by hand: the list is short, a splice call costs more.)
      const reading = new PlacedReading(values.slice(), labelTokens, cost, prior, order, slots, read, noCells);
      if (ranked.length < keep) ranked.push(reading);
      for (let j = ranked.length - 1; j > at; j--) ranked[j] = ranked[j - 1]!;
      ranked[at] = reading;
    }
  }
  return ranked;
}

/** Whether a reading of these costs, met as number `order`, ranks before `r`. */
function ranks(r: PlacedReading, cost: number, prior: number, order: number): boolean {
  return r.cost > cost || (r.cost === cost && (r.prior > prior || (r.prior === prior && r.order > order)));
}

/** A token span read as a cell. */
type CellRead = { text: string; value: number | null };

/** bestReadings' memo of the cells read, by first token × 64 + last, valid where memoCall holds the call's number
 * (kept between calls: the function is not re-entered). */
let readCalls = 0;
let memoCall = new Int32Array(1024);
/** (Filled to its length: stores far beyond an array's end would make it a slow dictionary.) */
let memoRead = new Array<CellRead | undefined>(1024).fill(undefined);
/** The gap before each cell of the segmentation at hand. */
let cellGapsAt = new Float64Array(16);

function layOut(slots: number[], read: { text: string }[], noCells: string[]): string[] {
  const cells = noCells.slice();
  for (let idx = 0; idx < slots.length; idx++) cells[slots[idx]!] = read[idx]!.text;
  return cells;
}

/** A reading whose printed cells are laid out only when asked for: of the thousands of readings
 * of a table's rows only the chosen one's are ever read. */
class PlacedReading implements Reading {
  constructor(
    public values: (number | null)[],
    public labelTokens: number,
    public cost: number,
    /** Its printing cost (it ranks readings of equal cost). */
    readonly prior: number,
    /** Where it is met among the row's readings (it ranks readings of equal costs). */
    readonly order: number,
    private readonly slots: number[],
    private readonly read: { text: string }[],
    private readonly noCells: string[],
  ) {}

  get cells(): string[] {
    return layOut(this.slots, this.read, this.noCells);
  }
}

/** Long numbers (three groups and more) and a short lead standing alone before a three-digit group are
 * the less natural readings of a run of groups. */
const LONG_NUMBER_COST = 0.4;
const LONE_LEAD_COST = 0.3;
/** A minus read as the sign of the number a space after it, not as a printed nil: the less usual reading. */
const SPACED_SIGN_COST = 0.2;
/** A day and month ("UB 31.12") read as an amount: the label's date is the likelier reading. */
const DATE_VALUE_COST = 1.2;
function groupingCost(tokens: NumToken[], first: number, last: number): number {
  const signed = tokens[first]!.kind === 'nil' && last > first;
  let cost = Math.max(0, last - first - 1 - (signed ? 1 : 0)) * LONG_NUMBER_COST + (signed ? SPACED_SIGN_COST : 0);
  const t = tokens[first]!;
  if (t.date) cost += DATE_VALUE_COST;
  const next = tokens[last + 1];
  if (first === last && t.kind === 'digits' && !t.group && next?.group) cost += LONE_LEAD_COST;
  return cost;
}

/** A wide gap (three spaces or more) in a text dump is where an empty cell was printed: a reading that puts an
 * empty column there is the likelier one. */
const WIDE_GAP = 3;

/** Gaps between a row's numbers that are not inside a number: one space, two, more. */
function cellGaps(tokens: NumToken[]): { ones: number; twos: number; wider: number } {
  let ones = 0, twos = 0, wider = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.gap === 1 && !tokens[i]!.group) ones++;
    else if (tokens[i]!.gap === 2) twos++;
    else if (tokens[i]!.gap > 2) wider++;
  }
  return { ones, twos, wider };
}

/** In a row whose numbers stand one space apart, two spaces already mark an empty cell ("0  0 0 0 0 0"); so they do
 * in a row of a table whose rows stand so ("Tilsynsutvalg  6  9" under "Omsorgskomiteen 7 75 7 84"). */
function wideGap(tokens: NumToken[], oneSpaced: boolean): number {
  const { ones, twos, wider } = cellGaps(tokens);
  return !wider && twos > 0 && (ones >= 1 || oneSpaced) ? 2 : WIDE_GAP;
}

/** Most of the rows that print several cells print them one space apart, and no wider. */
export function oneSpacedRows(rows: NumToken[][]): boolean {
  let several = 0, single = 0;
  for (const tokens of rows) {
    const { ones, twos, wider } = cellGaps(tokens);
    if (ones + twos + wider === 0) continue;
    several++;
    if (ones && !twos && !wider) single++;
  }
  return single >= 2 && single >= ONE_SPACED_SHARE * several;
}
const ONE_SPACED_SHARE = 0.6;
const GAP_EMPTY_BONUS = 0.3;
/** What the gaps before a segmentation's k cells (`gaps`; the first cell starts at token `first`) say of a placement. */
function gapCost(gaps: Float64Array, k: number, first: number, slots: number[], labelTokens: number, wide: number): number {
  let cost = 0;
  for (let idx = 0; idx < k; idx++) {
    const gap = gaps[idx]!;
    // (The gap after the label is measured against the plain threshold: labels end anywhere.)
    if (gap < (idx === 0 ? WIDE_GAP : wide)) continue;
    // Before the first cell the gap follows the label (or a year the label took).
    const prevSlot = idx === 0 ? -1 : slots[idx - 1]!;
    if (idx === 0 && labelTokens === 0 && first > 0) continue;
    // About one empty cell per two or three spaces.
    const skipped = slots[idx]! - prevSlot - 1;
    const expected = Math.max(1, Math.round((gap - 1) / 2.5));
    if (skipped === expected) cost -= GAP_EMPTY_BONUS;
    else if (skipped > 0) cost -= GAP_EMPTY_BONUS / 2;
  }
  return cost;
}

/** With nothing else to go on, empty cells sit at the row's end: a tiny preference, not a rule. */
function edgeCost(slots: number[], columns: number, leading = false): number {
  let c = 0;
  slots.forEach((col, idx) => (c += (col - idx) * 0.01));
  // A change from the year before ("%-vis endring", "Endring") has no value under the first year.
  if (leading) return -c / Math.max(1, columns) - (slots.length < columns && slots[0]! > 0 ? CHANGE_LEADS_EMPTY : 0);
  return c / Math.max(1, columns);
}
/** edgeCosts' lists by leading (0 or 1), n and k, each with its least. */
const edgeCache: { costs: Float64Array; least: number }[][][] = [[], []];
/** edgeCost of every placement of k cells in n columns, in placements' order, and the least of them. */
function edgeCosts(k: number, n: number, leading: boolean): { costs: Float64Array; least: number } {
  const byK = (edgeCache[leading ? 1 : 0]![n] ??= []);
  return (byK[k] ??= edgeCostsOf(k, n, leading));
}
/** (Apart from edgeCosts: a function whose closures capture its variables makes their context on every call, even
 * when it returns a cached list.) */
function edgeCostsOf(k: number, n: number, leading: boolean): { costs: Float64Array; least: number } {
  const costs = Float64Array.from(placements(k, n), (slots) => edgeCost(slots, n, leading));
  let least = Infinity;
  for (const c of costs) least = Math.min(least, c);
  return { costs, least };
}
/** What a change row's empty first cell is worth: more than a column's usual size, less than the arithmetic. */
const CHANGE_LEADS_EMPTY = 0.5;
const CHANGE_ROW = /endring|vekst|økning|nedgang|diff\./i;

/** placements' lists by n and k. */
const placementCache: number[][][][] = [];
/** All increasing sequences of k column indexes out of n. */
export function placements(k: number, n: number): number[][] {
  const byK = (placementCache[n] ??= []);
  return (byK[k] ??= placementsOf(k, n));
}
/** (Apart from placements, as edgeCostsOf.) */
function placementsOf(k: number, n: number): number[][] {
  const out: number[][] = [];
  const walk = (start: number, acc: number[]) => {
    if (acc.length === k) {
      out.push(acc.slice());
      return;
    }
    for (let c = start; c <= n - (k - acc.length); c++) {
      acc.push(c);
      walk(c + 1, acc);
      acc.pop();
    }
  };
  walk(0, []);
  return out;
}

/** Fewest and most cells any reading of `tokens` can make (used to guess a table's width). */
export function cellCountRange(tokens: NumToken[], label = ''): [number, number] {
  if (tokens.length === 0) return [0, 0];
  if (labelTakes(label, tokens) !== undefined) {
    const [a, b] = plainCellCountRange(tokens);
    const [c] = plainCellCountRange(tokens.slice(1));
    return [Math.min(a, c), b];
  }
  return plainCellCountRange(tokens);
}

function plainCellCountRange(tokens: NumToken[]): [number, number] {
  if (tokens.length === 0) return [0, 0];
  // Greedy longest groups give the fewest cells; every token alone gives the most.
  let min = 0;
  for (let i = 0; i < tokens.length; ) {
    const s = spacedSign(tokens, i) ? i + 1 : i;
    const t = tokens[s]!;
    let j = s;
    if (t.kind === 'digits' && !t.terminal && !LONE_ZERO.test(t.text)) while (j + 1 < tokens.length && j + 1 - s <= MAX_GROUPS && tokens[j + 1]!.group && tokens[j + 1]!.gap <= 1 && !tokens[j]!.terminal) j++;
    min++;
    i = j + 1;
  }
  return [min, tokens.length];
}
