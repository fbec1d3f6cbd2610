import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './harness.ts';

describe('the extension in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads, starts its service worker and opens the popup with the product name', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await session.openPage('popup.html');
    await expect.poll(() => page.textContent('body')).toContain('Tallsjekk');
  });
});
