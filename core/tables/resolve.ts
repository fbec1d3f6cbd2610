// Given a table's raw rows and column labels, choose how to read each row's numbers.
// The one mechanism: every reading of a row (readings.ts) is scored by its prior cost and by what it costs or
// gains by itself (reading-costs.ts: the row identities its column roles announce, Avvik = budsjett − regnskap,
// Avvik justert = Avvik − Overført, a "Sum" column), then by how well its magnitudes and number format fit the
// column, and finally by the sum rows it makes add up (sum-search.ts). Printed numbers are never changed: when
// no reading satisfies the arithmetic the plainest one is kept and the check fails later.

import type { ParseOptions } from '../model.ts';
import type { DraftRow } from '../semantics/draft.ts';
import { classifyColumns, isTargetColumn } from '../semantics/column-roles.ts';
import { findUnit } from '../semantics/units.ts';
import { namedSumColumns } from '../variance/sum-columns.ts';
import { bestReadings, MAX_EXTRA_EMPTY, oneSpacedRows, type ExtraCost, type Reading } from './readings.ts';
import { CODE_COLUMN } from './header.ts';
import type { RawRow } from './rows.ts';
import { codeCost, digits, identityScore, latestActual, LONE_VALUE_BONUS, loneValueBonus, loneZeroBonus, roleIdentities, rowMagnitudeCost, sumColumnScore, targetEmptyCost } from './reading-costs.ts';
import { improveBySums } from './sum-search.ts';
import { DOT_GROUPED } from '../numbers/parse-number.ts';
import { breakdownColumns } from '../variance/breakdown.ts';
import { chooseBreakdown } from './breakdown-search.ts';

/** What a satisfied row identity is worth against the prior costs (an empty cell costs 1). */
const IDENTITY_BONUS = 3;

/** A value more than this many digits away from its column's usual size costs MAGNITUDE_COST per digit. */
const MAGNITUDE_SLACK = 1;

const MAGNITUDE_COST = 0.6;

const KEEP = 24;

/** A label, then (after a wide gap) a range of codes: "Bruk av avsetninger  Sum (940:950)". */
const CODE_RANGE = /^(.*?\S)\s{2,}((?:sum\s*)?\(?\d{2,4}\s*[:–-]\s*\d{2,4}\)?)$/i;


const ONE_DOT_GROUP = /^[-+]?\d{1,3}\.\d{3}$/;

const isYearValue = (v: number) => Number.isInteger(v) && v >= 1900 && v <= 2099;

/** Anything but a year in a column of years costs as much as an empty cell. */
const YEAR_COLUMN_COST = 1;

/** Share of a column's values that must agree on decimals before its format is taken as the column's. */
const FORMAT_AGREEMENT = 0.8;

/** A value printed unlike its column (decimals among integers, or the reverse) costs this much. */
const FORMAT_COST = 0.5;

/** How much tighter (in digits) the rows' sizes must be than the columns' before sizes are read per row. */
const ROW_WISE_MARGIN = 0.5;

/** Digit counts of the values at hand (shared scratch: resolveRows is not re-entered), and a sorted copy. */
let groupDigits = new Float64Array(64);
let sortedDigits = new Float64Array(64);

/** Makes room for n digit counts in groupDigits. */
function digitRoom(n: number): void {
  if (groupDigits.length >= n) return;
  const more = new Float64Array(n * 2);
  more.set(groupDigits);
  groupDigits = more;
  sortedDigits = new Float64Array(n * 2);
}

/** The median (the upper one of an even count) of groupDigits[0…n): n ≥ 1. (Digit counts are never NaN, so an
 * insertion sort, or the typed array's own sort for many, orders them as a numeric comparison would.) */
function medianDigits(n: number): number {
  const s = sortedDigits;
  if (n > 32) {
    const part = s.subarray(0, n);
    part.set(groupDigits.subarray(0, n));
    part.sort();
  } else {
    for (let i = 0; i < n; i++) {
      const d = groupDigits[i]!;
      let j = i;
      for (; j > 0 && s[j - 1]! > d; j--) s[j] = s[j - 1]!;
      s[j] = d;
    }
  }
  return s[Math.floor(n / 2)]!;
}

/** Mean absolute deviation of groupDigits[0…n) from their median: what one group adds to spread(). */
function deviation(n: number): number {
  const m = medianDigits(n);
  let a = 0;
  for (let i = 0; i < n; i++) a += Math.abs(groupDigits[i]! - m);
  return a / n;
}

/** spread() of the rows' level values: how far each row's sizes stray from its median. */
function rowSpread(rows: (number | null)[][], level: boolean[]): number {
  let sum = 0, groups = 0;
  for (const v of rows) {
    digitRoom(v.length);
    let n = 0;
    for (let c = 0; c < v.length; c++) {
      const x = v[c];
      if (x != null && x !== 0 && level[c]) groupDigits[n++] = digits(x);
    }
    if (n < 2) continue;
    sum += deviation(n);
    groups++;
  }
  return groups ? sum / groups : 0;
}

/** spread() of the columns' level values: how far each column's sizes stray from its median. */
function columnSpread(rows: (number | null)[][], level: boolean[], C: number): number {
  let sum = 0, groups = 0;
  digitRoom(rows.length);
  for (let c = 0; c < C; c++) {
    let n = 0;
    if (level[c]) {
      for (const v of rows) {
        const x = v[c];
        if (x != null && x !== 0) groupDigits[n++] = digits(x);
      }
    }
    if (n < 2) continue;
    sum += deviation(n);
    groups++;
  }
  return groups ? sum / groups : 0;
}

/** Sorts a row's readings by cost as Array.prototype.sort would (stably), by insertion: they come nearly sorted.
 * (A cost that is not a number would make the comparison inconsistent: then the built-in sort decides as before.) */
function sortByCost(rs: Reading[]): void {
  for (const x of rs) {
    if (Number.isNaN(x.cost)) {
      rs.sort((a, b) => a.cost - b.cost);
      return;
    }
  }
  for (let i = 1; i < rs.length; i++) {
    const x = rs[i]!;
    let j = i;
    for (; j > 0 && rs[j - 1]!.cost - x.cost > 0; j--) rs[j] = rs[j - 1]!;
    rs[j] = x;
  }
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
  const targets = columns.some(isTargetColumn);
  const latestResult = budgeted || !targets ? -1 : latestActual(columns);
  // Results are measured for every row; targets are set for some: a row that prints fewer figures than the
  // table has columns leaves a target empty before a result.
  // (Where an Avvik column compares them, a row without this year's result prints its target all the same.)
  const targetCols = budgeted || columns.some((c) => c.role === 'variance') ? [] : columns.flatMap((c, i) => (isTargetColumn(c) ? [i] : []));
  // Code columns (KOSTRA art, voucher numbers) hold codes: no sizes, no sums, and a code goes nowhere else.
  const codes = labels.map((l) => CODE_COLUMN.test(l.trim()));
  const hasCodes = codes.some(Boolean);
  codes.forEach((isCode, c) => {
    if (isCode) levelColumns[c] = false;
  });

  const oneSpaced = oneSpacedRows(raw.map((r) => r.tokens));
  // What a reading of a row costs or gains by itself (reading-costs.ts). Its gains are worked out first: a reading
  // that costs more than `worst` before the costs that only add (sizes, codes, targets) is dropped without them.
  const extraFor = (r: RawRow): ExtraCost => (values, labelTokens, cells, prior, worst) => {
    const gains = IDENTITY_BONUS * (identityScore(values, ids) + sumColumnScore(values, sumCols));
    const lone = loneValueBonus(values, latestResult);
    const zero = loneZeroBonus(values, ids);
    // (A sum is never lowered by adding a number that is not negative, rounding included.)
    if (prior + (-gains - lone - zero) > worst) return Infinity;
    return rowMagnitudeCost(values, levelColumns) - gains - lone - zero + (hasCodes ? codeCost(values, cells(), codes, r.tokens[labelTokens]) : 0) + (targetCols.length ? targetEmptyCost(values, targetCols) : 0);
  };
  // The most a reading can gain: every identity and sum column holds, and a lone figure earns what it can.
  const loneBonuses = (latestResult >= 0 ? 1 : 0) + (ids.some((id) => !id.eitherSign) ? 1 : 0);
  const leastExtra = -IDENTITY_BONUS * (ids.length + sumCols.length) - loneBonuses * LONE_VALUE_BONUS;
  const cands: Reading[][] = raw.map((r) => {
    if (!r.tokens.length) return [];
    // Few empty cells first; more only when the arithmetic finds nothing among those.
    // Where the roles announce identities, more empty cells are worth trying (the arithmetic can tell them apart).
    return bestReadings(r.tokens, C, r.label, { extraEmpty: ids.some((id) => !id.eitherSign) ? MAX_EXTRA_EMPTY : 1, keep: KEEP, oneSpaced, extra: extraFor(r), leastExtra });
  });
  // A total and its parts in neighbouring columns: the groups that add up choose their rows' readings.
  const breakdown = breakdownColumns(labels);
  if (breakdown) chooseBreakdown(cands, breakdown);
  // Magnitudes: the usual number of digits of each column, from every row's best reading.
  const typical: (number | undefined)[] = [];
  // Rows with one reading only say it best (one such row is enough); the best readings of the others fill in.
  const sure = cands.filter((rs) => rs.length === 1 || (rs.length > 1 && rs[1]!.cost - rs[0]!.cost >= 1));
  // (The median of the digit counts of a column's values in the best readings of a set of rows.)
  const columnMedian = (set: Reading[][], c: number): number | undefined => {
    digitRoom(set.length);
    let n = 0;
    for (const rs of set) {
      const v = rs[0]?.values[c];
      if (v != null && v !== 0) groupDigits[n++] = digits(v);
    }
    return n ? medianDigits(n) : undefined;
  };
  for (let c = 0; c < C; c++) {
    if (codes[c]) {
      typical.push(undefined);
      continue;
    }
    const m = columnMedian(sure, c);
    typical.push(m !== undefined ? m : columnMedian(cands, c));
  }
  // Tables whose columns are years and whose rows are measures (kroner, users, shares) keep a size per row,
  // not per column: there the rows' own magnitudes (rowMagnitudeCost) say it, and the columns' would mislead.
  // (Budget tables keep both: a column of transfers or variances has a size of its own.)
  const bestRows: (number | null)[][] = [];
  for (const rs of sure.length >= 2 ? sure : cands) if (rs[0]) bestRows.push(rs[0].values);
  if (!budgeted && rowSpread(bestRows, levelColumns) < columnSpread(bestRows, levelColumns, C) - ROW_WISE_MARGIN) {
    typical.fill(undefined);
  }
  // Number format: a column prints decimals in (nearly) every row or in (nearly) none.
  const decimals: (boolean | undefined)[] = [];
  for (let c = 0; c < C; c++) {
    let n = 0, fractions = 0;
    for (const v of bestRows) {
      const x = v[c];
      if (x == null || x === 0) continue;
      n++;
      if (!Number.isInteger(x)) fractions++;
    }
    const share = fractions / n;
    decimals.push(n < 3 ? undefined : share >= FORMAT_AGREEMENT ? true : share <= 1 - FORMAT_AGREEMENT ? false : undefined);
  }
  // Columns of years ("ferdig (kv/år)": 2024): where the surely read rows print only years, nothing else goes.
  const yearCols: boolean[] = [];
  let hasYearCols = false;
  for (let c = 0; c < C; c++) {
    let n = 0, years = true;
    for (const rs of sure) {
      const v = rs[0]?.values[c];
      if (v == null) continue;
      n++;
      if (!isYearValue(v)) years = false;
    }
    yearCols.push(n > 0 && years);
    if (n > 0 && years) hasYearCols = true;
  }
  for (const rs of cands) {
    for (const x of rs) {
      const values = x.values;
      for (let c = 0; c < values.length; c++) {
        const v = values[c];
        if (v != null && v !== 0 && decimals[c] !== undefined && decimals[c] === Number.isInteger(v)) x.cost += FORMAT_COST;
        if (hasYearCols && v != null && yearCols[c] && !isYearValue(v)) x.cost += YEAR_COLUMN_COST;
      }
      for (let c = 0; c < values.length; c++) {
        const v = values[c];
        const t = typical[c];
        if (v == null || v === 0 || t === undefined) continue;
        const off = Math.abs(digits(v) - t) - MAGNITUDE_SLACK;
        if (off > 0) x.cost += off * MAGNITUDE_COST;
      }
    }
    sortByCost(rs);
  }
  // A table that groups thousands with dots ("-1.927.753") prints "-126.751" as thousands too, not decimals.
  let dotThousands = false;
  for (const r of raw) {
    for (const t of r.tokens) {
      if (DOT_GROUPED.test(t.text)) {
        dotThousands = true;
        break;
      }
    }
    if (dotThousands) break;
  }
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
