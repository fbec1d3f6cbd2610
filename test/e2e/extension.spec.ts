// The built extension (e2e build) on the mock oslo.kommune.no: link buttons, inline marks on an HTML
// report chapter without layout shift, the popup for the current tab, and no request to any other host.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ensureE2eBuild, launchBrowser, launchWithExtensionAt, type ExtensionSession, type StaticServer } from './harness.ts';
import { axeViolations, foreignRequests, SCREENSHOTS, serveMockSite } from './site.ts';

/** A guard against hangs, not a timing assertion: these tests start browsers and parse PDFs on a shared machine. */
const LONG_TEST_MS = 300_000;

describe('the extension on oslo.kommune.no (mock site)', () => {
  let session: ExtensionSession;
  let site: StaticServer;
  const urls: string[] = [];

  beforeAll(async () => {
    const dir = ensureE2eBuild();
    site = await serveMockSite();
    session = await launchWithExtensionAt(dir);
    session.context.on('request', (r) => void urls.push(r.url()));
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
  });

  /** The id of the tab showing `page` (brought to the front), asked of the extension's service worker. */
  async function tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    const [sw] = session.context.serviceWorkers();
    return sw!.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } };
      return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1;
    });
  }

  it('marks each report PDF link with an accessible Tallsjekk button, and only those', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site.url}/`);
    await expect.poll(() => page.locator('tallsjekk-link').count(), { timeout: 15_000 }).toBe(5);
    const hosts = await page.locator('tallsjekk-link').evaluateAll((els) => els.map((e) => e.getAttribute('data-url')));
    expect(hosts).toEqual(['oestensjoe-2024', 'soendre-nordstrand-2023', 'ullern-2024', 'broken', 'scanned'].map((n) => `${site.url}/reports/${n}.pdf`));
    // The button is a real button in a shadow root with a name that says which report it analyses.
    const button = page.locator('tallsjekk-link button').first();
    expect(await button.getAttribute('aria-label')).toMatch(/Tallsjekk: .*Årsberetning 2024 Bydel Østensjø/);
    expect(await page.locator('a[href="/reports/kart-over-bydelen.pdf"] + tallsjekk-link').count()).toBe(0);
    // Keyboard: the button takes focus and Enter opens the report view for that PDF.
    await button.focus();
    const opened = session.context.waitForEvent('page');
    await page.keyboard.press('Enter');
    const view = await opened;
    await view.waitForLoadState();
    expect(view.url()).toBe(`chrome-extension://${session.extensionId}/report.html?src=${encodeURIComponent(`${site.url}/reports/oestensjoe-2024.pdf`)}`);
    await view.close();
    await page.close();
  }, LONG_TEST_MS);

  it('highlights variance amounts and claims inline on an HTML report page, without moving the text', async () => {
    const path = '/aarsberetning-2024/okonomi.html';
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(`${site.url}${path}`);
    await expect.poll(() => page.locator('tallsjekk-mark').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const marks = await page.locator('tallsjekk-mark').evaluateAll((els) =>
      els.map((e) => ({ kind: e.getAttribute('data-kind'), dir: e.getAttribute('data-direction'), check: e.getAttribute('data-check'), text: e.textContent })),
    );
    // FO2 (−16,5 %) and FO3 (−5,7 %) are the significant variances; FO1 (−4,3 %) and FO4 (3,8 %) are not.
    expect(marks.filter((m) => m.kind === 'variance')).toEqual([
      { kind: 'variance', dir: 'overspend', check: 'ok', text: '-28 200' },
      { kind: 'variance', dir: 'overspend', check: 'ok', text: '-45 529' },
    ]);
    const claims = marks.filter((m) => m.kind === 'claim');
    expect(claims.map((m) => [m.text, m.dir])).toEqual([
      ['merforbruk på 72,3 mill. kroner', 'overspend'],
      ['merforbruk på 61,8 mill. kroner', 'overspend'],
      ['mindreforbruk på 18,6 mill. kroner', 'underspend'],
    ]);
    // Tooltip on keyboard focus, from text nodes in a shadow root.
    await page.locator('tallsjekk-mark[data-kind="variance"]').first().focus();
    const tip = page.locator('tallsjekk-tooltip [role="tooltip"]');
    await expect.poll(() => tip.textContent(), { timeout: 15_000 }).toContain('FO2 Barnevern');
    expect(await tip.textContent()).toMatch(/170[ ,\u00a0]500/);

    // No layout shift: every block sits where it does in a browser without the extension.
    const geometry = (p: Page) =>
      p.evaluate(() => Array.from(document.querySelectorAll('main h1, main h2, main p, main tr'), (e) => {
        const r = e.getBoundingClientRect();
        return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
      }));
    const plain = await launchBrowser();
    const ref = await plain.newPage({ viewport: { width: 1100, height: 900 } });
    await ref.goto(`${site.url}${path}`);
    const [withMarks, without] = [await geometry(page), await geometry(ref)];
    await plain.close();
    expect(withMarks).toEqual(without);
    await page.screenshot({ path: join(SCREENSHOTS, 'html-page-marks.png') });
    await page.close();
  }, LONG_TEST_MS);

  it('the popup lists the page\'s reports and shows a chosen report\'s key numbers', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site.url}/aarsberetning-2024/okonomi.html`);
    await expect.poll(() => page.locator('tallsjekk-mark').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const tabId = await tabIdOf(page);
    const popup = await session.openPage(`popup.html?tabId=${tabId}`);
    await popup.setViewportSize({ width: 460, height: 900 });
    await expect.poll(() => popup.locator('[data-testid="overall"]').count(), { timeout: 15_000 }).toBe(1);
    const overall = popup.locator('[data-testid="overall"]');
    expect(await overall.getAttribute('data-direction')).toBe('overspend');
    expect(await overall.textContent()).toMatch(/72,3|72\.3/);
    expect(await popup.locator('[data-testid="overspends"] li').allTextContents()).toEqual([
      expect.stringContaining('FO3 Helse og omsorg'),
      expect.stringContaining('FO2 Barnevern'),
    ]);
    expect(await popup.locator('table.report-table th[scope="col"]').count()).toBeGreaterThan(3);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-html-page.png'), fullPage: true });
    // Real tables with headers, names on every control, contrast ≥ 4.5:1 (axe: no serious or critical findings).
    expect(await axeViolations(popup)).toEqual([]);
    // Copy the table as CSV and the embed code (the clipboard itself is not readable from the test).
    await popup.click('[data-action="copy-csv"]');
    await popup.locator('.notice[role="status"]').filter({ hasText: /Table copied as CSV|Tabellen er kopiert/ }).waitFor({ timeout: 5_000 });
    await popup.click('[data-action="copy-embed"]');
    await popup.locator('.notice[role="status"]').filter({ hasText: /Embed code copied|Innbyggingskoden er kopiert/ }).waitFor({ timeout: 5_000 });
    // The notebook from the popup: pin a row's variance; it is still pinned when the popup opens again.
    const pin = popup.locator('table.report-table button.pin').nth(1);
    await pin.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('[data-testid="pin-count"]').getAttribute('data-count'), { timeout: 5_000 }).toBe('1');
    await popup.close();
    const reopened = await session.openPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => reopened.locator('[data-testid="pin-count"]').getAttribute('data-count'), { timeout: 15_000 }).toBe('1');
    expect(await reopened.locator('table.report-table button.pin[aria-pressed="true"]').count()).toBe(1);
    await reopened.close();
    await page.close();
  }, LONG_TEST_MS);

  it('sends no request to any host but the one serving the report', () => {
    expect(urls.length).toBeGreaterThan(0);
    expect(foreignRequests(urls, site.url)).toEqual([]);
    expect(site.requests.every((p) => p === '/' || p === '/favicon.ico' || p.startsWith('/reports/') || p.startsWith('/aarsberetning-2024/') || p === '/site.css' || p.startsWith('/widget/'))).toBe(true); // /widget/: the page's own embedded widget
  });
});
