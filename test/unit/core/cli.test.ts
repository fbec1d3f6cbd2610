// The command line end to end, as a user runs it: `tallsjekk extract FILE… [--format] [--out]`.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

const CLI = new URL('../../../core/cli/tallsjekk.mjs', import.meta.url).pathname;
const run = (...args: string[]) => spawnSync('node', [CLI, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
const dir = mkdtempSync(join(tmpdir(), 'tallsjekk-cli-'));
const REPORT = `Årsberetning 2024 Bydel Testby
Tabell 0.1 B Netto driftsutgifter
Tall i 1000 kr
Netto driftsutgifter Regulert budsjett 2024 Regnskap 2024 Avvik 2024
FO1 Administrasjon 25 646 61 465 -35 819
FO2 Barnehager 623 540 628 150 -4 610
Sum 649 186 689 615 -40 429
Bydelen har et merforbruk på 40,4 mill. kroner i 2024, og det skyldes i hovedsak administrasjonen.
`;

describe('tallsjekk', () => {
  beforeAll(() => {
    writeFileSync(join(dir, 'rapport.txt'), REPORT);
    writeFileSync(join(dir, 'tom.txt'), '');
    writeFileSync(join(dir, 'binaer.txt'), randomBytes(4096));
    writeFileSync(join(dir, 'side.html'), `<html><body><h1>Årsberetning</h1><table><tr><th></th><th>Regulert budsjett 2024</th><th>Regnskap 2024</th><th>Avvik 2024</th></tr><tr><td>FO1 Administrasjon</td><td>25 646</td><td>61 465</td><td>-35 819</td></tr><tr><td>FO2 Barnehager</td><td>623 540</td><td>628 150</td><td>-4 610</td></tr></table><script>alert(1)</script></body></html>`);
  });

  it('prints --version and --help', () => {
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('tallsjekk extract FILE');
  });

  it('prints one Extraction for one text file', () => {
    const r = run('extract', join(dir, 'rapport.txt'), '--format', 'json');
    expect(r.status).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(x.version).toBe(1);
    expect(x.source).toMatchObject({ name: 'rapport.txt', kind: 'text' });
    expect(x.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(x.tables[0].rows[0].values).toEqual([25646, 61465, -35819]);
    expect(x.tables[0].variances[0]).toMatchObject({ direction: 'overspend' });
  });

  it('reads an HTML page, its tables and none of its scripts', () => {
    const x = JSON.parse(run('extract', join(dir, 'side.html')).stdout);
    expect(x.source.kind).toBe('html');
    expect(x.tables[0].rows.map((r: { values: number[] }) => r.values)).toEqual([[25646, 61465, -35819], [623540, 628150, -4610]]);
  });

  it('writes CSV with plain decimals, and Markdown with the findings first', () => {
    const csv = run('extract', join(dir, 'rapport.txt'), '--format', 'csv').stdout;
    expect(csv).toContain('FO1 Administrasjon,25646,61465,-35819');
    const md = run('extract', join(dir, 'rapport.txt'), '--format', 'md').stdout;
    expect(md).toContain('## Største merforbruk');
    expect(md.indexOf('## Største merforbruk')).toBeLessThan(md.indexOf('## Tabeller'));
  });

  it('exits 2 with one clear line for a missing file, a binary file and an unknown format', () => {
    for (const args of [['extract', join(dir, 'missing.pdf')], ['extract', join(dir, 'binaer.txt')], ['extract', join(dir, 'rapport.txt'), '--format', 'xml']]) {
      const r = run(...args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(run('extract', join(dir, 'missing.pdf')).stderr).toMatch(/no such file/);
  });

  it('reads an empty file as an Extraction with a warning, exit 0', () => {
    const r = run('extract', join(dir, 'tom.txt'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).warnings.length).toBeGreaterThan(0);
  });

  it('writes DIR/<stem>.json per file with --out, goes on after a bad file and exits 2', () => {
    const out = join(dir, 'out');
    const r = run('extract', join(dir, 'rapport.txt'), join(dir, 'missing.txt'), join(dir, 'side.html'), '--out', out);
    expect(r.status).toBe(2);
    expect(readdirSync(out).sort()).toEqual(['rapport.json', 'side.json']);
    expect(JSON.parse(readFileSync(join(out, 'rapport.json'), 'utf8')).version).toBe(1);
  });

  it('survives a text with one enormous line and a few MB of random text', () => {
    writeFileSync(join(dir, 'line.txt'), '1 2 3 '.repeat(400_000));
    expect(run('extract', join(dir, 'line.txt')).status).toBe(0);
    const words = ['kr', '12', 'Sum', 'budsjett', '1 234', 'og', '-5', 'Regnskap 2024', '\n', 'merforbruk på', '3,4 mill.'];
    let s = '';
    let seed = 7;
    while (s.length < 5_000_000) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      s += `${words[seed % words.length]} `;
    }
    writeFileSync(join(dir, 'random.txt'), s);
    const r = run('extract', join(dir, 'random.txt'));
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, 'random.txt'))).toBe(true);
  });
});
