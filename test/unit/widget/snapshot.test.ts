import { describe, expect, it } from 'vitest';
import { checkEmbedInput, readEmbedInput } from '../../../widget/snapshot.ts';
import { demoSnapshot } from './fixtures.ts';

describe('readEmbedInput', () => {
  it('reads a real embed snapshot', () => {
    const snap = demoSnapshot('ostensjo-2024-netto');
    const read = readEmbedInput(JSON.stringify(snap));
    expect(read.ok && read.input.kind).toBe('snapshot');
    if (read.ok && read.input.kind === 'snapshot') expect(read.input.snapshot.table.rows).toHaveLength(snap.table.rows.length);
  });

  it('reads an Extraction (several tables) so the table attribute can pick one', () => {
    const a = demoSnapshot('ostensjo-2024-netto').table;
    const b = demoSnapshot('ostensjo-2024-brutto').table;
    const read = readEmbedInput(JSON.stringify({ version: 1, source: { name: 'r', kind: 'text', sha256: 'x' }, tables: [a, b] }));
    expect(read.ok && read.input.kind).toBe('extraction');
    if (read.ok && read.input.kind === 'extraction') {
      expect(read.input.extraction.tables).toHaveLength(2);
      expect(read.input.extraction.claims).toEqual([]);
    }
  });

  it('says the JSON is malformed', () => {
    const read = readEmbedInput('{"version": 1, "table": ');
    expect(read).toMatchObject({ ok: false, code: 'bad-json' });
  });

  it('names the path of a wrong field', () => {
    const snap = demoSnapshot('ostensjo-2024-netto') as unknown as { table: { rows: { values: unknown[] }[] } };
    snap.table.rows[2]!.values[1] = '600 779';
    expect(checkEmbedInput(snap)).toEqual({ ok: false, code: 'bad-shape', detail: 'table.rows[2].values[1] må være et tall' });
  });

  it('rejects a variance that points past the rows and an unknown direction', () => {
    const snap = demoSnapshot('ostensjo-2024-netto');
    const far = structuredClone(snap);
    far.table.variances[0]!.row = 99;
    expect(checkEmbedInput(far)).toMatchObject({ ok: false, detail: expect.stringContaining('table.variances[0].row') });
    const odd = structuredClone(snap) as unknown as { table: { variances: { direction: string }[] } };
    odd.table.variances[0]!.direction = 'sideways';
    expect(checkEmbedInput(odd)).toMatchObject({ ok: false, detail: expect.stringContaining('direction') });
  });

  it('rejects a wrong version, a missing table and non-objects', () => {
    expect(checkEmbedInput({ version: 2 })).toMatchObject({ ok: false, detail: 'version må være 1' });
    expect(checkEmbedInput({ version: 1, source: { name: 'x' } })).toMatchObject({ ok: false, detail: 'table mangler' });
    expect(checkEmbedInput(null)).toMatchObject({ ok: false, detail: 'JSON må være et objekt' });
    expect(checkEmbedInput([])).toMatchObject({ ok: false, code: 'bad-shape' });
  });

  it('fills missing checks and variances with empty lists', () => {
    const snap = demoSnapshot('ostensjo-2024-netto') as unknown as { table: Record<string, unknown> };
    delete snap.table.checks;
    delete snap.table.variances;
    const read = checkEmbedInput(snap);
    expect(read.ok).toBe(true);
    if (read.ok && read.input.kind === 'snapshot') expect(read.input.snapshot.table.checks).toEqual([]);
  });
});

describe('readEmbedInput claims', () => {
  it('accepts the engine’s claims and rejects a claim without text or with an odd verdict', () => {
    const snap = demoSnapshot('ullern-2024-netto');
    expect(snap.claims?.length).toBeGreaterThan(0);
    expect(checkEmbedInput(snap).ok).toBe(true);
    const noText = structuredClone(snap) as unknown as { claims: Record<string, unknown>[] };
    delete noText.claims[0]!.text;
    expect(checkEmbedInput(noText)).toMatchObject({ ok: false, detail: 'claims[0].text må være tekst' });
    const odd = structuredClone(snap) as unknown as { claims: Record<string, unknown>[] };
    odd.claims[1]!.verdict = 'maybe';
    expect(checkEmbedInput(odd)).toMatchObject({ ok: false, detail: expect.stringContaining('claims[1].verdict') });
  });
});

describe('the committed demo snapshots', () => {
  for (const name of ['ostensjo-2024-netto', 'ostensjo-2024-brutto', 'ullern-2024-netto', 'sondre-nordstrand-2023-netto'] as const) {
    it(`${name} is a valid EmbedSnapshot with variances to highlight`, () => {
      const snap = demoSnapshot(name);
      expect(checkEmbedInput(snap).ok).toBe(true);
      expect(snap.table.variances.length).toBeGreaterThan(0);
    });
  }
});
