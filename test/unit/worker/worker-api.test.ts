import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { proxy, transfer, wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { CoreApi, ParseResult, Progress } from '../../../core/worker/api.ts';
import { createCoreApi } from '../../../core/worker/core-api.ts';
import { layoutTable, makePdf } from '../pdf/make-pdf.ts';
import { OSLO_HEADER, osloRows } from '../pdf/oslo-table.ts';

function reportPdf(pages = 1): ArrayBuffer {
  const t = layoutTable({ title: 'Tabell 1 Netto driftsutgifter (tall i 1000 kr)', header: OSLO_HEADER, rows: osloRows(6), left: 60, rights: [330, 420, 510], top: 700 });
  const bytes = makePdf(Array.from({ length: pages }, () => ({ texts: t.texts })));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe('CoreApi through comlink in a worker thread', () => {
  let worker: Worker;
  let api: Remote<CoreApi>;
  beforeAll(() => {
    // A worker thread does not inherit vitest's TypeScript loader: register tsx first, then load the script.
    const script = new URL('./node-worker.ts', import.meta.url).href;
    worker = new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(script)}); });`, { eval: true });
    api = wrap<CoreApi>(nodeEndpoint(worker));
  });
  afterAll(async () => {
    await worker.terminate();
  });

  it('pins the remote type', () => {
    expectTypeOf<Awaited<ReturnType<Remote<CoreApi>['parsePdf']>>>().toEqualTypeOf<ParseResult>();
    expectTypeOf<Awaited<ReturnType<Remote<CoreApi>['version']>>>().toEqualTypeOf<string>();
  });

  it('answers version()', async () => {
    expect(await api.version()).toMatch(/^\d+\.\d+\.\d+/);
  }, 20_000);

  it('parses transferred PDF bytes with progress, and the sender keeps no copy', async () => {
    const bytes = reportPdf(2);
    const progress: Progress[] = [];
    const result = await api.parsePdf(transfer(bytes, [bytes]), { name: 'r.pdf' }, proxy((p: Progress) => void progress.push(p)));
    expect(bytes.byteLength).toBe(0);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.extraction.source).toMatchObject({ kind: 'pdf', pages: 2, name: 'r.pdf' });
    expect(result.extraction.tables).toHaveLength(2);
    // Progress travels on the callback's own port: it may arrive just after the result does.
    await vi.waitFor(() => expect(progress.map((p) => p.pagesDone)).toEqual([1, 2]));
  });

  it('returns a coded failure for a broken document and stays usable', async () => {
    const junk = new TextEncoder().encode('%PDF-1.4\nthis is not really a pdf').buffer as ArrayBuffer;
    const bad = await api.parsePdf(transfer(junk, [junk]));
    expect(bad).toMatchObject({ ok: false, error: { code: 'pdf-broken' } });
    const good = await api.parsePdf(reportPdf());
    expect(good.ok).toBe(true);
  });

  it('cancels a running document', async () => {
    // Cancel once, on the first progress report: later reports of the same document must not reach the next one.
    let sent = false;
    const running = api.parsePdf(reportPdf(30), {}, proxy(() => {
      if (sent) return;
      sent = true;
      void api.cancel();
    }));
    expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect((await api.parsePdf(reportPdf())).ok).toBe(true);
  });

  it('parses text through the same API', async () => {
    const r = await api.parseText('Tabell 1 Netto driftsutgifter\nRegnskap Budsjett Avvik\nBarnehager 1 200 1 300 100\n');
    expect(r.ok).toBe(true);
  });
});

describe('createCoreApi called directly', () => {
  it('maps an empty buffer to empty-input', async () => {
    const r = await createCoreApi().parsePdf(new ArrayBuffer(0));
    expect(r).toMatchObject({ ok: false, error: { code: 'empty-input' } });
  });
});
