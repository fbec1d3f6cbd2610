import { describe, expect, it } from 'vitest';
import { MAX_LINE_LENGTH, normalizeText, textToLines } from '../../../core/text/to-lines.ts';

/** What textToLines must give: every line split off and normalised on its own. */
const expected = (text: string) => text.split(/\r\n|\r|\n|\f/).map((t, i) => ({ text: normalizeText(t).slice(0, MAX_LINE_LENGTH), line: i + 1 }));

describe('textToLines', () => {
  it('normalises exactly the lines that hold a character to change (text broken by \\n alone)', () => {
    const text = 'Merforbruk\u00a0på 61,8 mill.\nRegnskap 2024\n\u2212 1\u202f234\n\nSum\t12\u00ad3\n\ufeffslutt';
    const lines = textToLines(text);
    expect(lines).toEqual(expected(text));
    expect(lines.map((l) => l.text)).toEqual(['Merforbruk på 61,8 mill.', 'Regnskap 2024', '- 1 234', '', 'Sum 123', 'slutt']);
  });

  it('reads \\r\\n, \\r and \\f breaks the same way', () => {
    const text = 'a\u00a0b\r\nc\rd\u2013e\ff\n\u2212';
    expect(textToLines(text)).toEqual(expected(text));
    expect(textToLines(text).map((l) => l.text)).toEqual(['a b', 'c', 'd-e', 'f', '-']);
  });

  it('cuts a line longer than MAX_LINE_LENGTH, changed or not', () => {
    const text = `${'x'.repeat(MAX_LINE_LENGTH + 5)}\n${'\u00a0'.repeat(MAX_LINE_LENGTH + 5)}\nkort`;
    expect(textToLines(text)).toEqual(expected(text));
    expect(textToLines(text).map((l) => l.text.length)).toEqual([MAX_LINE_LENGTH, MAX_LINE_LENGTH, 4]);
  });
});
