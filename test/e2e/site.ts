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
