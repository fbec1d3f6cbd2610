import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../core/hash.ts';

const nodeSha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

describe('sha256Hex', () => {
  it('hashes as node:crypto does, at every length around the block and padding boundaries', () => {
    for (let len = 0; len <= 200; len++) {
      const bytes = new Uint8Array(len).map((_, i) => (i * 131 + len * 7) & 255);
      expect(sha256Hex(bytes), `length ${len}`).toBe(nodeSha256(bytes));
    }
  });

  it('hashes a string as its UTF-8 bytes', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (const s of ['Merforbruk på 61,8 mill. kroner – “Bydel Søndre Nordstrand”', 'x'.repeat(100_003)]) expect(sha256Hex(s)).toBe(nodeSha256(s));
  });

  it('hashes a long string piece by piece without cutting a surrogate pair, and a lone surrogate as U+FFFD', () => {
    for (const at of [16383, 16384, 32767]) {
      for (const s of ['a'.repeat(at) + '😀' + 'æ'.repeat(20_000), 'æ'.repeat(at) + '\ud800x\udc00', 'a'.repeat(at) + '\ud83d']) {
        expect(sha256Hex(s), `surrogate at ${at}`).toBe(nodeSha256(s));
      }
    }
  });

  it('hashes a view into a larger buffer by its own bytes', () => {
    const big = new Uint8Array(1000).map((_, i) => i & 255);
    const view = big.subarray(17, 17 + 555);
    expect(sha256Hex(view)).toBe(nodeSha256(Uint8Array.from(view)));
  });
});
