import { describe, expect, it } from 'vitest';
import { inlineJson } from '../../../widget/demo/make-snapshots.ts';

describe('inlineJson', () => {
  it('cannot close the <script> it sits in', () => {
    const text = inlineJson({ label: '</script><img src=x onerror=alert(1)><!--' });
    expect(text).not.toMatch(/<|>/);
    expect(JSON.parse(text)).toEqual({ label: '</script><img src=x onerror=alert(1)><!--' });
  });
});
