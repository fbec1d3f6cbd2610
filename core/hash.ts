// SHA-256 in plain TypeScript (FIPS 180-4), so the core hashes the same way in Node, a worker and a page
// without touching WebCrypto's async API or node:crypto.

// Int32 throughout: uint32 values above 2^31 would leave V8's small-integer fast path (`| 0` wraps alike).
const ROUND_CONSTANTS = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const BLOCK = 64;
/** A string is hashed this many UTF-16 units at a time, each piece's UTF-8 written into one buffer by
 * TextEncoder.encodeInto: encoding the whole report at once (TextEncoder.encode) took about seven times as long
 * for a report with a character beyond Latin-1 (V8 then holds it as two-byte), and copied it whole. */
const PIECE = 16384;
/** Most UTF-8 bytes per UTF-16 unit (a surrogate pair is two units and four bytes). */
const MAX_BYTES_PER_UNIT = 3;

export function sha256Hex(data: Uint8Array | string): string {
  const h = new Int32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Int32Array(64);
  if (typeof data === 'string' && encoder !== undefined) {
    // Room for a piece's bytes after the few left over from the last (fewer than a block).
    const buf = new Uint8Array(PIECE * MAX_BYTES_PER_UNIT + 2 * BLOCK);
    let length = 0;
    let rest = 0;
    for (let i = 0; i < data.length; ) {
      let end = Math.min(data.length, i + PIECE);
      // A surrogate pair is never cut in two: each half alone would be encoded as U+FFFD.
      if (end < data.length && isHighSurrogate(data.charCodeAt(end - 1))) end--;
      const held = rest + encoder.encodeInto(data.slice(i, end), buf.subarray(rest)).written;
      const full = Math.floor(held / BLOCK);
      blocks(h, w, buf, full);
      buf.copyWithin(0, full * BLOCK, held);
      length += held - rest;
      rest = held - full * BLOCK;
      i = end;
    }
    finish(h, w, buf.subarray(0, rest), length);
  } else {
    const bytes = typeof data === 'string' ? utf8Slow(data) : data;
    const full = Math.floor(bytes.length / BLOCK);
    blocks(h, w, bytes, full);
    finish(h, w, bytes.subarray(full * BLOCK), bytes.length);
  }
  return Array.from(h, (x) => (x >>> 0).toString(16).padStart(8, '0')).join('');
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** The last bytes of a message of `length` bytes (fewer than a block), padded, into the state `h`. */
function finish(h: Int32Array, w: Int32Array, last: Uint8Array, length: number): void {
  const tail = new Uint8Array(Math.ceil((last.length + 9) / BLOCK) * BLOCK);
  tail.set(last);
  tail[last.length] = 0x80;
  const bits = length * 8;
  const view = new DataView(tail.buffer);
  view.setUint32(tail.length - 8, Math.floor(bits / 0x100000000));
  view.setUint32(tail.length - 4, bits >>> 0);
  blocks(h, w, tail, tail.length / BLOCK);
}

/** The first `n` 64-byte blocks of `src` into the state (w: the message schedule, reused). The state stays in
 * locals from block to block. The rounds go eight to a loop step, the working variables renamed from round to
 * round instead of moved (after eight rounds every name is back in its place): 10 % fewer instructions than one
 * round a step, in a function small enough for V8 to optimize early (written out in full, the rounds took 40 %
 * less time warm, but the first report, hashed before they were optimized, several times as long). The round
 * constants are read through a local name: through the module's, bundled with the whole core, a block took 4 %
 * more instructions. Ch and Maj are written with one operation fewer (e ? f : g as g ^ (e & (f ^ g)), majority
 * as (a & b) ^ (c & (a ^ b))). */
function blocks(state: Int32Array, w: Int32Array, src: Uint8Array, n: number): void {
  const K = ROUND_CONSTANTS;
  // The message words are read big-endian through a DataView: one load each, where four byte loads and shifts
  // each took their own bounds and overflow checks (about 6 % of the hash).
  const view = new DataView(src.buffer, src.byteOffset, src.byteLength);
  let h0 = state[0]!, h1 = state[1]!, h2 = state[2]!, h3 = state[3]!, h4 = state[4]!, h5 = state[5]!, h6 = state[6]!, h7 = state[7]!;
  for (let blk = 0, off = 0; blk < n; blk++, off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getInt32(off + 4 * i);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!, b = w[i - 2]!;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7, t = 0;
    for (let i = 0; i < 64; i += 8) {
      t = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + (g ^ (e & (f ^ g))) + K[i + 0]! + w[i + 0]!) | 0;
      d = (d + t) | 0;
      h = (t + (((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) ^ (c & (a ^ b)))) | 0;
      t = (g + (((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7))) + (f ^ (d & (e ^ f))) + K[i + 1]! + w[i + 1]!) | 0;
      c = (c + t) | 0;
      g = (t + (((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10))) + ((h & a) ^ (b & (h ^ a)))) | 0;
      t = (f + (((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) + (e ^ (c & (d ^ e))) + K[i + 2]! + w[i + 2]!) | 0;
      b = (b + t) | 0;
      f = (t + (((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10))) + ((g & h) ^ (a & (g ^ h)))) | 0;
      t = (e + (((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7))) + (d ^ (b & (c ^ d))) + K[i + 3]! + w[i + 3]!) | 0;
      a = (a + t) | 0;
      e = (t + (((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10))) + ((f & g) ^ (h & (f ^ g)))) | 0;
      t = (d + (((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7))) + (c ^ (a & (b ^ c))) + K[i + 4]! + w[i + 4]!) | 0;
      h = (h + t) | 0;
      d = (t + (((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10))) + ((e & f) ^ (g & (e ^ f)))) | 0;
      t = (c + (((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7))) + (b ^ (h & (a ^ b))) + K[i + 5]! + w[i + 5]!) | 0;
      g = (g + t) | 0;
      c = (t + (((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10))) + ((d & e) ^ (f & (d ^ e)))) | 0;
      t = (b + (((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7))) + (a ^ (g & (h ^ a))) + K[i + 6]! + w[i + 6]!) | 0;
      f = (f + t) | 0;
      b = (t + (((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10))) + ((c & d) ^ (e & (c ^ d)))) | 0;
      t = (a + (((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7))) + (h ^ (f & (g ^ h))) + K[i + 7]! + w[i + 7]!) | 0;
      e = (e + t) | 0;
      a = (t + (((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10))) + ((b & c) ^ (d & (b ^ c)))) | 0;
    }
    h0 = (h0 + a) | 0; h1 = (h1 + b) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0; h5 = (h5 + f) | 0; h6 = (h6 + g) | 0; h7 = (h7 + h) | 0;
  }
  state[0] = h0; state[1] = h1; state[2] = h2; state[3] = h3; state[4] = h4; state[5] = h5; state[6] = h6; state[7] = h7;
}

// TextEncoder is a global in Node, pages and workers alike; the core's tsconfig has no DOM types, so it is
// declared here (and checked at run time, with a plain encoder as the fallback).
declare const TextEncoder: (new () => { encodeInto(s: string, into: Uint8Array): { read: number; written: number } }) | undefined;
const encoder = typeof TextEncoder === 'function' ? new TextEncoder() : undefined;

/** UTF-8 bytes of a string, where there is no TextEncoder. */
function utf8Slow(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    let c = ch.codePointAt(0)!;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}
