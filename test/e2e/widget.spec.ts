// <tallsjekk-widget> in real Chromium: the built scripts (.output/widget) and test pages served from 127.0.0.1.
import { describe, it, expect, beforeAll, afterAll, afterEach } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, serveStatic, ROOT, type Route, type StaticServer } from './harness.ts';
import type { EmbedSnapshot, Table } from '../../core/model.ts';
import { parseReportPdf } from '../../core/io/parse-pdf.ts';
import { embedCode } from '../../extension/utils/embed.ts';
import { selectTable } from '../../widget/select-table.ts';

const WIDGET_DIR = join(ROOT, '.output', 'widget');
const snapshot = (name: string): EmbedSnapshot =>
  JSON.parse(readFileSync(join(ROOT, 'widget', 'demo', 'snapshots', `${name}.json`), 'utf8')) as EmbedSnapshot;
const NETTO = snapshot('ostensjo-2024-netto');
const BRUTTO = snapshot('ostensjo-2024-brutto');
const SN = snapshot('sondre-nordstrand-2023-netto');
const ULLERN = snapshot('ullern-2024-netto');

/** JSON safe inside <script type="application/json">. */
const inline = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
const embed = (snap: unknown, attrs = '') => `<tallsjekk-widget ${attrs}><script type="application/json">${inline(snap)}</script></tallsjekk-widget>`;
const html = (body: string, script = '/widget/tallsjekk-widget.js', module = true) =>
  `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>Widget test</title><script src="/test/listen.js"></script>` +
  (script === 'none' ? '' : `<script ${module ? 'type="module" ' : ''}src="${script}"></script>`) +
  `</head><body><main><h1>Test</h1>${body}</main></body></html>`;

// An external (CSP-allowed) script that records what the host page sees: errors and CSP violations.
const LISTEN = `window.__seen = { errors: [], violations: [] };
addEventListener('error', (e) => __seen.errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => __seen.errors.push(String(e.reason)));
addEventListener('securitypolicyviolation', (e) => __seen.violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

let browser: Browser;
let server: StaticServer;
let other: StaticServer;
const pages: Record<string, Route> = {};
const pageErrors: string[] = [];

async function open(path: string, body: string, opts: { width?: number; headers?: Record<string, string>; script?: string; module?: boolean } = {}): Promise<Page> {
  pages[path] = { body: html(body, opts.script, opts.module), type: 'text/html; charset=utf-8', ...(opts.headers ? { headers: opts.headers } : {}) };
  const page = await browser.newPage({ viewport: { width: opts.width ?? 1000, height: 800 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(server.url + path);
  if (opts.script !== 'none') await page.waitForFunction(() => customElements.get('tallsjekk-widget') !== undefined);
  return page;
}

/** How many values the widget should highlight: one per Variance, in the printed Avvik column when it has a value. */
function highlighted(table: Table): number {
  const col = table.columns.findIndex((c) => c.role === 'variance');
  return col < 0 ? table.variances.length : table.variances.filter((v) => table.rows[v.row]?.values[col] != null).length;
}

/** Waits until every widget on the page left its loading state. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('tallsjekk-widget')].every((w) => w.shadowRoot?.querySelector('figure, [role=alert]')),
  );
}

/** Builds the widget when its output is missing or older than its sources (npm test builds first anyway). */
function buildIfStale(): void {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  const entry = join(WIDGET_DIR, 'tallsjekk-widget.js');
  const iife = join(WIDGET_DIR, 'tallsjekk-widget.iife.js');
  const newest = Math.max(...[...files(join(ROOT, 'widget')), ...files(join(ROOT, 'core'))].map((f) => statSync(f).mtimeMs));
  const built = existsSync(entry) && existsSync(iife) ? Math.min(statSync(entry).mtimeMs, statSync(iife).mtimeMs) : 0;
  if (built < newest) execSync('npm run build:widget', { cwd: ROOT, stdio: 'pipe' });
}

beforeAll(async () => {
  buildIfStale();
  server = await serveStatic(
    { '/widget/': WIDGET_DIR, '/axe/': join(ROOT, 'node_modules', 'axe-core'), '/pdf/': join(ROOT, 'test', 'fixtures', 'pdf') },
    new Proxy(pages, {
      get: (target, key: string) => (key === '/test/listen.js' ? { body: LISTEN, type: 'text/javascript' } : target[key]),
    }),
  );
  // A second origin that serves a "PDF" without CORS headers.
  other = await serveStatic({}, { '/rapport.pdf': { body: '%PDF-1.4\n%%EOF\n', type: 'application/pdf' } });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
});

afterEach(() => {
  expect(pageErrors.splice(0)).toEqual([]);
});

describe('<tallsjekk-widget> with an inline snapshot', () => {
  it('renders every row, with the right data-direction on each highlighted value', async () => {
    const page = await open('/rows.html', embed(SN));
    await settled(page);
    const w = page.locator('tallsjekk-widget');
    const rows = w.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(SN.table.rows.length);
    for (const [i, row] of SN.table.rows.entries()) expect(await rows.nth(i).locator('th').textContent()).toBe(row.label);
    const byRow = new Map(SN.table.variances.map((v) => [v.row, v]));
    for (const [i] of SN.table.rows.entries()) {
      const marks = rows.nth(i).locator('[data-direction]');
      const v = byRow.get(i);
      expect(await marks.count()).toBe(v ? 1 : 0);
      if (!v) continue;
      expect(await marks.getAttribute('data-direction')).toBe(v.direction);
      // Never colour alone: the sign and the word are in the text.
      const text = (await marks.textContent()) ?? '';
      expect(text).toContain({ overspend: 'merforbruk', underspend: 'mindreforbruk', 'on-budget': 'i balanse' }[v.direction]);
      const printed = SN.table.rows[i]!.values[SN.table.columns.findIndex((c) => c.role === 'variance')]!;
      if (printed !== 0) expect(text.startsWith(printed < 0 ? '\u2212' : '+')).toBe(true);
    }
    expect(await w.locator('.title').textContent()).toBe(SN.table.title);
    if (SN.table.unit) expect(await w.locator('.meta').textContent()).toContain(`Tall i ${SN.table.unit}`);
    expect(await w.locator('.meta').textContent()).toMatch(/År 20\d\d/);
    expect(await w.locator('[data-badge=checks] [data-checks]').textContent()).toContain('Summene stemmer');
    // Only the first script: no chart chunk, no worker for a table-only widget.
    expect(server.requests.filter((p) => p.startsWith('/widget/'))).toEqual(['/widget/tallsjekk-widget.js']);
    await page.close();
  });

  it('lists the failed checks on demand and links the source at its page', async () => {
    const snap = { ...BRUTTO, source: { ...BRUTTO.source, url: 'https://www.oslo.kommune.no/rapport.pdf', page: 7 } };
    const page = await open('/checks.html', embed(snap));
    await settled(page);
    const w = page.locator('tallsjekk-widget');
    const failed = BRUTTO.table.checks.filter((c) => !c.ok).length;
    expect(await w.locator('[data-badge=checks] [data-checks]').textContent()).toContain(`${failed} avvik i tabellens egen regning`);
    const list = w.locator('[data-badge=checks] ul.failed');
    expect(await list.isVisible()).toBe(false);
    const button = w.locator('[data-badge=checks] button');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await list.isVisible()).toBe(true);
    expect(await list.locator('li').count()).toBe(failed);
    expect(await w.locator('.foot a').getAttribute('href')).toBe('https://www.oslo.kommune.no/rapport.pdf#page=7');
    const [download] = await Promise.all([page.waitForEvent('download'), w.locator('.foot button').click()]);
    expect(download.suggestedFilename()).toBe('tabell-0-1-brutto-driftsutgifter-i-1000-kr.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(BRUTTO.table.rows.length + 1);
    await page.close();
  });

  it('checks the report text’s figures against the table when the snapshot carries claims', async () => {
    const judged = (ULLERN.claims ?? []).filter((c) => c.verdict !== 'unmatched');
    expect(judged.length).toBeGreaterThan(0);
    const agree = judged.filter((c) => c.verdict === 'consistent').length;
    const page = await open('/claims.html', embed(ULLERN) + embed(SN));
    await settled(page);
    const badge = page.locator('tallsjekk-widget').first().locator('[data-badge=claims]');
    const expected = agree === judged.length ? `Teksten: ${agree} tall stemmer med tabellen` : `Teksten: ${agree} av ${judged.length} tall stemmer med tabellen`;
    expect(await badge.locator('.badge').textContent()).toContain(expected);
    await badge.locator('button').click();
    const items = await badge.locator('li').allTextContents();
    expect(items).toHaveLength(judged.length);
    for (const [i, c] of judged.entries()) expect(items[i]).toContain(`«${c.text}»: ${c.verdict === 'consistent' ? 'stemmer med' : 'stemmer ikke med'}`);
    // A snapshot without claims shows no claims badge.
    expect(await page.locator('tallsjekk-widget').nth(1).locator('[data-badge=claims]').count()).toBe((SN.claims ?? []).some((c) => c.verdict !== 'unmatched') ? 1 : 0);
    await page.close();
  });

  it('shows the chart canvas when asked for, loading chart.js only then', async () => {
    const page = await open('/chart.html', embed(NETTO, 'view="chart"') + embed(NETTO, 'view="both" chart="budget-actual" lang="en"'));
    await settled(page);
    const charts = page.locator('tallsjekk-widget .chart[data-state=ready] canvas');
    await expect.poll(() => charts.count(), { timeout: 15_000 }).toBe(2);
    const box = await charts.first().boundingBox();
    expect(box!.width).toBeGreaterThan(100);
    expect(box!.height).toBeGreaterThan(100);
    // Something was drawn.
    const inked = await charts.first().evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
      return n;
    });
    expect(inked).toBeGreaterThan(500);
    expect(await page.locator('tallsjekk-widget').first().locator('table').count()).toBe(0);
    expect(await page.locator('tallsjekk-widget').nth(1).locator('table').count()).toBe(1);
    expect(server.requests).toContain('/widget/tallsjekk-chart.js');
    await page.close();
  });

  it('fits a 320 px column without horizontal overflow', async () => {
    const page = await open('/narrow.html', `<div>${embed(SN, 'view="both"')}</div>`, { width: 320 });
    await settled(page);
    await page.waitForSelector('tallsjekk-widget .chart[data-state=ready]');
    const sizes = await page.evaluate(() => {
      const w = document.querySelector('tallsjekk-widget')!;
      const card = w.shadowRoot!.querySelector('figure')!;
      return { doc: document.documentElement.scrollWidth, host: w.getBoundingClientRect().right, card: card.scrollWidth - card.clientWidth };
    });
    expect(sizes.doc).toBeLessThanOrEqual(320);
    expect(sizes.host).toBeLessThanOrEqual(320);
    expect(sizes.card).toBe(0);
    // Every highlighted variance is on screen, not scrolled away to the right.
    const marks = page.locator('tallsjekk-widget [data-direction]');
    expect(await marks.count()).toBe(highlighted(SN.table));
    for (const box of await marks.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.width).toBeGreaterThan(0);
      expect(box.right).toBeLessThanOrEqual(320);
    }
    // The columns that fold away in a narrow widget come back on demand.
    const more = page.locator('tallsjekk-widget button.more');
    const hiddenCells = () => page.locator('tallsjekk-widget td.opt').evaluateAll((els) => els.filter((e) => getComputedStyle(e).display === 'none').length);
    expect(await hiddenCells()).toBeGreaterThan(0);
    await more.click();
    expect(await more.getAttribute('aria-pressed')).toBe('true');
    expect(await hiddenCells()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('does not shift the page layout when the chart arrives (its height is reserved)', async () => {
    const page = await open('/shift.html', `${embed(NETTO, 'view="chart"')}<p id="after">text below</p>`);
    await settled(page);
    const before = await page.locator('#after').boundingBox();
    await page.waitForSelector('tallsjekk-widget .chart[data-state=ready] canvas');
    await page.waitForTimeout(200);
    const after = await page.locator('#after').boundingBox();
    expect(after!.y).toBe(before!.y);
    await page.close();
  });

  it('applies dark mode from theme="dark" and from the system with theme="auto"', async () => {
    const page = await open('/dark.html', embed(NETTO, 'theme="dark"') + embed(NETTO, 'theme="light"') + embed(NETTO));
    await settled(page);
    const backgrounds = () =>
      page.evaluate(() => [...document.querySelectorAll('tallsjekk-widget')].map((w) => getComputedStyle(w.shadowRoot!.querySelector('figure')!).backgroundColor));
    const lum = (rgb: string) => {
      const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    let [dark, light, auto] = (await backgrounds()).map(lum);
    expect(dark).toBeLessThan(0.2);
    expect(light).toBeGreaterThan(0.9);
    expect(auto).toBeGreaterThan(0.9);
    await page.emulateMedia({ colorScheme: 'dark' });
    [dark, light, auto] = (await backgrounds()).map(lum);
    expect(auto).toBeLessThan(0.2);
    expect(light).toBeGreaterThan(0.9);
    const textColour = await page.locator('tallsjekk-widget').first().locator('.title').evaluate((e) => getComputedStyle(e).color);
    expect(lum(textColour)).toBeGreaterThan(0.8);
    await page.close();
  });

  it('works under a strict CSP (script-src \'self\'), chart included', async () => {
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
    const page = await open('/csp.html', embed(NETTO, 'view="both"'), { headers: { 'content-security-policy': csp } });
    await settled(page);
    await page.waitForSelector('tallsjekk-widget .chart[data-state=ready] canvas');
    expect(await page.locator('tallsjekk-widget tbody tr').count()).toBe(NETTO.table.rows.length);
    // The stylesheet applied: the card has its border radius from the constructable sheet.
    expect(await page.locator('tallsjekk-widget figure').evaluate((e) => getComputedStyle(e).borderTopLeftRadius)).toBe('8px');
    expect(await page.evaluate(() => (window as unknown as { __seen: unknown }).__seen)).toEqual({ errors: [], violations: [] });
    await page.close();
  });

  it('keeps two widgets on one page apart, leaking no globals or global CSS', async () => {
    const blank = await open('/blank.html', '<p>nothing</p>', { script: 'none' });
    const baseline = await blank.evaluate(() => Object.getOwnPropertyNames(window));
    await blank.close();
    const page = await open('/two.html', embed(NETTO, 'id="a" theme="dark"') + embed(BRUTTO, 'id="b" lang="en"'));
    await settled(page);
    const a = page.locator('#a');
    const b = page.locator('#b');
    expect(await a.locator('.title').textContent()).toBe(NETTO.table.title);
    expect(await b.locator('.title').textContent()).toBe(BRUTTO.table.title);
    expect(await a.locator('tbody tr').count()).toBe(NETTO.table.rows.length);
    expect(await b.locator('tbody tr').count()).toBe(BRUTTO.table.rows.length);
    expect(await b.locator('[data-badge=checks] [data-checks]').textContent()).toContain('errors in the table’s own arithmetic');
    await b.locator('.checks button').click();
    expect(await b.locator('ul.failed').isVisible()).toBe(true);
    expect(await a.locator('[data-badge=checks] ul.failed').count()).toBe(0);
    // Changing one widget re-renders only that one.
    await page.evaluate(() => document.querySelector('#a')!.setAttribute('view', 'chart'));
    await page.waitForSelector('#a .chart canvas');
    expect(await a.locator('table').count()).toBe(0);
    expect(await b.locator('table').count()).toBe(1);
    expect(await b.locator('ul.failed').isVisible()).toBe(true);
    const host = await page.evaluate(() => ({
      sheets: document.styleSheets.length,
      adopted: document.adoptedStyleSheets.length,
      bodyFont: getComputedStyle(document.body).fontFamily,
    }));
    expect(host.sheets).toBe(0);
    expect(host.adopted).toBe(0);
    const after = await page.evaluate(() => Object.getOwnPropertyNames(window));
    expect(after.filter((k) => !baseline.includes(k) && k !== 'a' && k !== 'b')).toEqual([]);
    await page.close();
  });

  it('renders the extension\'s "copy embed code" output as pasted', async () => {
    const snippet = embedCode(BRUTTO, '/widget/tallsjekk-widget.js');
    const page = await open('/pasted.html', `<article><p>Før</p>${snippet}<p>Etter</p></article>`, { script: 'none' });
    await page.waitForFunction(() => customElements.get('tallsjekk-widget') !== undefined);
    await settled(page);
    expect(await page.locator('tallsjekk-widget tbody tr').count()).toBe(BRUTTO.table.rows.length);
    expect(await page.locator('tallsjekk-widget [data-direction]').count()).toBe(highlighted(BRUTTO.table));
    await page.close();
  });

  it('takes rich data through the snapshot property, and checks it like JSON', async () => {
    const page = await open('/property.html', '<tallsjekk-widget id="p"></tallsjekk-widget><tallsjekk-widget id="q" lang="en"></tallsjekk-widget>');
    await page.evaluate(
      ([good]) => {
        (document.querySelector('#p') as HTMLElement & { snapshot: unknown }).snapshot = good;
        (document.querySelector('#q') as HTMLElement & { snapshot: unknown }).snapshot = { version: 1, source: { name: 'x' }, table: { id: 't' } };
      },
      [BRUTTO],
    );
    await settled(page);
    expect(await page.locator('#p tbody tr').count()).toBe(BRUTTO.table.rows.length);
    expect(await page.locator('#p').evaluate((w) => (w as HTMLElement & { snapshot?: EmbedSnapshot }).snapshot?.table.id)).toBe(BRUTTO.table.id);
    expect(await page.locator('#q [role=alert]').textContent()).toContain('table.columns');
    await page.close();
  });

  it('shows a row label like <img src=x onerror=…> as text and runs nothing', async () => {
    const evil = structuredClone(NETTO);
    evil.table.rows[0]!.label = '<img src=x onerror="window.__pwned=1">';
    evil.table.title = '</script><script>window.__pwned=2</script>';
    evil.source.name = '<b onmouseover="window.__pwned=3">kilde</b>';
    evil.source.url = 'javascript:window.__pwned=4';
    const page = await open('/xss.html', embed(evil, 'view="both"'));
    await settled(page);
    const w = page.locator('tallsjekk-widget');
    expect(await w.locator('tbody tr').first().locator('th').textContent()).toBe('<img src=x onerror="window.__pwned=1">');
    expect(await w.locator('.title').textContent()).toBe(evil.table.title);
    // Nothing but text in the shadow root (the light DOM holds only the inert JSON <script>).
    expect(await w.evaluate((el) => el.shadowRoot!.querySelectorAll('img, script, b').length)).toBe(0);
    expect(await w.locator('.foot a').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(server.requests).not.toContain('/x');
    await page.close();
  });
});

describe('<tallsjekk-widget> with src: the PDF parsed in the core worker', () => {
  const PDF = join(ROOT, 'test', 'fixtures', 'pdf', 'oestensjoe-2024.pdf');
  let wanted: Table;
  let query: string;
  beforeAll(async () => {
    // Ask the engine (in Node) which tables it finds, so this checks the widget rather than the engine's captions.
    const extraction = await parseReportPdf(new Uint8Array(readFileSync(PDF)));
    const byCaption = selectTable(extraction.tables, 'Tabell 0.1 B');
    const found = byCaption ?? extraction.tables.find((t) => t.variances.length > 0);
    expect(found).toBeDefined();
    wanted = found!;
    query = byCaption ? 'Tabell 0.1 B' : wanted.id;
  }, 120_000);

  it('fetches a report PDF, reports progress, and shows the table the attribute names', async () => {
    const csp = "default-src 'self'; script-src 'self'";
    const page = await open('/src.html', `<tallsjekk-widget src="/pdf/oestensjoe-2024.pdf" table="${query}"></tallsjekk-widget>`, {
      headers: { 'content-security-policy': csp },
    });
    const w = page.locator('tallsjekk-widget');
    await expect.poll(() => w.locator('[role=status]').textContent(), { timeout: 20_000 }).toMatch(/Leser rapporten/);
    await w.locator('figure, [role=alert]').waitFor({ timeout: 60_000 });
    expect(await w.locator('[role=alert]').count(), (await w.locator('[role=alert]').allTextContents()).join()).toBe(0);
    expect(await w.locator('tbody tr').count()).toBe(wanted.rows.length);
    expect(await w.locator('[data-direction]').count()).toBe(highlighted(wanted));
    const href = await w.locator('.foot a').getAttribute('href');
    expect(href).toBe(`${server.url}/pdf/oestensjoe-2024.pdf${wanted.page ? `#page=${wanted.page}` : ''}`);
    expect(server.requests.some((p) => /^\/widget\/assets\/worker-.*\.js$/.test(p))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __seen: unknown }).__seen)).toEqual({ errors: [], violations: [] });
    await page.close();
  });

  it('works when the widget and the PDF are hosted on another origin (a CDN)', async () => {
    const cdn = await serveStatic({ '/widget/': WIDGET_DIR, '/pdf/': join(ROOT, 'test', 'fixtures', 'pdf') });
    try {
      const page = await open('/cdn.html', `<tallsjekk-widget src="${cdn.url}/pdf/oestensjoe-2024.pdf" table="${query}" lang="en"></tallsjekk-widget>`, {
        script: `${cdn.url}/widget/tallsjekk-widget.js`,
      });
      const w = page.locator('tallsjekk-widget');
      await w.locator('figure, [role=alert]').waitFor({ timeout: 60_000 });
      expect(await w.locator('[role=alert]').count(), (await w.locator('[role=alert]').allTextContents()).join()).toBe(0);
      expect(await w.locator('tbody tr').count()).toBe(wanted.rows.length);
      expect(cdn.requests.some((p) => /^\/widget\/assets\/worker-.*\.js$/.test(p))).toBe(true);
      await page.close();
    } finally {
      await cdn.close();
    }
  });
});

describe('<tallsjekk-widget> errors, shown politely inside the widget', () => {
  const alertText = (page: Page, n = 0) => page.locator('tallsjekk-widget').nth(n).locator('[role=alert]').textContent();

  it('malformed JSON', async () => {
    const page = await open('/bad-json.html', '<tallsjekk-widget><script type="application/json">{"version": 1, "table": </script></tallsjekk-widget>');
    await settled(page);
    expect(await alertText(page)).toContain('ikke gyldig JSON');
    // The message follows a later change of language.
    await page.evaluate(() => document.querySelector('tallsjekk-widget')!.setAttribute('lang', 'en'));
    await expect.poll(() => alertText(page)).toContain('not valid JSON');
    await page.close();
  });

  it('JSON of the wrong shape names the field', async () => {
    const broken = structuredClone(NETTO) as unknown as { table: { rows: { values: unknown[] }[] } };
    broken.table.rows[1]!.values[0] = 'mye';
    const page = await open('/bad-shape.html', embed(broken, 'lang="en"'));
    await settled(page);
    expect(await alertText(page)).toContain('table.rows[1].values[0]');
    await page.close();
  });

  it('an unknown table', async () => {
    const extraction = { version: 1, source: { name: 'Østensjø 2024', kind: 'text', sha256: 'x' }, tables: [BRUTTO.table, NETTO.table], claims: [], crossChecks: [], warnings: [] };
    const page = await open('/unknown.html', embed(extraction, 'table="Tabell 9.9"') + embed(extraction, 'table="Tabell 0.1 B"'));
    await settled(page);
    const text = await alertText(page);
    expect(text).toContain('Fant ingen tabell «Tabell 9.9»');
    expect(text).toContain(NETTO.table.title);
    expect(await page.locator('tallsjekk-widget').nth(1).locator('.title').textContent()).toBe(NETTO.table.title);
    await page.close();
  });

  it('a chart chunk that cannot be loaded leaves the table and says so', async () => {
    // Only the first script is served: the chart chunk beside it answers 404.
    const bare = await serveStatic({}, {
      '/widget/tallsjekk-widget.js': {
        body: readFileSync(join(WIDGET_DIR, 'tallsjekk-widget.js')),
        type: 'text/javascript',
        headers: { 'access-control-allow-origin': '*' },
      },
    });
    try {
      const page = await open('/no-chart.html', embed(NETTO, 'view="both"'), { script: `${bare.url}/widget/tallsjekk-widget.js` });
      await settled(page);
      const w = page.locator('tallsjekk-widget');
      await w.locator('.chart[data-state=failed]').waitFor();
      expect(await w.locator('.chart [role=status]').textContent()).toContain('Diagrammet kunne ikke lastes');
      expect(await w.locator('tbody tr').count()).toBe(NETTO.table.rows.length);
      expect(bare.requests).toContain('/widget/tallsjekk-chart.js');
      await page.close();
    } finally {
      await bare.close();
    }
  });

  it('an unreachable src, a src without CORS, a 404, a file that is not a PDF and a javascript: URL', async () => {
    const page = await open(
      '/unreachable.html',
      `<tallsjekk-widget src="http://127.0.0.1:9/rapport.pdf" table="Tabell 0.1 B"></tallsjekk-widget>` +
        `<tallsjekk-widget src="${other.url}/rapport.pdf" table="Tabell 0.1 B"></tallsjekk-widget>` +
        `<tallsjekk-widget src="/missing.pdf" table="Tabell 0.1 B" lang="en"></tallsjekk-widget>` +
        `<tallsjekk-widget src="/test/listen.js" table="Tabell 0.1 B"></tallsjekk-widget>` +
        `<tallsjekk-widget src="javascript:alert(1)" table="Tabell 0.1 B"></tallsjekk-widget>`,
    );
    await settled(page);
    expect(await alertText(page, 0)).toContain('Kunne ikke hente rapporten fra 127.0.0.1:9');
    expect(await alertText(page, 1)).toContain('(CORS)');
    expect(await alertText(page, 2)).toContain('error 404');
    expect(await alertText(page, 3)).toContain('gir ikke en PDF-fil');
    expect(await alertText(page, 4)).toContain('ikke en http- eller https-adresse');
    expect(await page.locator('tallsjekk-widget').nth(1).locator('[role=alert] a').getAttribute('href')).toBe(`${other.url}/rapport.pdf`);
    await page.close();
  });
});

describe('<tallsjekk-widget> accessibility and builds', () => {
  for (const width of [1000, 320]) {
    it(`axe-core finds no serious or critical violations, light and dark, ${width} px wide`, async () => {
      const page = await open(`/axe-${width}.html`, embed(BRUTTO, 'view="both"') + embed(NETTO, 'theme="dark" lang="en"') + embed({ version: 1 }), { width });
      await settled(page);
      await page.locator('tallsjekk-widget').first().locator('.checks button').click();
      await page.waitForSelector('tallsjekk-widget .chart[data-state=ready]');
      await page.addScriptTag({ url: '/axe/axe.min.js' });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run(document);
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      await page.close();
    });
  }

  it('the classic script works too, loading only the chart chunk beside it', async () => {
    const cdn = await serveStatic({ '/widget/': WIDGET_DIR });
    try {
      const page = await open('/iife.html', embed(NETTO, 'view="both"'), { script: `${cdn.url}/widget/tallsjekk-widget.iife.js`, module: false });
      await settled(page);
      await page.waitForSelector('tallsjekk-widget .chart[data-state=ready] canvas');
      expect(await page.locator('tallsjekk-widget tbody tr').count()).toBe(NETTO.table.rows.length);
      expect(await page.evaluate(() => 'TallsjekkWidget' in window)).toBe(false);
      // The lazy ES chunk stands alone: the ES entry is not fetched a second time.
      expect(cdn.requests).toEqual(['/widget/tallsjekk-widget.iife.js', '/widget/tallsjekk-chart.js']);
      await page.close();
    } finally {
      await cdn.close();
    }
  });
});
