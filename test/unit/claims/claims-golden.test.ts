// The claims stage's output on the seed reports may not change when the stage is rewritten (for speed):
// extractClaims and crossCheckTables on fixed inputs (the seed lines, and tables recorded once from
// parseReportText or taken from the ground truth) give exactly the recorded claims and cross-checks.
// Fixed tables keep this independent of the table engine improving. Recording: helpers/golden.ts.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenInput, goldenOutput, goldenSeeds, runStage, SEEDS_DIR } from './helpers/golden.ts';

describe.skipIf(!existsSync(SEEDS_DIR))('claims golden output on the seeds', () => {
  for (const name of goldenSeeds()) {
    for (const source of ['engine', 'truth'] as const) {
      it(`${name} (${source} tables): claims and cross-checks as recorded`, () => {
        const want = goldenOutput(name, source);
        const got = runStage(goldenInput(name, source));
        expect(got.claims).toEqual(want.claims);
        expect(got.crossChecks).toEqual(want.crossChecks);
      });
    }
  }
});
