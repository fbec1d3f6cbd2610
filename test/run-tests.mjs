#!/usr/bin/env node
// `npm test`: typecheck, unit tests, then real-browser tests (after building the extension and widget when
// their output is missing or older than the sources). Ends with one plain line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './e2e/ensure-chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const tmp = join(root, 'node_modules', '.cache', 'tallsjekk-test');
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
let passed = 0;
let failed = 0;

function run(label, cmd, args) {
  console.log(`\n== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  return r.status === 0;
}

function vitest(label, config, report) {
  const ok = run(label, 'npx', ['vitest', 'run', '-c', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    failed++;
    console.log(`${label}: no report (vitest did not run)`);
    return;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A file that fails to load counts as a failure even though it holds no test result.
  const broken = (r.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  failed += broken;
  if (!ok && r.numFailedTests === 0 && broken === 0) failed++;
}

const only = process.argv[2];
if (!only || only === 'typecheck') {
  if (run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) && run('typecheck core', 'npx', ['tsc', '--noEmit', '-p', 'core/tsconfig.json'])) passed++;
  else failed++;
}
if (!only || only === 'unit') vitest('unit tests', 'test/vitest.config.ts', join(tmp, 'unit.json'));
if (!only || only === 'e2e') {
  if (!ensureChromium()) failed++;
  else if (!run('build', 'npm', ['run', 'build', '--silent'])) failed++;
  else vitest('browser tests', 'test/e2e/vitest.config.ts', join(tmp, 'e2e.json'));
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
