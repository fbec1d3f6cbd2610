import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../..', import.meta.url).pathname;
const LOCALES = join(ROOT, 'extension', 'public', '_locales');
const load = (l: string) => JSON.parse(readFileSync(join(LOCALES, l, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

describe('_locales', () => {
  const nb = load('nb');
  const en = load('en');
  it('has Norwegian bokmål as the default and English with the same keys', () => {
    const manifestConfig = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(manifestConfig).toContain("default_locale: 'nb'");
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
    expect(nb.lang!.message).toBe('nb');
    expect(en.lang!.message).toBe('en');
  });
  it('defines every message key the extension asks for, with the same placeholders in both languages', () => {
    const used = new Set<string>();
    for (const src of sources(join(ROOT, 'extension'))) for (const m of src.matchAll(/\bt\('([A-Za-z]+)'/g)) used.add(m[1]!);
    for (const src of sources(join(ROOT, 'extension'))) for (const m of src.matchAll(/'((?:dir|verdict)[A-Z][A-Za-z]+)'/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) {
      expect(nb[key], key).toBeDefined();
      expect(en[key], key).toBeDefined();
      const holes = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
      expect(holes(en[key]!.message), key).toBe(holes(nb[key]!.message));
    }
  });
});
