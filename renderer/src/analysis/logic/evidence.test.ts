import { describe, expect, it } from 'vitest';
import { evidenceLevel, evidenceText, weakRecordText } from './evidence';

describe('evidence in words', () => {
  it('says when everything rests on high-confidence records', () => {
    expect(evidenceText({ low_share: 0, below_high_share: 0 })).toBe('Every facility and flow this material passed through is recorded with high confidence.');
    expect(evidenceLevel({ low_share: 0, below_high_share: 0.0001 })).toBe('high');
  });
  it('gives the share below high and, when there is any, the share through low', () => {
    expect(evidenceText({ low_share: 0, below_high_share: 0.58 })).toBe(
      '58.0% of this material passed through a facility or flow recorded with less than high confidence; none through one of low confidence.',
    );
    expect(evidenceText({ low_share: 0.123, below_high_share: 0.58 })).toBe(
      '58.0% of this material passed through a facility or flow recorded with less than high confidence, 12.3% through one of low confidence.',
    );
  });
  it('flags an answer a fifth or more of which rests on low-confidence records', () => {
    expect(evidenceLevel({ low_share: 0.2, below_high_share: 0.5 })).toBe('low');
    expect(evidenceLevel({ low_share: 0.19, below_high_share: 0.5 })).toBe('medium');
  });
});

describe('a weak record in words', () => {
  it('names it, says what it is and how weak, and the share through it', () => {
    expect(weakRecordText({ kind: 'flow', id: 'f8', name: 'Moog → F-35', confidence: 'low', share: 0.5112 })).toBe('Moog → F-35 (flow, low) 51.1%');
  });
});
