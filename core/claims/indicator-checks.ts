// Given the tables and which of them hold money, return cross-checks between indicator tables (Nøkkeltall,
// Måltall, Resultatindikator …): one indicator printed in two tables, often under a label that only reads
// alike ("Andel barnehagelærere i forhold til grunnbemanning" / "… i prosent av grunnbemanning i kommunale
// barnehager"). Columns pair by role and year; when a table's header was lost, by a row both tables print
// under one label, whose values line up in order (78 84,2 70,6 in both). Two rows pair when their labels
// read alike (labelSimilarity), print the same numbers, are each other's likeliest partner, and their values
// are of one size; and then only on evidence that they are one indicator: a column where they agree exactly,
// or another row of the two tables that agrees in every column (the tables report the same things).

import type { Table } from '../model.ts';
import { CROSS_ROUNDING_TOLERANCE, type ScoredCheck } from './check-forest.ts';
import { norm, pairColumns } from './column-pairs.ts';
import { diceAtLeast, labelNumbers, labelTrigramCodes, withoutFootnote } from './label-similarity.ts';

/** Labels less alike than this are two indicators (measured on the seeds: one indicator renamed reads 0.67–0.73). */
export const MIN_LABEL_SIMILARITY = 0.6;
/** The likeliest partner must read clearly more alike than the next: two near-equal candidates are a guess. */
const MIN_SIMILARITY_MARGIN = 0.1;
/** One indicator printed twice differs, if at all, by a revision, not by a factor: beyond this it is another. */
const MAX_VALUE_RATIO = 2;
/** Values a row shares in order with its namesake before they may say which column is which. */
const MIN_ALIGNED_VALUES = 3;
/** A label found in this many tables or more is generic ("Totalt", a page footer), not an indicator's name. */
const GENERIC_LABEL_TABLES = 3;
const EXACT = 1e-9;

interface IndicatorRow {
  row: number;
  key: string;
  numbers: string;
  label: string;
  /** The label's trigram codes, worked out when the row is first compared (most rows never are). */
  trigrams: number[] | undefined;
  values: (number | null)[];
}

function trigramsOf(r: IndicatorRow): number[] {
  return (r.trigrams ??= labelTrigramCodes(r.label));
}

const PERCENT_SIGNS = /%/g;

/** A row's name: "Antall henlagte undersøkelser (%)" is another row than "Antall henlagte undersøkelser". */
const keyOf = (label: string) => norm(withoutFootnote(label).replace(PERCENT_SIGNS, ' prosent '));

function rowsOf(t: Table): IndicatorRow[] {
  const keys = t.rows.map((r) => keyOf(r.label));
  // How many rows print each label.
  const printed = new Map<string, number>();
  for (const key of keys) printed.set(key, (printed.get(key) ?? 0) + 1);
  const out: IndicatorRow[] = [];
  t.rows.forEach((r, row) => {
    const key = keys[row] ?? '';
    // A row whose label the table prints twice cannot be told from its twin.
    if (r.kind === 'header' || key === '' || printed.get(key) !== 1) return;
    out.push({ row, key, numbers: labelNumbers(r.label), label: r.label, trigrams: undefined, values: r.values });
  });
  return out;
}

const isNum = (v: number | null | undefined): v is number => typeof v === 'number';

/** Column pairs in which two rows' values agree exactly, in order, each value printed once in its row. */
function alignedColumns(a: (number | null)[], b: (number | null)[]): [number, number][] {
  const once = (vs: (number | null)[], v: number) => vs.filter((w) => w === v).length === 1;
  const out: [number, number][] = [];
  a.forEach((v, i) => {
    if (!isNum(v) || v === 0 || !once(a, v) || !once(b, v)) return;
    const j = b.indexOf(v);
    const last = out.at(-1);
    if (last === undefined || j > last[1]) out.push([i, j]);
  });
  return out;
}

/** Values of one size in every column both print (a count is not a share), and at least one such column. */
function sameSize(a: IndicatorRow, b: IndicatorRow, columns: [number, number][]): boolean {
  let both = 0;
  for (const [i, j] of columns) {
    const va = a.values[i];
    const vb = b.values[j];
    if (!isNum(va) || !isNum(vb)) continue;
    both++;
    if (va === 0 || vb === 0) continue;
    if (Math.sign(va) !== Math.sign(vb) || Math.max(va / vb, vb / va) > MAX_VALUE_RATIO) return false;
  }
  return both > 0;
}

/** Below this a row cannot be the likeliest partner, nor come near enough to one to make it a guess. */
const RELEVANT_SIMILARITY = MIN_LABEL_SIMILARITY - MIN_SIMILARITY_MARGIN;

/** How alike two rows read, or 0 when they may not pair; the cheap tests first (this runs for every row pair). */
function likeness(a: IndicatorRow, b: IndicatorRow, columns: [number, number][]): number {
  if (a.numbers !== b.numbers) return 0;
  // Dice can reach RELEVANT_SIMILARITY only when neither trigram set is much larger than the other.
  const ta = trigramsOf(a);
  const tb = trigramsOf(b);
  const small = Math.min(ta.length, tb.length);
  if ((2 * small) / (ta.length + tb.length) < RELEVANT_SIMILARITY) return 0;
  const sim = diceAtLeast(ta, tb, RELEVANT_SIMILARITY);
  return sim > 0 && sameSize(a, b, columns) ? sim : 0;
}

/** Rows of a and b that are each other's clear likeliest partner among those that may pair, with their likeness. */
function mutualBest(ra: IndicatorRow[], rb: IndicatorRow[], columns: [number, number][]): [IndicatorRow, IndicatorRow, number][] {
  const sims = ra.map((x) => rb.map((y) => likeness(x, y, columns)));
  const rowBest = sims.map((row) => clearBest(row.length, (j) => row[j]!));
  const colBest = rb.map((_, j) => clearBest(sims.length, (i) => sims[i]![j]!));
  const out: [IndicatorRow, IndicatorRow, number][] = [];
  rowBest.forEach((j, i) => {
    const x = ra[i];
    const y = rb[j];
    if (x === undefined || y === undefined || colBest[j] !== i) return;
    out.push([x, y, sims[i]![j]!]);
  });
  return out;
}

/** Of n likenesses (each ≥ 0), the index of the first highest when it is likely enough and clearly ahead of every
 * other (the highest of the rest, a tie included), else -1. One pass, without copying the values. */
function clearBest(n: number, at: (k: number) => number): number {
  let k = -1;
  let top = -Infinity;
  let next = 0;
  for (let i = 0; i < n; i++) {
    const v = at(i);
    if (v > top) {
      if (top > next) next = top;
      top = v;
      k = i;
    } else if (v > next) next = v;
  }
  return k >= 0 && top >= MIN_LABEL_SIMILARITY && top - next >= MIN_SIMILARITY_MARGIN ? k : -1;
}

function compare(ta: Table, tb: Table, x: IndicatorRow, y: IndicatorRow, columns: [number, number][]) {
  const checks = columns.flatMap(([i, j]) => {
    const pa = x.values[i];
    const pb = y.values[j];
    if (!isNum(pa) || !isNum(pb)) return [];
    const delta = Math.round((pa - pb) * 1e6) / 1e6;
    const check = { a: { table: ta.id, row: x.row, column: i }, b: { table: tb.id, row: y.row, column: j }, printedA: pa, printedB: pb, delta, ok: Math.abs(delta) <= CROSS_ROUNDING_TOLERANCE };
    return [check];
  });
  const exact = checks.filter((c) => Math.abs(c.delta) < EXACT && c.printedA !== 0).length;
  return { checks, exact, agreeAll: exact >= 2 && checks.every((c) => c.ok) };
}

/** Columns of two indicator tables that print one quantity: by role and year, else by a shared row's values. */
function columnsOf(ta: Table, tb: Table, ra: IndicatorRow[], rb: IndicatorRow[]): [number, number][] {
  const byHeader = pairColumns(ta.columns, tb.columns);
  if (byHeader.length >= 2) return byHeader;
  let best: [number, number][] = [];
  for (const x of ra) {
    const y = rb.find((r) => r.key === x.key);
    const aligned = y === undefined ? [] : alignedColumns(x.values, y.values);
    if (aligned.length > best.length) best = aligned;
  }
  return best.length >= MIN_ALIGNED_VALUES ? best : byHeader;
}

/** Closer than this, two values may agree exactly as compare counts it (a delta that rounds to 0 at 1e-6 lies within
 * half of 1e-6 of it); further apart they never do. */
const MAY_AGREE = 1e-6;

/** The finite values of a table's rows, ascending; without 0 when `zeros` is false (a 0 on the left of a check never
 * counts as exact). */
function sortedValues(rows: IndicatorRow[], zeros: boolean): Float64Array {
  const out: number[] = [];
  for (const r of rows) for (const v of r.values) if (isNum(v) && Number.isFinite(v) && (zeros || v !== 0)) out.push(v);
  return Float64Array.from(out).sort();
}

/** Whether a value of `a` lies within MAY_AGREE of a value of `b` (both ascending): a merge of the two lists. */
function mayAgree(a: Float64Array, b: Float64Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (Math.abs(x - y) < MAY_AGREE) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

export function indicatorChecks(tables: Table[], money: boolean[]): ScoredCheck[] {
  const rows = tables.map((t, i) => (money[i] ? [] : rowsOf(t)));
  const keyTables = new Map<string, number>();
  // (A table's rows have distinct keys: rowsOf keeps only the labels it prints once.)
  for (const rs of rows) for (const r of rs) keyTables.set(r.key, (keyTables.get(r.key) ?? 0) + 1);
  const named = rows.map((rs) => rs.filter((r) => (keyTables.get(r.key) ?? 0) < GENERIC_LABEL_TABLES));
  // A pair of tables gives checks only when some pair of their rows agrees exactly in a column (`exact`, or the
  // `agreeAll` of an anchor): two tables none of whose values come that close are not compared at all.
  const left = named.map((rs) => (rs.length === 0 ? undefined : sortedValues(rs, false)));
  const right = named.map((rs) => (rs.length === 0 ? undefined : sortedValues(rs, true)));
  const out: ScoredCheck[] = [];
  tables.forEach((ta, a) => {
    const ra = named[a] ?? [];
    tables.forEach((tb, b) => {
      const rb = named[b] ?? [];
      if (b <= a || ra.length === 0 || rb.length === 0 || !mayAgree(left[a]!, right[b]!)) return;
      const columns = columnsOf(ta, tb, ra, rb);
      if (columns.length === 0) return;
      const pairs = mutualBest(ra, rb, columns).map(([x, y, sim]) => ({ sim, namesake: x.key === y.key, ...compare(ta, tb, x, y, columns) }));
      // Another row printed under one label in both tables, agreeing everywhere: the tables report the same things.
      const anchored = (p: (typeof pairs)[number]) => pairs.some((q) => q !== p && q.namesake && q.agreeAll);
      for (const p of pairs) {
        if (p.exact === 0 && !anchored(p)) continue;
        for (const check of p.checks) out.push({ check, strength: p.exact + p.sim });
      }
    });
  });
  return out;
}
