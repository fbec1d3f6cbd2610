// Golden inputs and outputs of the claims stage on the seed reports, independent of the table engine: the
// tables were read once (by parseReportText at the time of recording) into test/fixtures/claims/golden/
// <seed>.tables.json, and the stage's output on them into <seed>.json; the hand-checked truth tables
// (../shared/groundtruth, read-only) give a second input, output in <seed>.truth.json. Record again (only when
// the output is meant to change): npx tsx test/unit/claims/helpers/golden.ts --record [--tables]

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, CrossCheck, Line, Table } from '../../../../core/model.ts';
import { textToLines } from '../../../../core/text/to-lines.ts';
import { extractClaims } from '../../../../core/claims/extract-claims.ts';
import { crossCheckTables } from '../../../../core/claims/cross-check.ts';
import { truthTables } from './gt-tables.ts';

export const SEEDS_DIR = '/work/shared/seeds';
export const GOLDEN_DIR = new URL('../../../fixtures/claims/golden/', import.meta.url).pathname;

export interface GoldenOutput { claims: Claim[]; crossChecks: CrossCheck[] }
export interface GoldenInput { name: string; lines: Line[]; tables: Table[] }
/** engine: the tables parseReportText read when recorded; truth: the ground-truth tables. */
export type GoldenTables = 'engine' | 'truth';

export function goldenSeeds(): string[] {
  return readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => f.replace(/\.txt$/, ''));
}

export function goldenInput(name: string, source: GoldenTables = 'engine'): GoldenInput {
  const lines = textToLines(readFileSync(join(SEEDS_DIR, `${name}.txt`), 'utf8'));
  const tables = source === 'truth' ? truthTables(name) : (JSON.parse(readFileSync(join(GOLDEN_DIR, `${name}.tables.json`), 'utf8')) as Table[]);
  return { name, lines, tables };
}

const outputFile = (name: string, source: GoldenTables) => join(GOLDEN_DIR, source === 'truth' ? `${name}.truth.json` : `${name}.json`);

/** The stage's output as JSON sees it (no undefined fields), so it compares with the recorded file. */
export function runStage(input: GoldenInput): GoldenOutput {
  const claims = extractClaims(input.lines, input.tables);
  const crossChecks = crossCheckTables(input.tables, input.lines);
  return JSON.parse(JSON.stringify({ claims, crossChecks })) as GoldenOutput;
}

export function goldenOutput(name: string, source: GoldenTables = 'engine'): GoldenOutput {
  return JSON.parse(readFileSync(outputFile(name, source), 'utf8')) as GoldenOutput;
}

async function record(): Promise<void> {
  const { parseReportText } = await import('../../../../core/index.ts');
  for (const name of goldenSeeds()) {
    const tablesFile = join(GOLDEN_DIR, `${name}.tables.json`);
    if (!existsSync(tablesFile) || process.argv.includes('--tables')) {
      const ex = parseReportText(readFileSync(join(SEEDS_DIR, `${name}.txt`), 'utf8'), { name });
      writeFileSync(tablesFile, `${JSON.stringify(ex.tables)}\n`);
    }
    for (const source of ['engine', 'truth'] as const) {
      const out = runStage(goldenInput(name, source));
      writeFileSync(outputFile(name, source), `${JSON.stringify(out, null, 1)}\n`);
      console.log(`${name} (${source} tables): ${out.claims.length} claims, ${out.crossChecks.length} cross-checks`);
    }
  }
}

if (process.argv.includes('--record')) await record();
