import { describe, expect, it } from 'vitest';
import { parseReportPdf } from '../../../core/io/parse-pdf.ts';
import type { Progress } from '../../../core/worker/api.ts';
import { layoutTable, makePdf, type PdfPageSpec } from './make-pdf.ts';
import { OSLO_HEADER, fmt, osloRows } from './oslo-table.ts';

const TITLE = 'Tabell 1 Netto driftsutgifter (tall i 1000 kr)';

function osloPage(rules: 'none' | 'horizontal' | 'grid', prose: string[] = []): PdfPageSpec {
  const t = layoutTable({ title: TITLE, header: OSLO_HEADER, rows: osloRows(6), left: 60, rights: [330, 420, 510], top: 700, rules });
  const texts = [{ x: 60, y: 790, text: 'Årsberetning 2024 Bydel Testby', size: 14 }, ...prose.map((p, i) => ({ x: 60, y: 760 - i * 13, text: p }))];
  return { texts: [...texts, ...t.texts], lines: t.lines };
}

async function expectCoreError(p: Promise<unknown>, code: string): Promise<string> {
  const e = (await p.then(() => null, (x: unknown) => x)) as { name?: string; code?: string; message?: string } | null;
  expect(e?.name).toBe('CoreError');
  expect(e?.code).toBe(code);
  return e?.message ?? '';
}

describe('parseReportPdf', () => {
  for (const rules of ['none', 'horizontal', 'grid'] as const) {
    it(`reads an Oslo table with ${rules} rules: values, roles, checks and boxes`, async () => {
      const x = await parseReportPdf(makePdf([osloPage(rules)]), { name: 'test.pdf' });
      expect(x.source).toMatchObject({ kind: 'pdf', pages: 1, name: 'test.pdf' });
      expect(x.tables).toHaveLength(1);
      const t = x.tables[0]!;
      expect(t.title).toBe(TITLE);
      expect(t.page).toBe(1);
      expect(t.columns.map((c) => c.role)).toEqual(['actual', 'budget-revised', 'variance']);
      expect(t.rows[0]).toMatchObject({ label: 'Tjeneste A0', values: [17919, 16685, -1234] });
      expect(t.rows.at(-1)!.kind).toBe('total');
      expect(t.checks.length).toBeGreaterThan(0);
      expect(t.checks.every((c) => c.ok)).toBe(true);
      // The first value is printed right-aligned at x = 330 on the first body line.
      const box = t.rows[0]!.boxes![0]!;
      expect(box[2]).toBeCloseTo(330, 0);
      expect(box[0]).toBeLessThan(box[2]);
      expect(t.bbox![0]).toBeLessThanOrEqual(60);
      expect(t.bbox![3]).toBeGreaterThan(box[3]);
    });
  }

  it('joins a table continued on the next page under a repeated header, and checks it as one', async () => {
    const rows = osloRows(60);
    const body = rows.slice(0, -1);
    const first = layoutTable({ title: TITLE, header: OSLO_HEADER, rows: body.slice(0, 45), left: 60, rights: [330, 420, 510], top: 760 });
    const second = layoutTable({ header: OSLO_HEADER, rows: [...body.slice(45), rows.at(-1)!], left: 60, rights: [330, 420, 510], top: 790 });
    const x = await parseReportPdf(makePdf([{ texts: first.texts }, { texts: [...second.texts, { x: 60, y: 400, text: 'Kommentarer til regnskapet følger nedenfor i teksten om tjenestene.' }] }]));
    expect(x.tables).toHaveLength(1);
    const t = x.tables[0]!;
    expect(t.pages).toEqual([1, 2]);
    expect(t.rows).toHaveLength(61);
    expect(t.rows.at(-1)!.page).toBe(2);
    const sums = t.checks.filter((c) => c.kind === 'sum');
    expect(sums.length).toBeGreaterThan(0);
    expect(sums.every((c) => c.ok)).toBe(true);
  });

  it('keeps two tables apart when prose stands between them across the page break', async () => {
    const a = layoutTable({ title: TITLE, header: OSLO_HEADER, rows: osloRows(4), left: 60, rights: [330, 420, 510], top: 300 });
    const b = layoutTable({ title: 'Tabell 2 Investeringer (tall i 1000 kr)', header: OSLO_HEADER, rows: osloRows(4, 3), left: 60, rights: [330, 420, 510], top: 600 });
    const x = await parseReportPdf(makePdf([{ texts: a.texts }, { texts: [{ x: 60, y: 760, text: 'Investeringene i 2024 ble lavere enn budsjettert fordi prosjekter ble forsinket.' }, ...b.texts] }]));
    expect(x.tables.map((t) => t.page)).toEqual([1, 2]);
  });

  it('reads a landscape page (/Rotate 90) and a sideways table on a portrait page', async () => {
    const t = layoutTable({ title: TITLE, header: OSLO_HEADER, rows: osloRows(5), left: 60, rights: [330, 420, 510], top: 500 });
    const rotated: PdfPageSpec = { width: 595, height: 842, rotate: 90, texts: t.texts.map((x) => ({ ...x, ...rot90(x.x, x.y, x.align === 'right'), angle: 90 })) };
    // Sideways text drawn with angle 90 on a portrait page reads the same once the frame is turned.
    const sideways: PdfPageSpec = { width: 595, height: 842, texts: rotated.texts.map((x) => (x.text === TITLE ? { ...x, text: 'Tabell 2 Sideways (tall i 1000 kr)' } : x)) };
    const x = await parseReportPdf(makePdf([rotated, sideways]));
    expect(x.tables).toHaveLength(2);
    for (const tb of x.tables) {
      expect(tb.rows[0]!.values).toEqual([17919, 16685, -1234]);
      const b = tb.rows[0]!.boxes![0]!;
      // user-space box of a value printed sideways: taller than wide
      expect(b[3] - b[1]).toBeGreaterThan(b[2] - b[0]);
    }
  });

  it('warns about a page without a text layer', async () => {
    const x = await parseReportPdf(makePdf([osloPage('none'), { texts: [], rects: [{ x: 50, y: 50, w: 400, h: 600, gray: 0.5 }] }]));
    expect(x.warnings).toContain('page 2 has no text layer (scanned?)');
    expect(x.tables).toHaveLength(1);
  });

  it('reports progress page by page and delivers tables as they are final', async () => {
    const seen: Progress[] = [];
    await parseReportPdf(makePdf([osloPage('none'), osloPage('grid'), { texts: [{ x: 60, y: 700, text: 'Slutt.' }] }]), { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.pagesDone)).toEqual([1, 2, 3]);
    expect(seen.every((p) => p.pagesTotal === 3)).toBe(true);
    expect(seen.flatMap((p) => p.tables ?? []).length).toBe(2);
  });

  it('stops with "cancelled" when aborted between pages', async () => {
    const controller = new AbortController();
    const pages = Array.from({ length: 6 }, () => osloPage('none'));
    const run = parseReportPdf(makePdf(pages), { signal: controller.signal, onProgress: (p) => p.pagesDone === 2 && controller.abort() });
    await expectCoreError(run, 'cancelled');
  });

  it('says what is wrong with empty and broken input', async () => {
    expect(await expectCoreError(parseReportPdf(new Uint8Array(0)), 'empty-input')).toMatch(/empty/);
    const msg = await expectCoreError(parseReportPdf(new TextEncoder().encode('<html>not a pdf</html>')), 'pdf-broken');
    expect(msg).not.toContain('\n');
  });

  it('gives the prose lines page positions for claims', async () => {
    const prose = ['Bydelen fikk et merforbruk på 1,2 mill. kroner i 2024.', `Netto driftsutgifter ble ${fmt(328_449)} tusen kroner.`];
    const x = await parseReportPdf(makePdf([osloPage('none', prose)]));
    for (const c of x.claims) {
      expect(c.page).toBe(1);
      expect(c.box).toBeDefined();
    }
  });
});

/** Where a point of an upright landscape layout lands on the unrotated page (/Rotate 90). */
function rot90(x: number, y: number, right: boolean): { x: number; y: number } {
  // displayed landscape frame: width 842, height 595; user space = (y_shown, 842 - x_shown) turned back
  void right;
  return { x: 595 - y, y: x };
}
