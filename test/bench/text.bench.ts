// Text engine throughput on the three seed reports: warm, in-process, median of several runs; peak memory.
// Target (issue 3): ≥ 10 MB/s on this 2-core machine.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportText } from '../../core/index.ts';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url).pathname;
const RUNS = 9;

export default async function bench(): Promise<void> {
  if (!existsSync(SEEDS)) {
    console.log(`text engine: no seeds at ${SEEDS}`);
    return;
  }
  let totalBytes = 0;
  let totalMs = 0;
  let peak = process.memoryUsage().rss;
  for (const f of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(SEEDS, f), 'utf8');
    const bytes = Buffer.byteLength(text);
    parseReportText(text, { name: f }); // warm-up
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      parseReportText(text, { name: f });
      times.push(performance.now() - t0);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    totalBytes += bytes;
    totalMs += median;
    console.log(`text engine: ${f} ${(bytes / 1024).toFixed(0)} KB  median ${median.toFixed(1)} ms  ${(bytes / 1e6 / (median / 1000)).toFixed(2)} MB/s`);
  }
  console.log(`text engine: all seeds ${(totalBytes / 1e6 / (totalMs / 1000)).toFixed(2)} MB/s (target ≥ 10 MB/s), peak RSS ${(peak / 1048576).toFixed(0)} MB`);
}
