// PDF engine figures: for every report PDF of 40+ pages in test/fixtures/pdf (or a generated one when
// there is none), total extraction time as a ratio to the bare pdf.js pass (getTextContent +
// getOperatorList on every page, same process, medians of warm runs), time to the first table, peak
// memory; peak heap while reading a generated 500-page PDF; then the ICDAR 2013 EU figures.
// `node --import tsx test/bench/pdf.bench.ts` or `npm run bench pdf`.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { openPdf, readPageBare } from '../../core/io/load-pdf.ts';
import { parseReportPdf } from '../../core/io/parse-pdf.ts';
import { layoutTable, makePdf, type PdfPageSpec } from '../unit/pdf/make-pdf.ts';
import { OSLO_HEADER, osloRows } from '../unit/pdf/oslo-table.ts';
import { runIcdar } from './icdar.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/pdf/', import.meta.url));
const MIN_PAGES = 40;
/** Interleaved bare/full pairs per report; BENCH_RUNS overrides (more runs, steadier minimum on a busy machine). */
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

// A collection before every timed run keeps one run's garbage out of the next run's time.
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;

async function pageCount(bytes: Uint8Array): Promise<number> {
  const doc = await openPdf(bytes.slice()).promise;
  const n = doc.numPages;
  await doc.destroy();
  return n;
}

/** CPU milliseconds (user + system) of this process since `start`: steadier than wall time on a busy machine. */
function cpuSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

async function barePass(bytes: Uint8Array): Promise<{ ms: number; cpu: number }> {
  gc();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const doc = await openPdf(bytes.slice()).promise;
  for (let p = 1; p <= doc.numPages; p++) await readPageBare(doc, p);
  await doc.destroy();
  return { ms: performance.now() - t0, cpu: cpuSince(c0) };
}

async function fullPass(bytes: Uint8Array): Promise<{ ms: number; cpu: number; firstTableMs: number; tables: number; peakRss: number }> {
  gc();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let firstTableMs = NaN;
  let peakRss = process.memoryUsage.rss();
  const x = await parseReportPdf(bytes.slice(), {
    onProgress: (p) => {
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
      if (p.tables?.length && Number.isNaN(firstTableMs)) firstTableMs = performance.now() - t0;
    },
  });
  return { ms: performance.now() - t0, cpu: cpuSince(c0), firstTableMs, tables: x.tables.length, peakRss };
}

/** A long generated report: a table and some prose on every page. */
function generatedReport(pages: number): Uint8Array {
  const specs: PdfPageSpec[] = [];
  for (let i = 0; i < pages; i++) {
    const t = layoutTable({ title: `Tabell ${i + 1} Netto driftsutgifter (tall i 1000 kr)`, header: OSLO_HEADER, rows: osloRows(20, i), left: 60, rights: [330, 420, 510], top: 600, rules: (['none', 'horizontal', 'grid'] as const)[i % 3] });
    const prose = Array.from({ length: 6 }, (_, k) => ({ x: 60, y: 780 - k * 13, text: `Bydelen hadde i ${2020 + (k % 5)} et merforbruk på ${k + 1},${i % 10} mill. kroner innen tjenesteområdet ${i}.` }));
    specs.push({ texts: [...prose, ...t.texts], lines: t.lines });
  }
  return makePdf(specs);
}

async function reportFigures(name: string, bytes: Uint8Array): Promise<void> {
  const pages = await pageCount(bytes);
  await barePass(bytes);
  await fullPass(bytes); // warm-up: module load and JIT
  const bare: Awaited<ReturnType<typeof barePass>>[] = [];
  const full: Awaited<ReturnType<typeof fullPass>>[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(await barePass(bytes));
    full.push(await fullPass(bytes));
  }
  // Ratio of CPU time, fastest of interleaved runs (least disturbed by other work on the machine); the
  // median of each pair's ratio (runs next to each other see the same load) and wall-clock medians alongside.
  const bCpu = Math.min(...bare.map((r) => r.cpu));
  const fCpu = Math.min(...full.map((r) => r.cpu));
  const pairs = median(full.map((r, i) => r.cpu / bare[i]!.cpu));
  const bWall = median(bare.map((r) => r.ms));
  const fWall = median(full.map((r) => r.ms));
  const first = median(full.map((r) => r.firstTableMs));
  const peak = Math.max(...full.map((r) => r.peakRss));
  console.log(
    `${name}: ${pages} pages, ${full[0]!.tables} tables | bare pdf.js ${bCpu.toFixed(0)} ms CPU | extraction ${fCpu.toFixed(0)} ms CPU | ratio ${(fCpu / bCpu).toFixed(2)}× (target ≤ 1.25×; median of ${RUNS} pairs ${pairs.toFixed(2)}×) | wall medians ${bWall.toFixed(0)} / ${fWall.toFixed(0)} ms (${(fWall / bWall).toFixed(2)}×) | first table ${first.toFixed(0)} ms | peak RSS ${mb(peak)}`,
  );
}

async function memoryFigures(pages: number): Promise<void> {
  const bytes = generatedReport(pages);
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const t0 = performance.now();
  const x = await parseReportPdf(bytes, { onProgress: () => void (peak = Math.max(peak, process.memoryUsage().heapUsed)) });
  console.log(
    `generated ${pages}-page report (${mb(bytes.byteLength)}): ${x.tables.length} tables in ${((performance.now() - t0) / 1000).toFixed(1)} s | peak heap ${mb(peak)} (start ${mb(before)})`,
  );
}

export default async function pdfBench(): Promise<void> {
  const reports = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((f) => f.endsWith('.pdf')).sort() : [];
  let measured = 0;
  for (const f of reports) {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, f)));
    if ((await pageCount(bytes).catch(() => 0)) < MIN_PAGES) continue;
    await reportFigures(f, bytes);
    measured++;
  }
  if (!measured) await reportFigures(`generated ${MIN_PAGES + 10}-page report`, generatedReport(MIN_PAGES + 10));
  await memoryFigures(Number(process.env.BENCH_LONG_PAGES ?? 500));
  const icdar = await runIcdar();
  if (icdar) console.log(`ICDAR 2013 EU: table-structure F1 ${icdar.structureF1.toFixed(4)} (target ≥ 0.85) | detection F1 by area ${icdar.detectionAreaF1.toFixed(4)} (target ≥ 0.90)`);
  else console.log('ICDAR 2013 EU: data not found (set ICDAR_DIR)');
}

if (import.meta.url === `file://${process.argv[1]}`) await pdfBench();
