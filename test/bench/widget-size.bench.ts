// Size of the embeddable widget, gzipped (level 9): the first script a page loads, and everything the widget
// can load for an inline snapshot with its chart (first script + chart.js chunk + the src loader chunk).
// The PDF parser worker (pdf.js + the core, only fetched for `src=` widgets) is reported on its own line.
// Builds the widget first when .output/widget is missing or older than widget/ or core/.
// Budgets (issue 7): first script ≤ 15 KB, everything together ≤ 80 KB (1 KB = 1000 bytes here, the stricter reading).

import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = new URL('../..', import.meta.url).pathname;
const OUT = join(ROOT, '.output', 'widget');
const FIRST_BUDGET = 15_000;
const TOTAL_BUDGET = 80_000;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

function newest(paths: string[]): number {
  return Math.max(0, ...paths.map((p) => statSync(p).mtimeMs));
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

export default async function widgetSize(): Promise<void> {
  const entry = join(OUT, 'tallsjekk-widget.js');
  const sources = [...files(join(ROOT, 'widget')), ...files(join(ROOT, 'core'))].filter((p) => /\.(tsx?|html)$/.test(p));
  if (!existsSync(entry) || newest(sources) > statSync(entry).mtimeMs) {
    console.log('widget-size: building the widget (npm run build:widget) …');
    execSync('npm run build:widget', { cwd: ROOT, stdio: 'pipe' });
  }
  const js = files(OUT).filter((p) => p.endsWith('.js'));
  const worker = js.filter((p) => relative(OUT, p).startsWith('assets/'));
  const iife = join(OUT, 'tallsjekk-widget.iife.js');
  const lazy = js.filter((p) => p !== entry && p !== iife && !worker.includes(p));
  const first = gz(entry);
  const together = first + lazy.reduce((n, p) => n + gz(p), 0);
  const parser = worker.reduce((n, p) => n + gz(p), 0);
  const rows: [string, number, string][] = [
    ['first script (tallsjekk-widget.js)', first, `budget ${kb(FIRST_BUDGET)}`],
    ['classic script (tallsjekk-widget.iife.js)', existsSync(iife) ? gz(iife) : 0, 'alternative first script'],
    ...lazy.map((p): [string, number, string] => [`  lazy ${relative(OUT, p)}`, gz(p), '']),
    ['everything together (first + lazy chunks, chart.js included)', together, `budget ${kb(TOTAL_BUDGET)}`],
    ['PDF parser worker, only for src= (pdf.js + core)', parser, 'not in the budget'],
  ];
  for (const [name, bytes, note] of rows) console.log(`widget-size: ${name.padEnd(64)} ${kb(bytes).padStart(9)} gz  ${note}`);
  const over = [first > FIRST_BUDGET && 'first script', together > TOTAL_BUDGET && 'everything together'].filter(Boolean);
  console.log(`widget-size: ${over.length ? `OVER BUDGET: ${over.join(', ')}` : 'within budget'}`);
  if (over.length) throw new Error(`widget size over budget: ${over.join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await widgetSize();
