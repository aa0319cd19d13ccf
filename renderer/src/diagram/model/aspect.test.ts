import { describe, expect, it } from 'vitest';
import { stretchToAspect } from './aspect';

const flat = new Map([
  ['a', { x: 0, y: 10 }],
  ['b', { x: 1000, y: 20 }],
  ['c', { x: 500, y: 110 }],
]);

describe('stretchToAspect', () => {
  it('stretches a flat layout vertically about its top, towards the aspect', () => {
    const out = stretchToAspect(flat, 0.5, 10); // height 100, width 1000: factor 5
    expect(out.get('a')).toEqual({ x: 0, y: 10 });
    expect(out.get('b')).toEqual({ x: 1000, y: 60 });
    expect(out.get('c')).toEqual({ x: 500, y: 510 });
  });
  it('stretches at most maxStretch times and never squashes', () => {
    expect(stretchToAspect(flat, 0.5, 2).get('c')).toEqual({ x: 500, y: 210 });
    expect(stretchToAspect(flat, 0.05, 10)).toBe(flat);
  });
  it('leaves a single column or a single node alone', () => {
    const column = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 0, y: 50 }],
    ]);
    expect(stretchToAspect(column, 1, 3)).toBe(column);
    expect(stretchToAspect(new Map([['a', { x: 1, y: 1 }]]), 1, 3).get('a')).toEqual({ x: 1, y: 1 });
  });
});
