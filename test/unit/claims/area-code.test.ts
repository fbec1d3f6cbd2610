import { describe, expect, it } from 'vitest';
import { areaCodes, soleAreaCode } from '../../../core/claims/area-code.ts';

describe('soleAreaCode', () => {
  it('gives the code of a text that names exactly one funksjonsområde, as areaCodes reads it', () => {
    expect(soleAreaCode('Sum FO4A *)')).toBe('4A');
    expect(soleAreaCode('Funksjonsområde 2a og FO2A')).toBe('2A');
    expect([...areaCodes('Funksjonsområde 2a og FO2A')]).toEqual(['2A']);
  });

  it('gives nothing for a text that names none or several', () => {
    expect(soleAreaCode('Barnehage')).toBeUndefined();
    expect(soleAreaCode('F253 Bistand')).toBeUndefined();
    expect(soleAreaCode('FO1 og FO2')).toBeUndefined();
  });
});
