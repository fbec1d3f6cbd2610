#!/usr/bin/env node
// The browser tests need Debian's Chromium at /usr/bin/chromium (no browser download works here).
// As root we install it; otherwise we stop with the one command to run.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  if (process.getuid?.() === 0) {
    console.error('Chromium is missing: installing Debian\'s chromium (apt-get install -y chromium) …');
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    } catch {
      /* reported below */
    }
    if (existsSync(CHROMIUM)) return true;
  }
  console.error('Chromium is missing. Run: sudo apt-get install -y chromium');
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);
