import { describe, expect, it } from 'vitest';
import { boxToUser } from '../../../core/pdf/to-draft.ts';
import type { Box } from '../../../core/model.ts';

type Matrix = [number, number, number, number, number, number];

/** The definition: map all four corners, take their bounds, round to the hundredth. */
function cornersBox(b: Box, m: Matrix): Box {
  const pts = [[b[0], b[1]], [b[2], b[1]], [b[0], b[3]], [b[2], b[3]]].map(([x, y]) => [m[0] * x! + m[2] * y! + m[4], m[1] * x! + m[3] * y! + m[5]]);
  const r = (v: number) => Math.round(v * 100) / 100;
  const xs = pts.map((p) => p[0]!);
  const ys = pts.map((p) => p[1]!);
  return [r(Math.min(...xs)), r(Math.min(...ys)), r(Math.max(...xs)), r(Math.max(...ys))];
}

describe('boxToUser', () => {
  const box: Box = [72.125, 100.5, 310.33, 112.9];
  const frames: [string, Matrix][] = [
    ['identity', [1, 0, 0, 1, 0, 0]],
    ['flipped (y down)', [1, 0, 0, -1, 0, 842]],
    ['quarter turn', [0, 1, -1, 0, 595, 0]],
    ['quarter turn back', [0, -1, 1, 0, 0, 842]],
    ['half turn', [-1, 0, 0, -1, 595, 842]],
    ['scaled and skewed', [0.5, 0.25, -0.3, 2, 11.1, -7.7]],
  ];
  for (const [name, m] of frames) {
    it(`bounds the mapped corners (${name})`, () => {
      expect(boxToUser(box, m)).toEqual(cornersBox(box, m));
    });
  }
});
