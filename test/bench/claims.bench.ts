// Claims stage speed on the seed reports: extractClaims and crossCheckTables, warm, in-process, median (and
// fastest) of several runs, on the fixed golden inputs (seed lines + recorded tables), so it measures this
// stage alone. Target: both together ≤ ~5 ms on the 277 KB seed on a quiet machine.
import { existsSync } from 'node:fs';
import { extractClaims } from '../../core/claims/extract-claims.ts';
import { crossCheckTables } from '../../core/claims/cross-check.ts';
import { goldenInput, goldenSeeds, SEEDS_DIR } from '../unit/claims/helpers/golden.ts';

const WARM_UP = 15;
const RUNS = 31;

/** Median and fastest time of f, in ms. */
function timeOf(f: () => unknown): { median: number; min: number } {
  for (let i = 0; i < WARM_UP; i++) f();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, min: times[0] ?? 0 };
}

const ms = (t: { median: number; min: number }) => `${t.median.toFixed(2)} ms (min ${t.min.toFixed(2)})`;

export default async function bench(): Promise<void> {
  if (!existsSync(SEEDS_DIR)) {
    console.log(`claims: no seeds at ${SEEDS_DIR}`);
    return;
  }
  for (const name of goldenSeeds()) {
    const { lines, tables } = goldenInput(name);
    const claims = timeOf(() => extractClaims(lines, tables));
    const cross = timeOf(() => crossCheckTables(tables, lines));
    console.log(`claims: ${name} (${lines.length} lines, ${tables.length} tables)  extractClaims ${ms(claims)}  crossCheckTables ${ms(cross)}  together ${(claims.median + cross.median).toFixed(2)} ms`);
  }
}
