import { describe, it, expect } from 'vitest';
import { isQuotaError, putExtraction } from '../../../extension/utils/cache.ts';
import { chapterExtraction } from './fixture.ts';

describe('the extraction cache', () => {
  it('recognises quota errors from Chromium and Firefox', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
  it('reports a failed write as data instead of throwing, so the view still shows the extraction', async () => {
    // Node has no IndexedDB: the write fails, and says so.
    const r = await putExtraction(chapterExtraction(), 'https://www.oslo.kommune.no/a.pdf');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('error');
  });
});
