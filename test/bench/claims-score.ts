// Benchmark: claims and cross-table checks on the seed reports, scored by ../shared/bench/seeds/score.mjs.
// Usage: npx tsx test/bench/claims-score.ts [--tables truth|engine] [--pdf] [--verbose]
//   truth  (default): tables come from the hand-checked ground truth, so only claims/cross-checks are measured;
//   engine: tables come from parseReportText (core/index.ts), the real pipeline's input;
//   --pdf: the re-typeset seed PDFs (test/fixtures/pdf) through parseReportPdf, scored against their page truth.
// Also lists every claim flagged inconsistent that the truth does not flag (a consistent claim flagged).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extraction, Table } from '../../core/model.ts';
import { textToLines } from '../../core/text/to-lines.ts';
import { extractClaims } from '../../core/claims/extract-claims.ts';
import { crossCheckTables } from '../../core/claims/cross-check.ts';
import { loadSeedText, loadTruth, seedNames, SHARED, truthTables } from '../unit/claims/helpers/gt-tables.ts';

const args = process.argv.slice(2);
const mode = args[args.indexOf('--tables') + 1] === 'engine' ? 'engine' : 'truth';
const verbose = args.includes('--verbose');

/** The real text pipeline's tables: parseReportText when core/index.ts has it, else the text front end directly. */
async function engineTables(text: string, name: string): Promise<Table[]> {
  const core = (await import('../../core/index.ts')) as {
    parseReportText?: (t: string, o: { name: string }) => Extraction;
    tablesFromLines?: (lines: ReturnType<typeof textToLines>, o: { name: string }) => Table[];
  };
  if (core.parseReportText !== undefined) return core.parseReportText(text, { name }).tables;
  if (core.tablesFromLines !== undefined) return core.tablesFromLines(textToLines(text), { name });
  throw new Error('core/index.ts exports neither parseReportText nor tablesFromLines yet');
}

const dir = mkdtempSync(join(tmpdir(), 'claims-score-'));
if (args.includes('--pdf')) {
  const pdfDir = new URL('../fixtures/pdf/', import.meta.url).pathname;
  const { parseReportPdf } = (await import('../../core/io/parse-pdf.ts')) as {
    parseReportPdf: (b: Uint8Array, o: { name: string }) => Promise<Extraction>;
  };
  for (const f of readdirSync(join(pdfDir, 'truth')).filter((x) => x.endsWith('.json'))) {
    const name = f.replace(/\.json$/, '');
    const ex = await parseReportPdf(new Uint8Array(readFileSync(join(pdfDir, `${name}.pdf`))), { name });
    writeFileSync(join(dir, f), JSON.stringify(ex));
    const flagged = ex.claims.filter((c) => c.verdict === 'inconsistent');
    console.log(`${name}: claims ${ex.claims.length}, inconsistent ${flagged.length}, with box ${ex.claims.filter((c) => c.box).length}, cross-checks failed ${ex.crossChecks.filter((c) => !c.ok).length}`);
    for (const c of verbose ? ex.claims : flagged) console.log(`  p${c.page} ${c.verdict} ${c.amountNok} "${c.text}" — ${c.reason}`);
  }
  console.log(execFileSync('node', [join(SHARED, 'bench/seeds/score.mjs'), '--gt-dir', join(pdfDir, 'truth'), '--pred-dir', dir], { encoding: 'utf8' }));
  process.exit(0);
}
for (const name of seedNames()) {
  const text = loadSeedText(name);
  const tables = mode === 'engine' ? await engineTables(text, name) : truthTables(name);
  const lines = textToLines(text);
  const claims = extractClaims(lines, tables);
  const crossChecks = crossCheckTables(tables, lines);
  const extraction: Extraction = {
    version: 1, source: { name, kind: 'text', sha256: '' }, tables, claims, crossChecks, warnings: [],
  };
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(extraction));
  const truth = loadTruth(name);
  const badLines = truth.tables.flatMap((t) => t.identities ?? []).filter((x) => x.kind === 'claim')
    .flatMap((x) => [...x.expr.matchAll(/line (\d+)/g)].map((m) => Number(m[1])));
  const falseFlags = claims.filter((c) => c.verdict === 'inconsistent' && !badLines.some((l) => Math.abs((c.line ?? 0) - l) <= 3));
  const counts = { consistent: 0, inconsistent: 0, unmatched: 0 };
  for (const c of claims) counts[c.verdict]++;
  console.log(`${name}: verdicts ${JSON.stringify(counts)}; flagged but not in the truth: ${falseFlags.length}; ` +
    `cross-checks ${crossChecks.length} (failed ${crossChecks.filter((c) => !c.ok).length})`);
  for (const c of verbose ? claims : falseFlags) console.log(`  line ${c.line} ${c.verdict} ${c.kind} ${c.amountNok} "${c.text}" — ${c.reason}`);
  if (verbose) for (const x of crossChecks.filter((c) => !c.ok)) console.log(`  cross ${x.a.table}[${x.a.row},${x.a.column}]=${x.printedA} vs ${x.b.table}[${x.b.row},${x.b.column}]=${x.printedB}`);
}
console.log(execFileSync('node', [join(SHARED, 'bench/seeds/score.mjs'), '--gt-dir', join(SHARED, 'groundtruth'), '--pred-dir', dir], { encoding: 'utf8' }));
