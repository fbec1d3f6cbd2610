// Every PDF in the shared hostile set (pdf.js/poppler/ghostscript regression files: fuzzed, encrypted,
// broken xref, empty) must end in an Extraction or a one-line CoreError within 10 s. Skipped when the
// shared set is not mounted.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportPdf } from '../../../core/io/parse-pdf.ts';

const DIR = process.env.HOSTILE_PDFS ?? '/work/shared/bench/hostile-pdfs';
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.toLowerCase().endsWith('.pdf')).sort() : [];
const LIMIT_MS = 10_000;
const CODES = ['pdf-encrypted', 'pdf-broken', 'empty-input', 'too-large'];

async function outcome(bytes: Uint8Array): Promise<{ kind: 'ok' | 'error' | 'timeout'; code?: string; message?: string }> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<{ kind: 'timeout' }>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ kind: 'timeout' });
    }, LIMIT_MS);
  });
  const run = parseReportPdf(bytes, { signal: controller.signal }).then(
    (x) => ({ kind: 'ok' as const, message: x.warnings.join('; ') }),
    (e: { code?: string; message?: string; name?: string }) => ({ kind: 'error' as const, code: e.code ?? e.name, message: e.message }),
  );
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe.skipIf(files.length === 0)('hostile PDFs', () => {
  for (const f of files) {
    it(`${f} ends in an Extraction or a clear error`, async () => {
      const r = await outcome(new Uint8Array(readFileSync(join(DIR, f))));
      expect(r.kind).not.toBe('timeout');
      if (r.kind === 'error') {
        expect(CODES).toContain(r.code);
        expect(r.message).toBeTruthy();
        expect(r.message).not.toContain('\n');
      }
    }, LIMIT_MS + 2_000);
  }
  it('says "password-protected" for an encrypted PDF', async () => {
    const f = files.find((n) => /encrypted/.test(n));
    if (!f) return;
    const r = await outcome(new Uint8Array(readFileSync(join(DIR, f))));
    expect(r).toMatchObject({ kind: 'error', code: 'pdf-encrypted' });
    expect(r.message).toMatch(/password-protected/);
  });
});
