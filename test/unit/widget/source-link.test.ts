import { describe, expect, it } from 'vitest';
import { sourceLine } from '../../../widget/source-link.ts';
import { demoSnapshot } from './fixtures.ts';

describe('sourceLine', () => {
  const snap = demoSnapshot('ostensjo-2024-netto');

  it('links the report at its page', () => {
    const s = { ...snap, source: { ...snap.source, url: 'https://www.oslo.kommune.no/a/rapport.pdf', page: 12 } };
    expect(sourceLine(s)).toEqual({ name: snap.source.name, page: 12, href: 'https://www.oslo.kommune.no/a/rapport.pdf#page=12' });
  });

  it('falls back to the table page and resolves relative URLs', () => {
    const s = { ...snap, source: { name: 'r', url: 'rapport.pdf#zoom=1' }, table: { ...snap.table, page: 3 } };
    expect(sourceLine(s, 'https://example.org/blog/post.html').href).toBe('https://example.org/blog/rapport.pdf#page=3');
  });

  it('never links a javascript: or data: URL', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'not a url']) {
      expect(sourceLine({ ...snap, source: { name: 'r', url } }).href).toBeUndefined();
    }
  });
});
