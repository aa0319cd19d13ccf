// How much of a provenance answer rests on weak records, worked out by hand on the
// two-route chain of hand.test.ts: the metal plant mixes US ore (via China) and AU ore (via
// Malaysia) 2:1 and ships to two magnet makers, which ship 40 (CN) and 60 (JP) to the prime.
import { describe, expect, it } from 'vitest';
import type { Confidence } from '../../model/enums';
import { buildGraph } from '../graph';
import { provenance } from '../provenance';
import { resolveFacility } from '../resolve';
import { chain } from './fixtures';

const near = (value: number) => expect.closeTo(value, 9);

function twoRoutes(confidence: { facilities?: Record<string, Confidence>; flows?: Record<string, Confidence> }) {
  const f = (id: string) => ({ confidence: confidence.facilities?.[id] ?? 'high' });
  // flows f1..f8 in this order
  const e = (n: number) => ({ confidence: confidence.flows?.[`f${n}`] ?? 'high' });
  const input = chain(
    [
      ['mineUS', 'mine', 'US', f('mineUS')],
      ['mineAU', 'mine', 'AU', f('mineAU')],
      ['sepCN', 'separation', 'CN', f('sepCN')],
      ['sepMY', 'separation', 'MY', f('sepMY')],
      ['metalCN', 'metal', 'CN', f('metalCN')],
      ['magnetCN', 'magnet', 'CN', f('magnetCN')],
      ['magnetJP', 'magnet', 'JP', f('magnetJP')],
      ['prime', 'oem', 'US', f('prime')],
    ],
    [
      ['mineUS', 'sepCN', 1000, undefined, e(1)],
      ['mineAU', 'sepMY', 1000, undefined, e(2)],
      ['sepCN', 'metalCN', 100, undefined, e(3)],
      ['sepMY', 'metalCN', 50, undefined, e(4)],
      ['metalCN', 'magnetCN', 60, undefined, e(5)],
      ['metalCN', 'magnetJP', 60, undefined, e(6)],
      ['magnetCN', 'prime', 40, undefined, e(7)],
      ['magnetJP', 'prime', 60, undefined, e(8)],
    ],
  );
  const graph = buildGraph(input);
  return provenance(graph, [resolveFacility(graph, 'prime', 'facility')]).evidence;
}

describe('evidence: the share of the inbound mass that passed through weak records', () => {
  it('is nothing when every record is high confidence', () => {
    expect(twoRoutes({})).toEqual({ low_share: 0, below_high_share: 0, weakest: [] });
  });

  it('a low facility upstream of a third of the mass weighs a third', () => {
    // All of Malaysia's separation output is AU ore: a third of what reaches the prime.
    expect(twoRoutes({ facilities: { sepMY: 'low' } })).toMatchObject({ low_share: near(1 / 3), below_high_share: near(1 / 3) });
  });

  it('a medium flow counts below high only, and mixes with a low one on another route', () => {
    // magnetJP -> prime (60 of 100) is medium; the US ore's first flow (2/3) is low.
    expect(twoRoutes({ flows: { f8: 'medium', f1: 'low' } })).toMatchObject({
      low_share: near(2 / 3),
      // below high: the JP route (0.6) or the US ore (2/3), overlapping in 0.6 x 2/3
      below_high_share: near(0.6 + 2 / 3 - 0.6 * (2 / 3)),
    });
  });

  it('a weak record everything passes through weighs everything; the target itself does not count', () => {
    expect(twoRoutes({ facilities: { metalCN: 'medium' } })).toMatchObject({ low_share: 0, below_high_share: near(1) });
    expect(twoRoutes({ facilities: { prime: 'low' } })).toMatchObject({ low_share: 0, below_high_share: 0 });
  });

  it('names the weak records that carry the most, low ones first, with the share through each', () => {
    const { weakest } = twoRoutes({ facilities: { sepMY: 'low', metalCN: 'medium' }, flows: { f8: 'medium' } });
    expect(weakest).toEqual([
      { kind: 'facility', id: 'sepMY', name: 'sepMY', confidence: 'low', share: near(1 / 3) },
      { kind: 'facility', id: 'metalCN', name: 'metalCN', confidence: 'medium', share: near(1) },
      { kind: 'flow', id: 'f8', name: 'magnetJP → prime', confidence: 'medium', share: near(0.6) },
    ]);
  });

  it('records left without a confidence count as medium (the records’ default)', () => {
    const graph = buildGraph(chain([['m', 'mine', 'AU'], ['p', 'oem', 'US']], [['m', 'p', 10]]));
    expect(provenance(graph, [resolveFacility(graph, 'p', 'facility')]).evidence).toMatchObject({ low_share: 0, below_high_share: 1 });
  });
});
