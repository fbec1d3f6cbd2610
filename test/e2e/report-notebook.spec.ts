// The journalist's notebook (issue 8) in the report view of a fixture PDF: pin three items (keyboard, click,
// side panel), add a note, restart the browser — pins, note and pinned highlights are back; the Markdown
// export cites each item's value, label, page and URL; a notebook file imported into a fresh profile
// shows the same pins.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ensureE2eBuild, launchWithExtensionAt, ROOT, type ExtensionSession, type StaticServer } from './harness.ts';
import { SCREENSHOTS, serveMockSite } from './site.ts';

const REPORT = 'ullern-2024';

/** A guard against hangs, not a timing assertion: these tests start browsers and parse PDFs on a shared machine. */
const LONG_TEST_MS = 300_000;

describe('the notebook in the report view', () => {
  let dir: string;
  let site: StaticServer;
  let session: ExtensionSession;
  let reportUrl: string;
  const open = async (s: ExtensionSession) => {
    const page = await s.openPage(`report.html?src=${encodeURIComponent(reportUrl)}`);
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.waitForSelector('.report-view[data-status="ready"]', { timeout: 60_000 });
    await page.locator('.hl').first().waitFor({ state: 'attached', timeout: 20_000 });
    return page;
  };
  const pinEntries = (page: Page) => page.locator('[data-testid="notebook"] li[data-pin-id]');
  const download = async (page: Page, action: string, keyboard = false) => {
    const d = page.waitForEvent('download');
    if (keyboard) {
      await page.focus(`[data-action="${action}"]`);
      await page.keyboard.press('Enter');
    } else await page.click(`[data-action="${action}"]`);
    return readFileSync((await (await d).path())!, 'utf8');
  };

  beforeAll(async () => {
    dir = ensureE2eBuild();
    site = await serveMockSite();
    reportUrl = `${site.url}/reports/${REPORT}.pdf`;
    session = await launchWithExtensionAt(dir, { keepProfile: true });
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
  });

  let pinnedIds: string[] = [];
  let notebookJson = '';

  it('pins three items by keyboard, click and side panel, with a note; they survive a restart', async () => {
    const page = await open(session);
    // 1. Keyboard: focus a variance highlight and press Enter.
    const variance = page.locator('.hl[data-kind="variance"]').first();
    await variance.scrollIntoViewIfNeeded();
    await variance.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => variance.getAttribute('data-pinned'), { timeout: 5_000 }).toBe('true');
    // 2. Click a claim highlight.
    const claim = page.locator('.hl[data-kind="claim"]').first();
    await claim.scrollIntoViewIfNeeded();
    await claim.click();
    await expect.poll(() => claim.getAttribute('data-pinned'), { timeout: 5_000 }).toBe('true');
    // 3. The pin button of a failed check in the side panel.
    const sidePin = page.locator('[data-testid="failed-checks"] button.pin').first();
    await sidePin.click();
    await expect.poll(() => pinEntries(page).count(), { timeout: 5_000 }).toBe(3);
    pinnedIds = (await pinEntries(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-pin-id')!))).sort();
    // A note, typed and committed with Enter.
    const note = pinEntries(page).first().locator('input');
    await note.fill('Spør bydelen om dette');
    await note.press('Enter');
    await page.locator('[data-testid="notebook"]').screenshot({ path: join(SCREENSHOTS, 'notebook.png') });
    await page.close();

    const userDataDir = session.userDataDir;
    await session.context.close();
    session = await launchWithExtensionAt(dir, { userDataDir, keepProfile: true });
    const again = await open(session);
    await expect.poll(() => pinEntries(again).count(), { timeout: 10_000 }).toBe(3);
    expect((await pinEntries(again).evaluateAll((els) => els.map((e) => e.getAttribute('data-pin-id')!))).sort()).toEqual(pinnedIds);
    expect(await pinEntries(again).first().locator('input').inputValue()).toBe('Spør bydelen om dette');
    const pinnedHighlights = await again.locator('.hl[data-pinned="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-mark-id')!));
    expect(pinnedHighlights.length).toBeGreaterThanOrEqual(2);
    for (const id of pinnedHighlights) expect(pinnedIds).toContain(id);
    // Markdown (exported with the keyboard): value, label, page and URL of every pin.
    const md = await download(again, 'notebook-markdown', true);
    const items = md.split('\n').filter((l) => l.startsWith('- '));
    expect(items).toHaveLength(3);
    for (const line of items) {
      expect(line).toMatch(/(s\.|p\.) \d+/);
      expect(line).toContain(`${reportUrl}#page=`);
      expect(line).toMatch(/\d/);
    }
    expect(md).toContain('Spør bydelen om dette');
    notebookJson = await download(again, 'notebook-export');
    expect(JSON.parse(notebookJson).pins).toHaveLength(3);
    await again.close();
    // The same report as a local file (no URL): the pins reattach by content hash.
    const local = await session.openPage('report.html');
    await local.setInputFiles('[data-testid="file-input"]', join(ROOT, 'test', 'fixtures', 'pdf', `${REPORT}.pdf`));
    await local.waitForSelector('.report-view[data-status="ready"]', { timeout: 60_000 });
    await expect.poll(() => pinEntries(local).count(), { timeout: 10_000 }).toBe(3);
    await local.close();
  }, LONG_TEST_MS);

  it('a notebook file imported into a fresh profile shows the same pins', async () => {
    const fresh = await launchWithExtensionAt(dir);
    try {
      const page = await open(fresh);
      expect(await pinEntries(page).count()).toBe(0);
      const file = join(mkdtempSync(join(tmpdir(), 'tallsjekk-nb-')), 'notatbok.json');
      writeFileSync(file, notebookJson);
      await page.setInputFiles('[data-testid="notebook-import"]', file);
      await expect.poll(() => pinEntries(page).count(), { timeout: 10_000 }).toBe(3);
      expect((await pinEntries(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-pin-id')!))).sort()).toEqual(pinnedIds);
      expect(await page.locator('.hl[data-pinned="true"]').count()).toBeGreaterThanOrEqual(2);
    } finally {
      await fresh.close();
    }
  }, LONG_TEST_MS);
});
