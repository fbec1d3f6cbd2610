import { describe, it, expect } from 'vitest';
import { tableToCsv } from '../../../extension/utils/csv.ts';
import { embedCode, jsonForScript, snapshotFor } from '../../../extension/utils/embed.ts';
import { sourceText } from '../../../extension/utils/source-text.ts';
import { chapterExtraction } from './fixture.ts';

describe('tableToCsv', () => {
  const x = chapterExtraction();
  const csv = tableToCsv(x.tables[0]!);
  const lines = csv.trimEnd().split('\r\n');
  it('has a header and one line per row with printed values and the computed variance', () => {
    expect(lines).toHaveLength(1 + x.tables[0]!.rows.length);
    expect(lines[0]).toBe('label,kind,Regnskap 2024,Opprinnelig budsjett 2024,Regulert budsjett 2024,Avvik,variance,percent,direction,unit');
    expect(lines[2]).toBe('FO2 Barnevern,item,198700,160000,170500,-28200,-28200,-16.5,overspend,1000 kr');
  });
  it('quotes cells holding commas or quotes', () => {
    const t = structuredClone(x.tables[0]!);
    t.rows[0]!.label = 'Helse, "omsorg"';
    expect(tableToCsv(t).split('\r\n')[1]!.startsWith('"Helse, ""omsorg""",')).toBe(true);
  });
});

describe('embed code', () => {
  const x = chapterExtraction();
  const table = x.tables[0]!;
  it('holds the contract EmbedSnapshot with the table and its matched claims', () => {
    const s = snapshotFor(x, table, 'https://www.oslo.kommune.no/a.pdf');
    expect(s.version).toBe(1);
    expect(s.table).toBe(table);
    expect(s.source.url).toBe('https://www.oslo.kommune.no/a.pdf');
    expect(s.claims?.every((c) => c.match?.table === table.id)).toBe(true);
    expect(s.claims?.length).toBe(x.claims.filter((c) => c.match?.table === table.id).length);
  });
  it('puts the snapshot inline as JSON that cannot close its script element', () => {
    const s = snapshotFor(x, { ...table, title: '</script><img src=x onerror=alert(1)>' });
    const code = embedCode(s, '/widget/tallsjekk-widget.js');
    expect(code.match(/<\/script>/g)).toHaveLength(2);
    expect(code).toContain('<script type="module" src="/widget/tallsjekk-widget.js"></script>');
    const json = code.split('<script type="application/json">')[1]!.split('</script>')[0]!;
    expect(JSON.parse(json).table.title).toBe('</script><img src=x onerror=alert(1)>');
    expect(jsonForScript('\u2028')).toBe('"\\u2028"');
  });
});

describe('sourceText', () => {
  it('cites value, label, table, page and URL', () => {
    const x = chapterExtraction();
    const table = { ...x.tables[0]!, page: 7 };
    const s = sourceText({ value: -45529, label: 'FO3 Helse og omsorg', column: 'Avvik', table, url: 'https://x/a.pdf', name: 'a.pdf' }, 'nb');
    expect(s).toBe('FO3 Helse og omsorg — Avvik: −45 529 (1000 kr). Tabell 0.1 B Netto driftsutgifter per funksjonsområde, s. 7. https://x/a.pdf#page=7');
  });
});
