// The mock oslo.kommune.no for the extension's tests: test/site/pages at /, the fixture PDFs at /reports/.
import { join } from 'node:path';
import { ROOT, serveStatic, type StaticServer } from './harness.ts';

export const SCREENSHOTS = join(ROOT, 'test', 'e2e', 'screenshots');

export function serveMockSite(): Promise<StaticServer> {
  return serveStatic({ '/': join(ROOT, 'test', 'site', 'pages'), '/reports/': join(ROOT, 'test', 'fixtures', 'pdf') });
}

/** True when every URL is the extension's own or the mock site's (the one host serving the reports). */
export function foreignRequests(urls: string[], site: string): string[] {
  return urls.filter((u) => !u.startsWith('chrome-extension://') && !u.startsWith(`${site}/`) && u !== site && !u.startsWith('data:') && !u.startsWith('blob:'));
}

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** axe-core's serious and critical violations on `page` (injected through the debugger, so page CSP does not apply). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
}
