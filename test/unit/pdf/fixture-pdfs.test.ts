// The engine on the committed Oslo-style fixture PDFs (test/fixtures/pdf, made with LibreOffice):
// every table in the truth is found on its page, split tables come back joined, the scanned page
// warns and the truncated file fails clearly. Cell-level scoring is the golden test's job.

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportPdf } from '../../../core/io/parse-pdf.ts';

const dir = new URL('../../fixtures/pdf/', import.meta.url);
const file = (name: string) => new URL(name, dir);
const have = (name: string) => existsSync(file(name));

interface TruthTable {
  id: string;
  page: number;
  pages?: number[];
}

describe.skipIf(!have('truth/ullern-2024.json'))('fixture report PDFs', () => {
  for (const stem of ['ullern-2024', 'oestensjoe-2024']) {
    it(`${stem}: finds the truth's tables on their pages and joins the split ones`, async () => {
      const truth = JSON.parse(readFileSync(file(`truth/${stem}.json`), 'utf8')) as { tables: TruthTable[] };
      const x = await parseReportPdf(new Uint8Array(readFileSync(file(`${stem}.pdf`))), { name: `${stem}.pdf` });
      const pages = new Set(x.tables.map((t) => t.page));
      const missing = truth.tables.filter((t) => !pages.has(t.page)).map((t) => t.id);
      expect(missing).toEqual([]);
      for (const t of truth.tables.filter((t) => t.pages && t.pages.length > 1)) {
        expect(x.tables.some((p) => p.page === t.page && JSON.stringify(p.pages) === JSON.stringify(t.pages)), t.id).toBe(true);
      }
      for (const t of x.tables) {
        expect(t.bbox).toBeDefined();
        for (const r of t.rows) expect(r.boxes?.length).toBe(t.columns.length);
      }
    });
  }

  it.skipIf(!have('scanned.pdf'))('warns that a scanned page has no text layer', async () => {
    const x = await parseReportPdf(new Uint8Array(readFileSync(file('scanned.pdf'))));
    expect(x.warnings).toContain('page 1 has no text layer (scanned?)');
  });

  it.skipIf(!have('broken.pdf'))('fails a truncated PDF with one clear line', async () => {
    const e = await parseReportPdf(new Uint8Array(readFileSync(file('broken.pdf')))).then(
      () => null,
      (err: { code?: string; message?: string }) => err,
    );
    expect(e?.code).toBe('pdf-broken');
    expect(e?.message).toMatch(/not a readable PDF/);
    expect(e?.message).not.toContain('\n');
  });
});
