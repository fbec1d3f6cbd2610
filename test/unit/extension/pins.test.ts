import { describe, it, expect } from 'vitest';
import { extractionToMarks } from '../../../extension/utils/marks.ts';
import { notebookFile, parseNotebookFile, pinFound, pinFromMark, pinsToCsv, pinsToMarkdown, pinToCitation, sortPins } from '../../../extension/utils/pins.ts';
import { chapterExtraction } from './fixture.ts';

const URL = 'https://www.oslo.kommune.no/rapport.pdf';

describe('pins', () => {
  const x = chapterExtraction();
  const marks = extractionToMarks(x);
  const fo2 = marks.find((m) => m.kind === 'variance' && m.label === 'FO2 Barnevern')!;
  const claim = marks.find((m) => m.kind === 'claim' && m.claim!.text.includes('72,3'))!;

  it('keeps what is needed to cite a variance: value as printed, label, table, status', () => {
    const p = { ...pinFromMark(fo2, x, 'abc', URL, 1), page: 7 };
    expect(p).toMatchObject({ id: fo2.id, sha256: 'abc', value: -28200, printed: '-28 200', label: 'FO2 Barnevern', unit: '1000 kr', status: 'consistent', direction: 'overspend' });
    expect(pinToCitation(p, 'nb')).toBe(
      'Merforbruk FO2 Barnevern: −28 200 (1000 kr), Tabell 0.1 B Netto driftsutgifter per funksjonsområde, s. 7, https://www.oslo.kommune.no/rapport.pdf#page=7 — tabellens avvik stemmer',
    );
  });

  it('cites a claim with its verdict and a note, and says when a pin is not found', () => {
    const p = { ...pinFromMark(claim, x, 'abc', URL, 1), note: 'sjekk med bydelen' };
    expect(p.status).toBe(claim.claim!.verdict);
    const c = pinToCitation(p, 'en', false);
    expect(c).toContain('«merforbruk på 72,3 mill. kroner»');
    expect(c).toContain('[not found in this version of the report]');
    expect(c.endsWith('Note: sjekk med bydelen')).toBe(true);
  });

  it('exports Markdown in reading order and CSV with one line per pin', () => {
    const a = { ...pinFromMark(fo2, x, 'abc', URL, 1), page: 3, top: 100 };
    const b = { ...pinFromMark(claim, x, 'abc', URL, 2), page: 3, top: 700 };
    const c = { ...pinFromMark(fo2, x, 'abc', URL, 3), id: 'z', page: 1 };
    expect(sortPins([a, b, c]).map((p) => p.id)).toEqual(['z', b.id, a.id]);
    const md = pinsToMarkdown([a, b], 'nb', 'Notatbok');
    expect(md.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(2);
    expect(md.indexOf('72,3')).toBeLessThan(md.indexOf('FO2 Barnevern'));
    const csv = pinsToCsv([a, b]).trimEnd().split('\r\n');
    expect(csv).toHaveLength(3);
    expect(csv[2]).toContain('FO2 Barnevern,-28 200,-28200,1000 kr,overspend,consistent');
  });

  it('round-trips a notebook file and rejects anything else', () => {
    const p = pinFromMark(fo2, x, 'abc', URL, 1);
    const file = notebookFile([p], { name: 'r.pdf', sha256: 'abc', url: URL });
    expect(parseNotebookFile(JSON.stringify(file)).pins).toEqual([p]);
    expect(() => parseNotebookFile('{"format":"other"}')).toThrow();
    expect(parseNotebookFile(JSON.stringify({ ...file, pins: [p, { id: 1 }] })).pins).toHaveLength(1);
  });

  it('finds a pin again only while its row or claim is unchanged', () => {
    const p = pinFromMark(fo2, x, 'abc', URL, 1);
    expect(pinFound(p, x)).toBe(true);
    const changed = structuredClone(x);
    changed.tables[0]!.rows[1]!.label = 'FO2 Barnevern og familie';
    expect(pinFound(p, changed)).toBe(false);
    const q = pinFromMark(claim, x, 'abc', URL, 1);
    expect(pinFound(q, x)).toBe(true);
    expect(pinFound(q, { ...x, claims: [] })).toBe(false);
  });
});
