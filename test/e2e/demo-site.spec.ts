// What `npm start` serves: the mock oslo.kommune.no report page with its sample PDFs, and the widget demo.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveStatic, ROOT, type StaticServer } from './harness.ts';

describe('the demo site', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(
      { '/widget/': join(ROOT, '.output/widget'), '/reports/': join(ROOT, 'test/fixtures/pdf'), '/': join(ROOT, 'test/site/pages') },
      { '/widget/demo.html': { body: readFileSync(join(ROOT, 'widget/demo.html')), type: 'text/html; charset=utf-8' } },
    );
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves a report page that links the sample report PDFs', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    const pdfs = await page.$$eval('a[href$=".pdf"]', (as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(pdfs.length).toBeGreaterThanOrEqual(3);
    // The page embeds a checked table, as a blogger would.
    await page.waitForFunction(() => document.querySelector('tallsjekk-widget')?.shadowRoot?.querySelector('table'), undefined, { timeout: 30_000 });
    const res = await page.request.get(`${server.url}${pdfs[0]}`);
    expect(res.headers()['content-type']).toContain('application/pdf');
    await page.close();
  });

  it('renders <tallsjekk-widget> elements with their tables on the widget demo page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/widget/demo.html`);
    await page.waitForFunction(() => {
      const ws = [...document.querySelectorAll('tallsjekk-widget')];
      return ws.length > 0 && ws.every((w) => w.shadowRoot?.querySelector('table, canvas, [role=alert]'));
    }, undefined, { timeout: 30_000 });
    const rows = await page.evaluate(() => document.querySelector('tallsjekk-widget')!.shadowRoot!.querySelectorAll('tbody tr').length);
    expect(rows).toBeGreaterThan(0);
    await page.close();
  });
});
