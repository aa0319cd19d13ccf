// How much of a provenance answer rests on weak records, in words: the analysis page and the
// report say it under the figures, so a share is read with the confidence of what it rests on.
import type { Evidence, WeakRecord } from '../../../../db/model/analysis';
import { percent } from './format';

type Shares = Pick<Evidence, 'low_share' | 'below_high_share'>;

/** Below this, a share reads as none (the figures are rounded to 0.1%). */
const NONE = 0.0005;

export function evidenceText(evidence: Shares): string {
  const { low_share: low, below_high_share: belowHigh } = evidence;
  if (belowHigh < NONE) return 'Every facility and flow this material passed through is recorded with high confidence.';
  const weak = `${percent(belowHigh)} of this material passed through a facility or flow recorded with less than high confidence`;
  if (low < NONE) return `${weak}; none through one of low confidence.`;
  return `${weak}, ${percent(low)} through one of low confidence.`;
}

/** 'low' when a fifth or more rests on low-confidence records, 'medium' when on less than high, else 'high'. */
export function evidenceLevel(evidence: Shares): 'low' | 'medium' | 'high' {
  if (evidence.low_share >= 0.2) return 'low';
  if (evidence.below_high_share >= NONE) return 'medium';
  return 'high';
}

/** "Moog → F-35 (flow, low) 51.1%": one weak record and the share of the material through it. */
export function weakRecordText(record: WeakRecord): string {
  return `${record.name} (${record.kind}, ${record.confidence}) ${percent(record.share)}`;
}
