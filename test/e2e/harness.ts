// Real-browser harness: Debian's Chromium driven by playwright-core, a static server on 127.0.0.1 that records
// every request, and the built extension (.output/chrome-mv3) loaded unpacked.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, existsSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve, normalize } from 'node:path';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  port: number;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

export interface Route {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
}

/** Serves `mounts` (url prefix → folder) and `routes` (exact path → body) from 127.0.0.1 on a free port. */
export async function serveStatic(mounts: Record<string, string>, routes: Record<string, Route> = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const route = routes[path];
    if (route) {
      res.writeHead(200, { 'content-type': route.type ?? TYPES[extname(path)] ?? 'application/octet-stream', ...route.headers });
      res.end(route.body);
      return;
    }
    for (const [prefix, dir] of Object.entries(mounts).sort((a, b) => b[0].length - a[0].length)) {
      if (!path.startsWith(prefix)) continue;
      let file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(resolve(dir))) break;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (existsSync(file)) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** A plain headless Chromium (no extension). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Opens an extension page (e.g. 'popup.html') in a new tab. */
  openPage(path: string): Promise<Page>;
  close(): Promise<void>;
  userDataDir: string;
}

/** Chromium with the built extension loaded unpacked, in a fresh (or the given) profile. */
export async function launchWithExtension(opts: { userDataDir?: string; keepProfile?: boolean } = {}): Promise<ExtensionSession> {
  return launchWithExtensionAt(EXTENSION_DIR, opts);
}

// ---- The e2e build of the extension (added for the extension's tests) ----------------------------------

import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

/** `wxt build --mode e2e`: the store build plus the content script on http://127.0.0.1 (the mock site). */
export const E2E_EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3-e2e');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Builds the e2e variant when it is missing or older than extension/, core/ or wxt.config.ts; returns its folder. */
export function ensureE2eBuild(): string {
  const manifest = join(E2E_EXTENSION_DIR, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const sources = Math.max(...['extension', 'core', 'wxt.config.ts'].map((p) => newestMtime(join(ROOT, p))));
  if (built < sources) execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'pipe' });
  return E2E_EXTENSION_DIR;
}

/** Like launchWithExtension, for the extension built into `dir` (e.g. E2E_EXTENSION_DIR). */
export async function launchWithExtensionAt(dir: string, opts: { userDataDir?: string; keepProfile?: boolean } = {}): Promise<ExtensionSession> {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no built extension at ${dir}`);
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'tallsjekk-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    async openPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    async close() {
      await context.close();
      if (!opts.keepProfile && !opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
