// The seed reports end to end through claims and cross-checks, with the hand-checked truth tables as input
// (so this measures the claim stage alone). Thresholds are the acceptance bar, not the current score.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossCheckTables } from '../../../core/claims/cross-check.ts';
import { extractClaims } from '../../../core/claims/extract-claims.ts';
import { textToLines } from '../../../core/text/to-lines.ts';
import { loadSeedText, loadTruth, seedNames, SHARED, truthTables } from './helpers/gt-tables.ts';

const MONEY_CLAIM = /mill|kr|kroner|avvik/i;

describe.skipIf(!existsSync(`${SHARED}/groundtruth`))('claims on the seed reports', () => {
  const runs = seedNames().map((name) => {
    const truth = loadTruth(name);
    const tables = truthTables(name);
    return { name, truth, tables, claims: extractClaims(textToLines(loadSeedText(name)), tables) };
  });

  it('finds at least 95 % of the true claims and predicts at most 10 % that are not in the truth', () => {
    let found = 0;
    let total = 0;
    let predicted = 0;
    for (const { truth, claims } of runs) {
      const used = new Set<number>();
      for (const g of truth.claims) {
        const i = claims.findIndex((c, k) => !used.has(k) && Math.abs(c.amountNok - g.amount_nok) <= 1 && Math.abs((c.line ?? 0) - g.line) <= 3);
        if (i >= 0) used.add(i);
      }
      found += used.size;
      total += truth.claims.length;
      predicted += claims.length;
    }
    expect(found / total).toBeGreaterThanOrEqual(0.95);
    expect((predicted - found) / predicted).toBeLessThanOrEqual(0.1);
  });

  it('flags every amount claim the truth records as inconsistent, and no other', () => {
    for (const { truth, claims } of runs) {
      const bad = truth.tables.flatMap((t) => t.identities ?? []).filter((x) => x.kind === 'claim' && MONEY_CLAIM.test(x.expr));
      const lines = bad.map((x) => Number(/line (\d+)/.exec(x.expr)?.[1]));
      const flagged = claims.filter((c) => c.verdict === 'inconsistent').map((c) => c.line ?? 0);
      for (const l of lines) expect(flagged.some((f) => Math.abs(f - l) <= 3), `line ${l}`).toBe(true);
      for (const f of flagged) expect(lines.some((l) => Math.abs(f - l) <= 3), `flagged line ${f}`).toBe(true);
    }
  });

  it('fails a cross-check for the figures the truth records as printed differently in two tables, and for no other', () => {
    for (const { name, truth, tables } of runs) {
      const want = truth.tables.flatMap((t) => t.identities ?? []).filter((x) => x.kind === 'cross-table' && Math.abs(x.delta) > 1).map((x) => Math.abs(x.delta));
      const failed = crossCheckTables(tables, textToLines(loadSeedText(name))).filter((c) => !c.ok);
      // Each failed check is one of the truth's; each truth identity is found at most once.
      for (const c of failed) {
        const k = want.findIndex((d) => Math.abs(d - Math.abs(c.delta)) < 1e-6);
        expect(k, `${name}: failed cross-check ${c.a.table}/${c.a.row} vs ${c.b.table}/${c.b.row}, delta ${c.delta}`).toBeGreaterThanOrEqual(0);
        want.splice(k, 1);
      }
      expect(want, `${name}: missed`).toEqual([]);
    }
  });
});
