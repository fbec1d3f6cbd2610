// Given a table's raw rows and column labels, choose how to read each row's numbers.
// The one mechanism: every reading of a row (readings.ts) is scored by its prior cost, by the row identities
// its column roles announce (Avvik = budsjett − regnskap; Avvik justert = Avvik − Overført), by how well
// its magnitudes fit the column, and finally by the sum rows it makes add up. Printed numbers are never
// changed: when no reading satisfies the arithmetic the plainest one is kept and the check fails later.

import type { Column, ParseOptions, Row } from '../model.ts';
import type { DraftRow } from '../semantics/draft.ts';
import { classifyColumns, indicatorColumns } from '../semantics/column-roles.ts';
import { isSumLabel } from '../semantics/row-kinds.ts';
import { findUnit } from '../semantics/units.ts';
import { sumScorer, sumStructures } from '../variance/sum-checks.ts';
import { tolerance } from '../variance/tolerance.ts';
import { namedSumColumns, rowSum, sumHolds, type SumColumn } from '../variance/sum-columns.ts';
import { enumerateReadings, MAX_EXTRA_EMPTY, type Reading } from './readings.ts';
import { CODE_COLUMN } from './header.ts';
import type { NumToken } from '../numbers/tokens.ts';
import type { RawRow } from './rows.ts';

/** What a satisfied row identity is worth against the prior costs (an empty cell costs 1). */
const IDENTITY_BONUS = 3;
/** A value more than this many digits away from its column's usual size costs MAGNITUDE_COST per digit. */
const MAGNITUDE_SLACK = 1;
const MAGNITUDE_COST = 0.6;
/** Alternatives within this cost of a row's best reading are tried against the sum rows. */
const SUM_SLACK = 4;
const KEEP = 24;
/** Alternatives of one row tried against the sums. */
const MAX_SUM_TRIES = 24;
/** Distinct alternatives per row tried in pairs against the sums. */
const PAIR_OPTIONS_PER_ROW = 5;
/** Beyond this many options the pairs are not tried (their number grows with its square). */
const MAX_PAIR_OPTIONS = 40;
/** Weight of the size of the sums' misses against the number of sums that hold. */
const MISS_WEIGHT = 0.05;
/** A change of reading must make a sum hold (or miss by far less), not merely nudge the size of a miss. */
const MIN_SUM_GAIN = 0.25;

interface RoleIdentity {
  target: number;
  a: number;
  b: number;
  /** An empty cell in column b counts as 0 (no transferred funds printed as a blank). */
  blankIsZero?: boolean;
  /** Indicator tables sign Avvik either way (Resultat − Måltall or Måltall − Resultat, by row). */
  eitherSign?: boolean;
}

function roleIdentities(columns: Column[]): RoleIdentity[] {
  const out: RoleIdentity[] = [];
  const find = (pred: (c: Column) => boolean, year?: number) => {
    let idx = -1;
    columns.forEach((c, i) => {
      if (!pred(c)) return;
      if (idx < 0 || (year !== undefined && c.year === year) || (year === undefined && (c.year ?? 0) >= (columns[idx]!.year ?? 0))) idx = i;
    });
    return idx;
  };
  columns.forEach((c, i) => {
    if (c.role === 'variance') {
      let b = find((x) => x.role === 'budget-revised', c.year);
      if (b < 0) b = find((x) => x.role === 'budget-original', c.year);
      const a = find((x) => x.role === 'actual', c.year);
      if (a >= 0 && b >= 0) out.push({ target: i, a: b, b: a });
      else if (a >= 0) {
        // Avvik between a target (Måltall, Mål) and the result of its year.
        const x = indicatorColumns(columns);
        if (x && x.variance === i) out.push({ target: i, a: x.result, b: x.target, eitherSign: true });
      }
    }
    if (c.role === 'variance-adjusted') {
      const v = find((x) => x.role === 'variance');
      const t = find((x) => x.role === 'transferred');
      if (v >= 0 && t >= 0) out.push({ target: i, a: v, b: t, blankIsZero: true });
    }
  });
  return out;
}

function sumColumnScore(values: (number | null)[], sumCols: SumColumn[]): number {
  let n = 0;
  for (const s of sumCols) {
    const r = rowSum(values, s);
    if (r && r.n >= 2 && sumHolds(values, s, r)) n++;
  }
  return n;
}

function identityScore(values: (number | null)[], ids: RoleIdentity[]): number {
  let n = 0;
  for (const id of ids) {
    // An empty budget, actual or transfer cell is a zero when the other two cells of the identity are printed.
    const t = values[id.target];
    if (t == null || (values[id.a] == null && values[id.b] == null)) continue;
    if (id.eitherSign && (values[id.a] == null || values[id.b] == null)) continue;
    const a = values[id.a] ?? 0, b = values[id.b] ?? 0;
    const tol = tolerance([a, b, t], 3);
    if (Math.abs(a - b - t) <= tol || (id.eitherSign && Math.abs(b - a - t) <= tol)) n++;
  }
  return n;
}

/** A row's levels (this year's and last year's accounts, budgets, results, targets) are of one size: a value
 * more than one digit away from the row's usual size costs this much per digit. */
const ROW_MAGNITUDE_COST = 0.4;

function rowMagnitudeCost(values: (number | null)[], level: boolean[]): number {
  // Runs for every reading: digit counts go to a reused array, sorted in place (the cost is a sum of whole
  // numbers, so their order does not matter).
  const ds = rowDigits;
  ds.length = 0;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v != null && v !== 0 && level[c]) ds.push(digits(v));
  }
  if (ds.length < 2) return 0;
  for (let i = 1; i < ds.length; i++) {
    const d = ds[i]!;
    let j = i;
    for (; j > 0 && ds[j - 1]! > d; j--) ds[j] = ds[j - 1]!;
    ds[j] = d;
  }
  const m = ds[Math.floor(ds.length / 2)]!;
  let cost = 0;
  for (const d of ds) cost += Math.max(0, Math.abs(d - m) - 2);
  return cost * ROW_MAGNITUDE_COST;
}
const rowDigits: number[] = [];

/** What a lone figure is worth in the latest result column of an indicator table (an empty cell costs 1, so a
 * figure split in two to fill more cells loses to it). */
const LONE_VALUE_BONUS = 1.5;

function latestActual(columns: Column[]): number {
  let best = -1;
  columns.forEach((c, i) => {
    if (c.role === 'actual' && c.year !== undefined && (best < 0 || c.year >= (columns[best]!.year ?? 0))) best = i;
  });
  return best;
}

/** A budget row whose only figure is 0 prints its Avvik: the formula column shows 0 where nothing was budgeted or
 * spent, while a lone figure that is not 0 was entered by hand (an original budget, say). */
function loneZeroBonus(values: (number | null)[], ids: RoleIdentity[]): number {
  const at = values.findIndex((v) => v != null);
  if (at < 0 || values[at] !== 0 || values.some((v, c) => c !== at && v != null)) return 0;
  return ids.some((id) => !id.eitherSign && id.target === at) ? LONE_VALUE_BONUS : 0;
}

function loneValueBonus(values: (number | null)[], latest: number): number {
  if (latest < 0 || values[latest] == null) return 0;
  for (let c = 0; c < values.length; c++) if (c !== latest && values[c] != null) return 0;
  return LONE_VALUE_BONUS;
}

/** A label, then (after a wide gap) a range of codes: "Bruk av avsetninger  Sum (940:950)". */
const CODE_RANGE = /^(.*?\S)\s{2,}((?:sum\s*)?\(?\d{2,4}\s*[:–-]\s*\d{2,4}\)?)$/i;

/** What a filled target costs against an empty result in a row that leaves cells empty. */
const TARGET_FILLED_COST = 0.3;
function targetEmptyCost(values: (number | null)[], targetCols: number[]): number {
  if (!values.includes(null)) return 0;
  let cost = 0;
  for (const c of targetCols) if (values[c] != null) cost += TARGET_FILLED_COST;
  return cost;
}

const DOT_GROUPED = /^[-+]?\d{1,3}(?:\.\d{3}){2,}$/;
const ONE_DOT_GROUP = /^[-+]?\d{1,3}\.\d{3}$/;

/** A code is three digits ("540") or a balance code ("2.51"), unsigned. */
const CODE_SHAPE = /^(?:\d{3}|\d\.\d{1,2})$/;
/** An amount in a code column, or a code left out of it, costs this much (more than an empty cell). */
const CODE_COST = 2;

/** What a reading costs for its code columns: each must hold a code or nothing, and a row that starts with a code
 * prints it there. */
function codeCost(x: Reading, codes: boolean[], first: NumToken | undefined): number {
  let cost = 0;
  let filled = false;
  const cells = x.cells;
  codes.forEach((isCode, c) => {
    if (!isCode || x.values[c] == null) return;
    filled = true;
    if (!CODE_SHAPE.test(cells[c]!)) cost += CODE_COST;
  });
  if (!filled && first && CODE_SHAPE.test(first.text)) cost += CODE_COST;
  return cost;
}

const isYearValue = (v: number) => Number.isInteger(v) && v >= 1900 && v <= 2099;
/** Anything but a year in a column of years costs as much as an empty cell. */
const YEAR_COLUMN_COST = 1;

/** Share of a column's values that must agree on decimals before its format is taken as the column's. */
const FORMAT_AGREEMENT = 0.8;
/** A value printed unlike its column (decimals among integers, or the reverse) costs this much. */
const FORMAT_COST = 0.5;

/** How much tighter (in digits) the rows' sizes must be than the columns' before sizes are read per row. */
const ROW_WISE_MARGIN = 0.5;

/** Mean absolute deviation of digit counts from their median, averaged over groups of two or more values. */
function spread(groups: number[][]): number {
  let sum = 0, n = 0;
  for (const g of groups) {
    if (g.length < 2) continue;
    const ds = g.map(digits);
    const m = median(ds)!;
    sum += ds.reduce((a, d) => a + Math.abs(d - m), 0) / ds.length;
    n++;
  }
  return n ? sum / n : 0;
}

const digits = (v: number) => (v === 0 ? 1 : Math.max(1, Math.floor(Math.log10(Math.abs(v))) + 1));

function median(xs: number[]): number | undefined {
  if (!xs.length) return undefined;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function resolveRows(
  raw: RawRow[],
  labels: string[],
  ctx: { title?: string | undefined; unitText?: string | undefined },
  _options: ParseOptions = {},
): DraftRow[] {
  const unit = ctx.unitText ? findUnit(ctx.unitText) : undefined;
  const columns = classifyColumns(labels, { unit, title: ctx.title });
  const C = labels.length;
  const ids = roleIdentities(columns);
  // Columns named "Sum …" add the columns before them, row by row.
  const sumCols = namedSumColumns(labels, columns.map((c) => c.role));
  // Columns that state a level (regnskap, budsjett, resultat, måltall), not a difference or a share.
  const levelColumns = columns.map((c) => !['variance', 'variance-adjusted', 'change', 'percent', 'transferred'].includes(c.role));
  // Indicator tables (results and targets, no budget): a row that prints one figure prints this year's result
  // ("Antall sosialhjelpsmottakere 1 890" is 1 890 under Resultat 2023, not 1 and 890 under earlier years).
  const budgeted = columns.some((c) => c.role === 'budget-original' || c.role === 'budget-revised');
  const targets = columns.some((c) => c.role === 'other' && /\bmål/i.test(c.label));
  const latestResult = budgeted || !targets ? -1 : latestActual(columns);
  // Results are measured for every row; targets are set for some: a row that prints fewer figures than the
  // table has columns leaves a target empty before a result.
  // (Where an Avvik column compares them, a row without this year's result prints its target all the same.)
  const targetCols = budgeted || columns.some((c) => c.role === 'variance') ? [] : columns.flatMap((c, i) => (c.role === 'other' && /\bmål/i.test(c.label) ? [i] : []));
  // Code columns (KOSTRA art, voucher numbers) hold codes: no sizes, no sums, and a code goes nowhere else.
  const codes = labels.map((l) => CODE_COLUMN.test(l.trim()));
  const hasCodes = codes.some(Boolean);
  codes.forEach((isCode, c) => {
    if (isCode) levelColumns[c] = false;
  });

  const cands: Reading[][] = raw.map((r) => {
    if (!r.tokens.length) return [];
    // Few empty cells first; more only when the arithmetic finds nothing among those.
    // Where the roles announce identities, more empty cells are worth trying (the arithmetic can tell them apart).
    const rs = enumerateReadings(r.tokens, C, r.label, ids.some((id) => !id.eitherSign) ? MAX_EXTRA_EMPTY : 1);
    const scores = rs.map((x) => identityScore(x.values, ids) + sumColumnScore(x.values, sumCols));
    rs.forEach((x, k) => (x.cost += rowMagnitudeCost(x.values, levelColumns) - IDENTITY_BONUS * scores[k]! - loneValueBonus(x.values, latestResult) - loneZeroBonus(x.values, ids) + (hasCodes ? codeCost(x, codes, r.tokens[x.labelTokens]) : 0) + (targetCols.length ? targetEmptyCost(x.values, targetCols) : 0)));
    rs.sort((a, b) => a.cost - b.cost);
    return rs.slice(0, KEEP);
  });
  // Magnitudes: the usual number of digits of each column, from every row's best reading.
  const typical: (number | undefined)[] = [];
  // Rows with one reading only say it best (one such row is enough); the best readings of the others fill in.
  const sure = cands.filter((rs) => rs.length === 1 || (rs.length > 1 && rs[1]!.cost - rs[0]!.cost >= 1));
  for (let c = 0; c < C; c++) {
    if (codes[c]) {
      typical.push(undefined);
      continue;
    }
    const from = (set: Reading[][]) => set.map((rs) => rs[0]?.values[c]).filter((v): v is number => v != null && v !== 0).map(digits);
    const ds = from(sure);
    typical.push(median(ds.length >= 1 ? ds : from(cands)));
  }
  // Tables whose columns are years and whose rows are measures (kroner, users, shares) keep a size per row,
  // not per column: there the rows' own magnitudes (rowMagnitudeCost) say it, and the columns' would mislead.
  // (Budget tables keep both: a column of transfers or variances has a size of its own.)
  const bestRows = (sure.length >= 2 ? sure : cands).map((rs) => rs[0]?.values).filter((v): v is (number | null)[] => !!v);
  if (!budgeted && spread(bestRows.map((v) => v.filter((x, c) => x != null && x !== 0 && levelColumns[c]) as number[])) <
    spread(typical.map((_, c) => bestRows.map((v) => v[c]).filter((x): x is number => x != null && x !== 0 && levelColumns[c]!))) - ROW_WISE_MARGIN) {
    typical.fill(undefined);
  }
  // Number format: a column prints decimals in (nearly) every row or in (nearly) none.
  const decimals: (boolean | undefined)[] = typical.map((_, c) => {
    const vs = bestRows.map((v) => v[c]).filter((x): x is number => x != null && x !== 0);
    if (vs.length < 3) return undefined;
    const share = vs.filter((x) => !Number.isInteger(x)).length / vs.length;
    return share >= FORMAT_AGREEMENT ? true : share <= 1 - FORMAT_AGREEMENT ? false : undefined;
  });
  // Columns of years ("ferdig (kv/år)": 2024): where the surely read rows print only years, nothing else goes.
  const yearCols = typical.map((_, c) => {
    const vs = sure.map((rs) => rs[0]?.values[c]).filter((v): v is number => v != null);
    return vs.length > 0 && vs.every(isYearValue);
  });
  const hasYearCols = yearCols.some(Boolean);
  for (const rs of cands) {
    for (const x of rs) {
      x.values.forEach((v, c) => {
        if (v != null && v !== 0 && decimals[c] !== undefined && decimals[c] === Number.isInteger(v)) x.cost += FORMAT_COST;
        if (hasYearCols && v != null && yearCols[c] && !isYearValue(v)) x.cost += YEAR_COLUMN_COST;
      });
    }
  }
  for (const rs of cands) {
    for (const x of rs) {
      x.values.forEach((v, c) => {
        const t = typical[c];
        if (v == null || v === 0 || t === undefined) return;
        const off = Math.abs(digits(v) - t) - MAGNITUDE_SLACK;
        if (off > 0) x.cost += off * MAGNITUDE_COST;
      });
    }
    rs.sort((a, b) => a.cost - b.cost);
  }
  // A table that groups thousands with dots ("-1.927.753") prints "-126.751" as thousands too, not decimals.
  const dotThousands = raw.some((r) => r.tokens.some((t) => DOT_GROUPED.test(t.text)));
  if (dotThousands) {
    for (const rs of cands) {
      for (const x of rs) {
        const cells = x.cells;
        x.values = x.values.map((v, c) => (v !== null && ONE_DOT_GROUP.test(cells[c]!) ? Number(cells[c]!.replace('.', '')) : v));
      }
    }
  }
  const choice = cands.map(() => 0);
  improveBySums(raw, cands, choice, C);
  return raw.map((r, i) => {
    const rd = cands[i]![choice[i]!];
    const row: DraftRow = { label: r.label, values: new Array(C).fill(null), line: r.line };
    if (r.page !== undefined) row.page = r.page;
    if (rd) {
      row.values = rd.values;
      row.cells = rd.cells;
      if (rd.labelTokens) row.label = `${r.label} ${r.tokens.slice(0, rd.labelTokens).map((t) => t.text).join(' ')}`.trim();
    }
    // A range of codes printed in the code column ("Avsetninger til fond  Sum (540:550)") is that column's text.
    const range = hasCodes ? CODE_RANGE.exec(row.label) : null;
    const at = codes.findIndex(Boolean);
    if (range && at >= 0 && row.values[at] == null) {
      row.label = range[1]!;
      row.cells = (row.cells ?? new Array<string>(C).fill('')).slice();
      row.cells[at] = range[2]!;
    }
    return row;
  });
}

/** Greedy: swap in any alternative reading that makes more sum checks hold (and none fewer). */
function improveBySums(raw: RawRow[], cands: Reading[][], choice: number[], C: number): void {
  if (!raw.some((r) => isSumLabel(r.label))) return;
  const kinds = raw.map((r, i) => (isSumLabel(r.label) ? 'subtotal' : cands[i]!.length ? 'item' : 'header') as Row['kind']);
  let failures = 0;
  // Sum rows are scored again only where a row they add changed its reading (sumScorer); a row without readings
  // keeps one empty array.
  const empty = raw.map(() => new Array<number | null>(C).fill(null));
  const scoreSums = sumScorer(raw.map((r, i) => ({ label: r.label, kind: kinds[i]!, values: empty[i]! })), kinds, C, MISS_WEIGHT);
  const score = () => {
    const fit = scoreSums(raw.map((_, i) => cands[i]![choice[i]!]?.values ?? empty[i]!));
    failures = fit.failures;
    return fit.score;
  };
  let best = score();
  // Every sum adds up: nothing to improve.
  if (failures === 0) return;
  for (let pass = 0; pass < 2; pass++) {
    let changed = false;
    cands.forEach((rs, i) => {
      if (rs.length < 2) return;
      const base = rs[0]!.cost;
      const keep = choice[i]!;
      for (let k = 0; k < Math.min(rs.length, MAX_SUM_TRIES) && rs[k]!.cost - base <= SUM_SLACK; k++) {
        if (k === keep) continue;
        choice[i] = k;
        const s = score();
        if (s > best + MIN_SUM_GAIN) {
          best = s;
          changed = true;
          return;
        }
      }
      choice[i] = keep;
    });
    if (!changed) break;
  }
  if (failures === 0) return;
  // Two misread rows in one column: no single change helps, a pair of changes does.
  const options = distinctOptions(cands, choice, PAIR_OPTIONS_PER_ROW);
  if (options.length > MAX_PAIR_OPTIONS) {
    solveByResiduals(raw, cands, choice, kinds, C, distinctOptions(cands, choice, RESIDUAL_OPTIONS_PER_ROW), score, best);
    best = score();
    if (failures > 0) placeLoneValues(cands, choice, kinds, score, best);
    return;
  }
  for (let a = 0; a < options.length; a++) {
    for (let b = a + 1; b < options.length; b++) {
      const [i, k] = options[a]!;
      const [j, l] = options[b]!;
      if (i === j) continue;
      const ki = choice[i]!, kj = choice[j]!;
      choice[i] = k;
      choice[j] = l;
      const s = score();
      if (s > best + MIN_SUM_GAIN) {
        best = s;
        if (failures === 0) return;
      } else {
        choice[i] = ki;
        choice[j] = kj;
      }
    }
  }
  best = score();
  if (failures > 0) solveByResiduals(raw, cands, choice, kinds, C, distinctOptions(cands, choice, RESIDUAL_OPTIONS_PER_ROW), score, best);
  best = score();
  if (failures > 0) placeLoneValues(cands, choice, kinds, score, best);
}

/** Assignments of lone values to columns tried at most (the product of each row's choices). */
const MAX_LONE_ASSIGNMENTS = 4096;

/**
 * Rows that print one amount each under a sum row that prints one per column ("Fordringer (+)" and "Gjeld (-)":
 * "Bydel Frogner 573 139", …, "Sum 833 268 665 044"): which column each amount belongs to is what makes every
 * column add up. No one move helps (each leaves both columns wrong), so every assignment is tried.
 */
function placeLoneValues(cands: Reading[][], choice: number[], kinds: Row['kind'][], score: () => number, best: number): void {
  const movable: { row: number; options: number[] }[] = [];
  cands.forEach((rs, i) => {
    if (!rs[choice[i]!]) return;
    // The row's readings as one whole amount (the cheapest for each column), besides the one chosen now.
    const base = rs[0]!.cost;
    const byColumn = new Map<number, number>();
    let value: number | null = null;
    rs.forEach((x, k) => {
      if (x.cost - base > SUM_SLACK) return;
      const c = loneAt(x.values);
      if (c < 0 || byColumn.has(c) || (value !== null && x.values[c] !== value)) return;
      value = x.values[c]!;
      byColumn.set(c, k);
    });
    if (byColumn.size < 2 || kinds[i] !== 'item') return;
    movable.push({ row: i, options: [...byColumn.values()] });
  });
  if (movable.length < 2) return;
  let total = 1;
  for (const m of movable) if ((total *= m.options.length) > MAX_LONE_ASSIGNMENTS) return;
  let bestPick = movable.map((m) => choice[m.row]!);
  const pick = movable.map(() => 0);
  for (let n = 0; n < total; n++) {
    let r = n;
    movable.forEach((m, k) => {
      pick[k] = r % m.options.length;
      r = Math.floor(r / m.options.length);
      choice[m.row] = m.options[pick[k]!]!;
    });
    const s = score();
    if (s > best + MIN_SUM_GAIN) {
      best = s;
      bestPick = movable.map((m) => choice[m.row]!);
    }
  }
  movable.forEach((m, k) => (choice[m.row] = bestPick[k]!));
}

/** The column of a reading's only value, or -1. */
function loneAt(values: (number | null)[]): number {
  let at = -1;
  for (let c = 0; c < values.length; c++) {
    if (values[c] == null) continue;
    if (at >= 0) return -1;
    at = c;
  }
  return at;
}

/** Each row's alternatives (within SUM_SLACK of its best), distinct in their values, at most `perRow` of them. */
function distinctOptions(cands: Reading[][], choice: number[], perRow: number): [number, number][] {
  const options: [number, number][] = [];
  cands.forEach((rs, i) => {
    if (rs.length < 2) return;
    const base = rs[0]!.cost;
    const seen = new Set<string>([rs[choice[i]!]!.values.join('|')]);
    for (let k = 0; k < rs.length && rs[k]!.cost - base <= SUM_SLACK && seen.size <= perRow; k++) {
      const key = rs[k]!.values.join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      options.push([i, k]);
    }
  });
  return options;
}

/** Alternatives per row the residual search looks up (a lookup is cheap; pairs of them are not). */
const RESIDUAL_OPTIONS_PER_ROW = 12;
/** Options for the residual search: beyond this many the pairs of options are not enumerated. */
const MAX_RESIDUAL_OPTIONS = 240;

/**
 * Three misread rows (one empty cell shifted in each, say): no pair of changes helps, and trying every triple
 * against the sums is too slow. The sums that fail say how much each column misses; a triple of changes must
 * make up exactly that. For every pair of changes the third one is looked up by the amount it must add to the
 * worst-missing sum, and only triples that make up every failing sum are scored in full.
 */
function solveByResiduals(
  raw: RawRow[],
  cands: Reading[][],
  choice: number[],
  kinds: Row['kind'][],
  C: number,
  options: [number, number][],
  score: () => number,
  best: number,
): void {
  if (options.length > MAX_RESIDUAL_OPTIONS) return;
  const values = (i: number) => cands[i]![choice[i]!]?.values;
  const rows: Row[] = raw.map((r, i) => ({ label: r.label, kind: kinds[i]!, values: values(i) ?? new Array(C).fill(null) }));
  // The failing sums under each sum row's best-fitting structure: what they miss, and which rows they add.
  type Miss = { column: number; need: number; tol: number; terms: Set<number> };
  const misses: Miss[] = [];
  for (const st of sumStructures(rows, kinds, C)) {
    const terms = new Set(st.terms);
    st.checks.forEach((c, k) => {
      if (!c.ok) misses.push({ column: c.column!, need: c.delta, tol: st.tolerances[k]!, terms });
    });
  }
  if (!misses.length) return;
  // What each option adds to each failing sum.
  const effect = (i: number, k: number) =>
    misses.map((m) => (m.terms.has(i) ? (cands[i]![k]!.values[m.column] ?? 0) - (values(i)?.[m.column] ?? 0) : 0));
  const opts = options.map(([i, k]) => ({ i, k, d: effect(i, k) })).filter((o) => o.d.some((x) => x !== 0));
  let pivot = 0;
  misses.forEach((m, f) => {
    if (Math.abs(m.need) > Math.abs(misses[pivot]!.need)) pivot = f;
  });
  const byPivot = opts.slice().sort((a, b) => a.d[pivot]! - b.d[pivot]!);
  const keys = byPivot.map((o) => o.d[pivot]!);
  const lowerBound = (x: number) => {
    let lo = 0, hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const slack = (m: Miss) => 2 * m.tol;
  for (let a = 0; a < opts.length; a++) {
    for (let b = a + 1; b < opts.length; b++) {
      const oa = opts[a]!, ob = opts[b]!;
      if (oa.i === ob.i) continue;
      const want = misses[pivot]!.need - oa.d[pivot]! - ob.d[pivot]!;
      const tol = slack(misses[pivot]!);
      for (let x = lowerBound(want - tol); x < byPivot.length && keys[x]! <= want + tol; x++) {
        const oc = byPivot[x]!;
        if (oc.i === oa.i || oc.i === ob.i) continue;
        if (!misses.every((m, f) => Math.abs(m.need - oa.d[f]! - ob.d[f]! - oc.d[f]!) <= slack(m))) continue;
        const keep = [choice[oa.i]!, choice[ob.i]!, choice[oc.i]!];
        choice[oa.i] = oa.k;
        choice[ob.i] = ob.k;
        choice[oc.i] = oc.k;
        if (score() > best + MIN_SUM_GAIN) return;
        [choice[oa.i], choice[ob.i], choice[oc.i]] = keep as [number, number, number];
      }
    }
  }
}
