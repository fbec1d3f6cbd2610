import { describe, it, expect } from 'vitest';
import { sumScore, sumScorer } from '../../../core/variance/sum-checks.ts';
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
