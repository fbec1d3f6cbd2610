#!/usr/bin/env node
// `npm start`: build the extension (Chrome MV3 and Firefox) and the widget, print the key findings of a bundled
// sample report, and serve the demo site (a mock oslo.kommune.no report page, sample PDFs, the widget demo).
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, extname, normalize, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const SAMPLE = join(root, 'test/fixtures/pdf/oestensjoe-2024.pdf');
const step = (title, cmd, args) => {
  console.log(`\n== ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`npm start: "${cmd} ${args.join(' ')}" failed (exit ${r.status}).`);
    process.exit(r.status ?? 1);
  }
};

if (!process.argv.includes('--no-build')) {
  step('Building the extension for Chrome (MV3) and the widget', 'npm', ['run', 'build', '--silent']);
  step('Building the extension for Firefox', 'npm', ['run', 'build:firefox', '--silent']);
}

console.log(`\n== Key findings of the sample report (${SAMPLE.slice(root.length + 1)})`);
const md = spawnSync('node', [join(root, 'core/cli/tallsjekk.mjs'), 'extract', SAMPLE, '--format', 'md'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
if (md.status === 0) console.log(md.stdout.split('\n## Tabeller')[0].trim());
else console.log(md.stderr.trim());

// The demo site: URL prefix → folders tried in order.
const MOUNTS = [
  ['/widget/', [join(root, '.output/widget'), join(root, 'widget')]],
  ['/reports/', [join(root, 'test/fixtures/pdf')]],
  ['/', [join(root, 'test/site/pages')]],
];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.pdf': 'application/pdf', '.png': 'image/png', '.svg': 'image/svg+xml' };

function find(path) {
  for (const [prefix, dirs] of MOUNTS) {
    if (!path.startsWith(prefix)) continue;
    for (const dir of dirs) {
      let file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir)) return undefined;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (existsSync(file)) return file;
    }
    return undefined;
  }
  return undefined;
}

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const file = find(path);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Ikke funnet / not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
  res.end(readFileSync(file));
});

const port = Number(process.env.PORT || 8787);
function listen(p, tries = 10) {
  server.once('error', (e) => {
    if (e.code === 'EADDRINUSE' && tries > 0) listen(p + 1, tries - 1);
    else {
      console.error(`npm start: cannot listen on port ${p} (${e.code}). Set PORT=… to choose another.`);
      process.exit(1);
    }
  });
  server.listen(p, '127.0.0.1', () => {
    console.log(`\n== Tallsjekk demo site: http://localhost:${p}/`);
    console.log(`   report page (mock oslo.kommune.no): http://localhost:${p}/`);
    console.log(`   widget demo:                        http://localhost:${p}/widget/demo.html`);
    console.log(`   load the unpacked extension from:   ${join(root, '.output/chrome-mv3')} (chrome://extensions → Developer mode → Load unpacked)`);
    console.log(`   Firefox build:                      ${join(root, '.output/firefox-mv3')} (about:debugging → Load Temporary Add-on)`);
    console.log('   Ctrl+C stops the server.');
  });
}
listen(port);
