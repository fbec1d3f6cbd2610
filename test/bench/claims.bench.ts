// Claims stage speed on the seed reports: extractClaims and crossCheckTables, warm, in-process, median of
// several runs, on the fixed golden inputs (seed lines + recorded tables), so it measures this stage alone.
// Target: both together ≤ ~5 ms on the 277 KB seed on a quiet machine (the whole text pipeline ≥ 10 MB/s).
import { existsSync } from 'node:fs';
import { extractClaims } from '../../core/claims/extract-claims.ts';
import { crossCheckTables } from '../../core/claims/cross-check.ts';
import { goldenInput, goldenSeeds, SEEDS_DIR } from '../unit/claims/helpers/golden.ts';

const RUNS = 15;

function median(f: () => unknown): number {
  f(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export default async function bench(): Promise<void> {
  if (!existsSync(SEEDS_DIR)) {
    console.log(`claims: no seeds at ${SEEDS_DIR}`);
    return;
  }
  for (const name of goldenSeeds()) {
    const { lines, tables } = goldenInput(name);
    const claims = median(() => extractClaims(lines, tables));
    const cross = median(() => crossCheckTables(tables, lines));
    console.log(`claims: ${name} (${lines.length} lines, ${tables.length} tables)  extractClaims ${claims.toFixed(2)} ms  crossCheckTables ${cross.toFixed(2)} ms  together ${(claims + cross).toFixed(2)} ms`);
  }
}
