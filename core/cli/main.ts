// tallsjekk extract FILE... [--format json|csv|md] [--out DIR]. Exit 0 when every input was read (even with
// no table), 2 with one line on stderr per unreadable input — what is wrong and what to do. No stack traces.

import { readFileSync, writeFileSync, mkdirSync, statSync, existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseReportText, extractionToCsv, extractionToMarkdown, tableToCsv, type Extraction } from '../index.ts';
import { isCoreError } from '../errors.ts';

const VERSION = '0.1.0';
const MAX_TEXT_BYTES = 200 * 1024 * 1024;
const MAX_PDF_BYTES = 500 * 1024 * 1024;
type Format = 'json' | 'csv' | 'md';

const HELP = `tallsjekk ${VERSION} — reads Oslo's municipal reports and shows what their numbers say.

Usage:
  tallsjekk extract FILE... [--format json|csv|md] [--out DIR]
  tallsjekk --help | --version

FILE is a report as PDF (.pdf), text (.txt, a text dump of the PDF) or HTML (.html).
  --format json   the Extraction (tables, checks, variances, claims, cross-checks) — default
  --format csv    every table: label column, then value columns, numbers as plain decimals
  --format md     what does not add up first, the largest overspends and underspends, then the tables
  --out DIR       write DIR/<name>.json (or one .csv per table, or .md) instead of printing

Exit status: 0 when every file was read, 2 when a file could not be read (one line on stderr says why).`;

class InputError extends Error {}

function fail(file: string, message: string): never {
  throw new InputError(`tallsjekk: ${file}: ${message}`);
}

/** A page that starts as HTML does. */
const HTML_START = /^\s*<(?:!doctype html|html)/i;

function looksBinary(buf: Buffer): boolean {
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) return true;
  let bad = 0;
  const text = head.toString('utf8');
  for (const ch of text) if (ch === '\ufffd') bad++;
  return bad > 8 && bad / Math.max(1, text.length) > 0.02;
}

async function extractFile(file: string): Promise<Extraction> {
  if (!existsSync(file)) fail(file, 'no such file — check the path.');
  const st = statSync(file);
  if (st.isDirectory()) fail(file, 'is a folder — name a report file (.pdf, .txt or .html).');
  const ext = extname(file).toLowerCase();
  const buf = readFileSync(file);
  const name = basename(file);
  const isPdf = ext === '.pdf' || buf.subarray(0, 1024).includes(Buffer.from('%PDF-'));
  if (isPdf) {
    if (st.size > MAX_PDF_BYTES) fail(file, `is ${Math.round(st.size / 1e6)} MB — larger than the ${MAX_PDF_BYTES / 1e6} MB Tallsjekk reads.`);
    const { parseReportPdf } = await import('../io/parse-pdf.ts');
    try {
      return await parseReportPdf(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), { name });
    } catch (e) {
      if (isCoreError(e)) fail(file, e.message);
      fail(file, `could not be read as a PDF (${e instanceof Error ? e.message.split('\n')[0] : String(e)}) — is the file complete?`);
    }
  }
  if (!['.txt', '.text', '.md', '.html', '.htm', '.xhtml', ''].includes(ext) && looksBinary(buf)) {
    fail(file, `unsupported file type "${ext}" — give a .pdf, .txt or .html report.`);
  }
  if (st.size > MAX_TEXT_BYTES) fail(file, `is ${Math.round(st.size / 1e6)} MB of text — larger than the ${MAX_TEXT_BYTES / 1e6} MB Tallsjekk reads.`);
  if (looksBinary(buf)) fail(file, 'is not text (binary data) — give a .pdf, .txt or .html report.');
  const text = buf.toString('utf8');
  const kind = ['.html', '.htm', '.xhtml'].includes(ext) || HTML_START.test(text.slice(0, 500)) ? 'html' : 'text';
  const x = parseReportText(text, { name, kind });
  if (!text.trim()) x.warnings.unshift('The file is empty.');
  return x;
}

function render(x: Extraction, format: Format): string {
  if (format === 'csv') return extractionToCsv(x);
  if (format === 'md') return extractionToMarkdown(x);
  return JSON.stringify(x, null, 2) + '\n';
}

function write(x: Extraction, file: string, format: Format, out: string): void {
  const stem = basename(file, extname(file));
  if (format === 'csv') {
    for (const t of x.tables) writeFileSync(join(out, `${stem}-${t.id}.csv`), tableToCsv(t));
    return;
  }
  writeFileSync(join(out, `${stem}.${format}`), render(x, format));
}

export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${HELP}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  const [cmd, ...rest] = argv;
  if (cmd !== 'extract') {
    process.stderr.write(`tallsjekk: unknown command "${cmd}" — try: tallsjekk extract FILE --format json (see --help)\n`);
    return 2;
  }
  let format: Format = 'json';
  let out: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.split('=')[1] : rest[++i];
      if (v !== 'json' && v !== 'csv' && v !== 'md') {
        process.stderr.write(`tallsjekk: --format takes json, csv or md (got "${v ?? ''}")\n`);
        return 2;
      }
      format = v;
    } else if (a === '--out' || a.startsWith('--out=')) {
      out = a.includes('=') ? a.split('=')[1] : rest[++i];
    } else if (a.startsWith('--')) {
      process.stderr.write(`tallsjekk: unknown option "${a}" — see tallsjekk --help\n`);
      return 2;
    } else files.push(a);
  }
  if (!files.length) {
    process.stderr.write('tallsjekk: no file given — usage: tallsjekk extract FILE... [--format json|csv|md] [--out DIR]\n');
    return 2;
  }
  if (out) mkdirSync(out, { recursive: true });
  let failed = 0;
  for (const file of files) {
    try {
      const x = await extractFile(file);
      if (out) write(x, file, format, out);
      else process.stdout.write(render(x, format) + (files.length > 1 && format !== 'json' ? '\n' : ''));
    } catch (e) {
      failed++;
      const msg = e instanceof InputError ? e.message : `tallsjekk: ${file}: could not be read (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`;
      process.stderr.write(`${msg}\n`);
    }
  }
  return failed ? 2 : 0;
}
