// Given rows with kinds, test every sum row against the rows it sums, column by column.
// Which rows a sum row adds up is not printed, so the candidates are tried — the item rows since the previous
// sum row; those plus the previous sum rows; all item rows above — and the one most columns obey is taken.
// A sum row whose columns obey none of them is not checked (its structure is unknown, not wrong).

import { CODE_COLUMN } from '../tables/header.ts';
import type { Check, Row, RowKind } from '../model.ts';
import { decimalsOf, toleranceOf } from './tolerance.ts';
import { round } from './row-identities.ts';

/** Share of a sum row's printed cells that must add up under a candidate before it is taken as the structure. */
const MIN_COLUMNS_AGREE = 0.5;

interface Candidate {
  rows: number[];
}

/**
 * Every sum row's candidates (undefined for other rows), in one walk down the table: the rows a candidate lists
 * depend only on the kinds before its sum row, and each row's words are read once for the whole table, not once
 * per sum row that names a word.
 */
export function sumCandidates(kinds: RowKind[], rows: Row[]): (Candidate[] | undefined)[] {
  const out: (Candidate[] | undefined)[] = new Array(kinds.length).fill(undefined);
  // Walking down: the item rows above, the sum rows above, the subtotals above, the items since the last sum row.
  const items: number[] = [];
  const sumsAbove: number[] = [];
  const subtotals: number[] = [];
  let sinceLast: number[] = [];
  // Each row's words, read when a sum row first names a word.
  const words: (Set<string> | undefined)[] = [];
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    if (kind === 'item') {
      items.push(i);
      sinceLast.push(i);
      continue;
    }
    if (kind !== 'subtotal' && kind !== 'total') continue;
    const cands: Candidate[] = [];
    if (sinceLast.length) cands.push({ rows: sinceLast.slice() });
    if (sumsAbove.length) {
      // The last sum above plus the items after it; every subtotal plus the loose items (those after the last
      // sum: every row before it lies between two sums or before the first); every item above.
      cands.push({ rows: [sumsAbove[sumsAbove.length - 1]!, ...sinceLast] });
      const loose = [...subtotals, ...sinceLast];
      if (loose.length) cands.push({ rows: loose });
      if (items.length) cands.push({ rows: items.slice() });
    }
    // A block of items right above a sum, without a header between (nested groups).
    let top = i;
    while (top > 0 && kinds[top - 1] === 'item') top--;
    if (top < i && i - top !== sinceLast.length) cands.push({ rows: range(top, i) });
    // A sum that names what it adds ("Totalt antall tiltak") adds the items that name it ("… gj. antall per år"),
    // even when other items (prices) stand between them.
    for (const word of namedWords(rows[i]!.label)) {
      const named = items.filter((j) => (words[j] ??= wordsOf(rows[j]!.label)).has(word));
      if (named.length >= 2 && named.length < items.length) cands.push({ rows: named });
    }
    out[i] = cands;
    sumsAbove.push(i);
    if (kind === 'subtotal') subtotals.push(i);
    sinceLast = [];
  }
  return out;
}

const SUM_WORDS = new Set(['sum', 'summ', 'totalt', 'total', 'til', 'sammen', 'samlet', 'alt', 'alle', 'netto', 'brutto']);

const NON_LETTERS = /[^\p{L}]+/u;

function wordsOf(label: string): Set<string> {
  return new Set(label.toLowerCase().split(NON_LETTERS).filter((w) => w.length >= 4));
}

/** The words of a sum row's label that say what it sums (not "Sum", "Totalt", "netto"). */
function namedWords(label: string): string[] {
  return [...wordsOf(label)].filter((w) => !SUM_WORDS.has(w));
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}

function columnChecks(rows: Row[], i: number, cand: Candidate, columns: number, summable?: boolean[]): { checks: Check[]; tolerances: number[] } {
  const checks: Check[] = [];
  const tolerances: number[] = [];
  for (let c = 0; c < columns; c++) {
    if (summable && summable[c] === false) continue;
    const printed = rows[i]!.values[c];
    if (printed == null) continue;
    // The terms added in order, and their most decimals, without arrays.
    let n = 0;
    let total = 0;
    let decimals = decimalsOf(printed);
    for (const j of cand.rows) {
      const v = rows[j]!.values[c];
      if (v == null) continue;
      n++;
      total += v;
      decimals = Math.max(decimals, decimalsOf(v));
    }
    if (n === 0) continue;
    const computed = round(total);
    const delta = round(printed - computed);
    const tol = toleranceOf(decimals, n + 1);
    checks.push({ kind: 'sum', row: i, column: c, printed, computed, delta, ok: Math.abs(delta) <= tol });
    tolerances.push(tol);
  }
  return { checks, tolerances };
}

/** A sum row, the rows it adds under the structure most of its printed columns obey, and that structure's checks. */
export interface SumStructure {
  row: number;
  terms: number[];
  checks: Check[];
  /** The rounding tolerance of each check. */
  tolerances: number[];
}

export function sumStructures(rows: Row[], kinds: RowKind[], columns: number, summable?: boolean[]): SumStructure[] {
  const out: SumStructure[] = [];
  const byRow = sumCandidates(kinds, rows);
  kinds.forEach((k, i) => {
    if (k !== 'subtotal' && k !== 'total') return;
    let best: SumStructure | undefined;
    let bestOk = -1;
    for (const cand of byRow[i]!) {
      if (cand.rows.length < 2 && !rows[cand.rows[0]!]) continue;
      const { checks, tolerances } = columnChecks(rows, i, cand, columns, summable);
      const ok = checks.filter((c) => c.ok).length;
      if (ok > bestOk) {
        best = { row: i, terms: cand.rows, checks, tolerances };
        bestOk = ok;
      }
    }
    if (best) out.push(best);
  });
  return out;
}

const SHARE_OR_AVERAGE = /andel|prosent|%|snitt|gjennomsnitt|pr\.?\s*(?:innbygger|bruker|plass)|per\s/i;

/** Columns whose cells are shares or averages do not add up down the table. */
export function summableColumns(labels: string[], cells: (string[] | undefined)[]): boolean[] {
  return labels.map((label, c) => !SHARE_OR_AVERAGE.test(label) && !CODE_COLUMN.test(label.trim()) && !cells.some((r) => r?.[c]?.includes('%')));
}

export function checkSums(rows: Row[], kinds: RowKind[], columns: number, summable?: boolean[]): Check[] {
  const out: Check[] = [];
  for (const s of sumStructures(rows, kinds, columns, summable)) {
    const ok = s.checks.filter((c) => c.ok).length;
    if (s.checks.length === 0 || ok === 0 || ok / s.checks.length < MIN_COLUMNS_AGREE) continue;
    out.push(...s.checks);
  }
  return out;
}

/** How well the sum rows add up, for choosing between readings: per sum row the best candidate's columns that
 * hold, less half of those that miss (and a little for the size of the misses). Unlike checkSums this never lets
 * a sum row's evidence vanish: a row that adds up nowhere counts against the reading. */
export function sumScore(rows: Row[], kinds: RowKind[], columns: number, missWeight: number): { score: number; failures: number } {
  // The chooser calls this thousands of times per table with other values under the same labels and kinds: the
  // candidates depend only on those, so they are found once, and the columns are added without arrays.
  const structure = candidatesByRow(kinds, rows);
  const values = valueGrid(rows.map((r) => r.values), columns);
  let score = 0;
  let failures = 0;
  for (let i = 0; i < kinds.length; i++) {
    const cands = structure[i];
    if (!cands) continue;
    const { best, bestFails } = sumRowScore(values, i, cands, columns, missWeight);
    if (best > -Infinity) {
      score += best;
      failures += bestFails;
    }
  }
  return { score, failures };
}

/** One sum row's part of sumScore: its best candidate's score and misses. */
function sumRowScore(values: ValueGrid, i: number, cands: Candidate[], columns: number, missWeight: number): { best: number; bestFails: number } {
  let best = -Infinity;
  let bestFails = 0;
  for (const cand of cands) {
    const s = candidateScore(values, i, cand.rows, columns, missWeight);
    if (s.score > best) {
      best = s.score;
      bestFails = s.fail;
    }
  }
  return { best, bestFails };
}

/**
 * sumScore for one table read many ways (labels and kinds fixed, values per reading): the function returned takes
 * each row's values and gives what sumScore gives for them. A candidate is scored again only when the values of a
 * row it adds, or of its sum row, are another array than at the last call — so a values array must not be changed
 * in place between calls (the readings' never are).
 */
export function sumScorer(rows: Row[], kinds: RowKind[], columns: number, missWeight: number): (values: (number | null)[][]) => { score: number; failures: number } {
  // Each row's values at the last call (what the candidates are fitted to).
  const own: ValueGrid = { at: new Float64Array(rows.length * columns), printed: new Uint8Array(rows.length * columns) };
  // The sum rows, and every sum row's candidates in one list (a sum row's from[k] to from[k + 1], in their order).
  const sums: number[] = [];
  const from: number[] = [0];
  const terms: number[][] = [];
  // The candidates that read each row (as a term or as their sum row).
  const readers: number[][] = rows.map(() => []);
  const byRow = sumCandidates(kinds, rows);
  kinds.forEach((k, i) => {
    if (k !== 'subtotal' && k !== 'total') return;
    const cands = byRow[i]!;
    for (let c = 0; c < cands.length; c++) {
      const added = cands[c]!.rows;
      // A candidate that adds the same rows as an earlier one of its sum row scores the same, and of equal scores
      // the first is taken: it is left out.
      if (cands.slice(0, c).some((e) => sameRows(e.rows, added))) continue;
      readers[i]!.push(terms.length);
      for (const j of added) readers[j]!.push(terms.length);
      terms.push(added);
    }
    sums.push(i);
    from.push(terms.length);
  });
  // Under the values at hand, each candidate's columns that hold less half of those that miss (its `bound`: its
  // score before the size of the misses), its misses, and its score once weighed (`weighed`); `stale` until the
  // values it reads are scored again.
  const n = terms.length;
  const bound = new Float64Array(n).fill(-Infinity);
  const score = new Float64Array(n);
  const fails = new Float64Array(n);
  const weighed = new Uint8Array(n);
  const stale = new Uint8Array(n);
  const last: ((number | null)[] | undefined)[] = rows.map(() => undefined);
  // The size of the misses only takes away (a miss weighs log10(1 + d) ≥ 0): a candidate whose bound does not beat
  // its sum row's best so far is not the best, and its misses need not be weighed.
  const bounded = missWeight >= 0;
  return (values) => {
    for (let j = 0; j < last.length; j++) {
      const v = values[j];
      if (v === last[j]) continue;
      last[j] = v;
      placeValues(own, j, v!, columns);
      for (const q of readers[j]!) stale[q] = 1;
    }
    let total = 0;
    let failures = 0;
    for (let k = 0; k < sums.length; k++) {
      const i = sums[k]!;
      let best = -Infinity;
      let bestFails = 0;
      for (let q = from[k]!; q < from[k + 1]!; q++) {
        // (`fitted`: fit holds this candidate's misses.)
        let fitted = false;
        if (stale[q]) {
          candidateFit(own, i, terms[q]!, columns);
          bound[q] = fit.ok - 0.5 * fit.fail;
          fails[q] = fit.fail;
          weighed[q] = 0;
          stale[q] = 0;
          fitted = true;
        }
        if (bounded && !(bound[q]! > best)) continue;
        if (!weighed[q]) {
          if (!fitted) candidateFit(own, i, terms[q]!, columns);
          score[q] = bound[q]! - missWeight * missOfFit();
          weighed[q] = 1;
        }
        if (score[q]! > best) {
          best = score[q]!;
          bestFails = fails[q]!;
        }
      }
      if (best > -Infinity) {
        total += best;
        failures += bestFails;
      }
    }
    return { score: total, failures };
  };
}

function sameRows(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Largest |printed − sum| any tolerance allows for n terms (the unit is at most 1). */
const maxTolerance = (terms: number) => toleranceOf(0, terms);

const scratch = { score: 0, fail: 0 };

function candidateScore(values: ValueGrid, sum: number, terms: number[], columns: number, missWeight: number): { score: number; fail: number } {
  candidateFit(values, sum, terms, columns);
  scratch.score = fit.ok - 0.5 * fit.fail - missWeight * missOfFit();
  scratch.fail = fit.fail;
  return scratch;
}

/** candidateFit's answer: the columns that hold, those that miss, and how far each miss is off (`missed`, in column
 * order, the first `misses` of it). */
const fit = { ok: 0, fail: 0, misses: 0 };
let missed = new Float64Array(16);

/** Rows of values as numbers in one array: row j's value in column c at `j * columns + c` (0 where `printed` is 0:
 * an empty cell). The fitting loops read them without going through each row's array and boxed numbers. */
interface ValueGrid {
  at: Float64Array;
  printed: Uint8Array;
}

function valueGrid(values: (number | null)[][], columns: number): ValueGrid {
  const grid = { at: new Float64Array(values.length * columns), printed: new Uint8Array(values.length * columns) };
  values.forEach((v, j) => placeValues(grid, j, v, columns));
  return grid;
}

/** Puts row j's values in the grid (a cell past the end of the array is empty). */
function placeValues(grid: ValueGrid, j: number, values: (number | null)[], columns: number): void {
  for (let c = 0; c < columns; c++) {
    const v = values[c];
    grid.at[j * columns + c] = v ?? 0;
    grid.printed[j * columns + c] = v != null ? 1 : 0;
  }
}

/** A candidate's columns that hold and those that miss (its sum row `sum`, the rows it adds `terms`). */
function candidateFit(values: ValueGrid, sum: number, terms: number[], columns: number): void {
  if (missed.length < columns) missed = new Float64Array(columns * 2);
  const { at, printed: isPrinted } = values;
  let ok = 0, fail = 0, misses = 0;
  for (let c = 0; c < columns; c++) {
    let n = 0;
    let total = 0;
    let nonZero = false;
    for (let t = 0; t < terms.length; t++) {
      const k = terms[t]! * columns + c;
      if (isPrinted[k]) {
        const v = at[k]!;
        n++;
        total += v;
        if (v !== 0) nonZero = true;
      }
    }
    if (!n) continue;
    // A sum row left empty under items that print values dodges its check: it counts as a miss.
    if (!isPrinted[sum * columns + c]) {
      if (nonZero) fail++;
      continue;
    }
    const printed = at[sum * columns + c]!;
    const d = Math.abs(printed - total);
    if (d <= withinTolerance(values, terms, c, columns, printed, n, d)) ok++;
    else {
      fail++;
      missed[misses++] = d;
    }
  }
  fit.ok = ok;
  fit.fail = fail;
  fit.misses = misses;
}

/** What candidateFit's misses weigh: log10(1 + d) each, added in column order. */
function missOfFit(): number {
  let miss = 0;
  for (let k = 0; k < fit.misses; k++) miss += Math.log10(1 + missed[k]!);
  return miss;
}

/** tolerance([printed, ...terms], n + 1), computed only when the miss is not clear either way. */
function withinTolerance(values: ValueGrid, terms: number[], c: number, columns: number, printed: number, n: number, d: number): number {
  const widest = maxTolerance(n + 1);
  if (d > widest) return widest;
  let decimals = decimalsOf(printed);
  for (let t = 0; t < terms.length && decimals < 4; t++) {
    const k = terms[t]! * columns + c;
    if (values.printed[k]) decimals = Math.max(decimals, decimalsOf(values.at[k]!));
  }
  return toleranceOf(decimals, n + 1);
}

/** One table's sum structure (candidates per sum row), kept while the same kinds and labels come back. */
let memo: { kinds: RowKind[]; labels: string[]; byRow: (Candidate[] | undefined)[] } | undefined;

function candidatesByRow(kinds: RowKind[], rows: Row[]): (Candidate[] | undefined)[] {
  if (memo && sameStructure(memo.kinds, memo.labels, kinds, rows)) return memo.byRow;
  const byRow = sumCandidates(kinds, rows);
  memo = { kinds: kinds.slice(), labels: rows.map((r) => r.label), byRow };
  return byRow;
}

function sameStructure(copy: RowKind[], labels: string[], kinds: RowKind[], rows: Row[]): boolean {
  if (copy.length !== kinds.length || labels.length !== rows.length) return false;
  for (let i = 0; i < kinds.length; i++) if (copy[i] !== kinds[i]) return false;
  for (let i = 0; i < rows.length; i++) if (labels[i] !== rows[i]!.label) return false;
  return true;
}
