import { describe, it, expect } from 'vitest';
import { sumCandidates, sumScore, sumScorer } from '../../../core/variance/sum-checks.ts';
import type { Row, RowKind } from '../../../core/model.ts';

describe('sumScorer', () => {
  it('gives what sumScore gives, however the rows are read in turn', () => {
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const kinds: RowKind[] = ['item', 'item', 'item', 'subtotal', 'total', 'header'];
    const labels = ['Sum', 'Totalt antall tiltak', 'Tiltak per år', 'Antall tiltak', 'Lønn', 'Sum lønn', 'Netto', 'Drift'];
    for (let round = 0; round < 300; round++) {
      const n = 2 + Math.floor(rand() * 12);
      const C = 1 + Math.floor(rand() * 5);
      // Few values (sums that hold, miss by a little or by far), decimals, zeros, empty cells, now and then NaN.
      const pool = [null, null, 0, -0, 1, 2, 3, 5, 10, 0.5, 1.25, -4, 100, 12.3, rand() < 0.1 ? NaN : 7];
      const rowKinds = Array.from({ length: n }, () => pick(kinds));
      const rows: Row[] = rowKinds.map((kind) => ({ label: pick(labels), kind, values: new Array<number | null>(C).fill(null) }));
      // Each row's readings: arrays that are never changed, as the readings' values.
      const readings = rows.map(() => Array.from({ length: 1 + Math.floor(rand() * 4) }, () => Array.from({ length: C }, () => pick(pool))));
      for (const r of readings) {
        // A sum of the rows above as one reading, now and then.
        if (rand() < 0.5) r.push(Array.from({ length: C }, (_, c) => readings.slice(0, readings.indexOf(r)).reduce((s, x) => s + (x[0]![c] ?? 0), 0)));
      }
      const missWeight = pick([0.05, 0, 1]);
      const score = sumScorer(rows, rowKinds, C, missWeight);
      const choice = rows.map(() => 0);
      for (let call = 0; call < 40; call++) {
        // One, two or three rows read otherwise (or none).
        const changes = Math.floor(rand() * 4);
        for (let k = 0; k < changes; k++) {
          const i = Math.floor(rand() * n);
          choice[i] = Math.floor(rand() * readings[i]!.length);
        }
        const values = choice.map((k, i) => readings[i]![k]!);
        const expected = sumScore(rows.map((r, i) => ({ ...r, values: values[i]! })), rowKinds, C, missWeight);
        expect(score(values)).toEqual(expected);
      }
    }
  });
});

/** A sum row's candidates as first written, one sum row at a time (the oracle for sumCandidates). */
function referenceCandidates(kinds: RowKind[], rows: Row[], i: number): { rows: number[] }[] {
  const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);
  const wordsOf = (label: string) => new Set(label.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4));
  const SUM_WORDS = new Set(['sum', 'summ', 'totalt', 'total', 'til', 'sammen', 'samlet', 'alt', 'alle', 'netto', 'brutto']);
  const out: { rows: number[] }[] = [];
  let start = 0;
  for (let j = i - 1; j >= 0; j--) if (kinds[j] === 'subtotal' || kinds[j] === 'total') { start = j + 1; break; }
  const sinceLast = range(start, i).filter((j) => kinds[j] === 'item');
  if (sinceLast.length) out.push({ rows: sinceLast });
  const sumsAbove = range(0, i).filter((j) => kinds[j] === 'subtotal' || kinds[j] === 'total');
  if (sumsAbove.length) {
    const lastSum = sumsAbove[sumsAbove.length - 1]!;
    out.push({ rows: [lastSum, ...sinceLast] });
    const covered = new Set<number>();
    let s = 0;
    for (const j of sumsAbove) {
      for (let k = s; k < j; k++) covered.add(k);
      s = j + 1;
    }
    const loose = range(0, i).filter((j) => kinds[j] === 'item' && !covered.has(j));
    out.push({ rows: [...sumsAbove.filter((j) => kinds[j] === 'subtotal'), ...loose] });
    out.push({ rows: range(0, i).filter((j) => kinds[j] === 'item') });
  }
  const block: number[] = [];
  for (let j = i - 1; j >= 0 && kinds[j] === 'item'; j--) block.unshift(j);
  if (block.length && block.length !== sinceLast.length) out.push({ rows: block });
  const items = range(0, i).filter((j) => kinds[j] === 'item');
  for (const word of [...wordsOf(rows[i]!.label)].filter((w) => !SUM_WORDS.has(w))) {
    const named = items.filter((j) => wordsOf(rows[j]!.label).has(word));
    if (named.length >= 2 && named.length < items.length) out.push({ rows: named });
  }
  return out.filter((c) => c.rows.length > 0 && rows.length > 0);
}

describe('sumCandidates', () => {
  it('lists each sum row\'s candidates as they were found one sum row at a time', () => {
    let seed = 5;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const kinds: RowKind[] = ['item', 'item', 'item', 'subtotal', 'total', 'header'];
    const labels = ['Sum', 'Totalt antall tiltak', 'Tiltak per år', 'Antall tiltak', 'Lønn', 'Sum lønn', 'Netto lønn og drift', 'Drift', 'Sum drift og tiltak'];
    for (let round = 0; round < 500; round++) {
      const n = 1 + Math.floor(rand() * 16);
      const rowKinds = Array.from({ length: n }, () => pick(kinds));
      const rows: Row[] = rowKinds.map((kind) => ({ label: pick(labels), kind, values: [] }));
      const byRow = sumCandidates(rowKinds, rows);
      rowKinds.forEach((k, i) => {
        expect(byRow[i]).toEqual(k === 'subtotal' || k === 'total' ? referenceCandidates(rowKinds, rows, i) : undefined);
      });
    }
  });
});
