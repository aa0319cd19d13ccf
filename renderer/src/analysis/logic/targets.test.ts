import { describe, expect, it } from 'vitest';
import { oemIds, targetIds, targetLabel } from './targets';

const facilities = [
  { id: 'f35', name: 'F-35', stage: 'oem' as const, status: 'operating' as const },
  { id: 'new', name: 'New line', stage: 'oem' as const, status: 'planned' as const },
  { id: 'old', name: 'Old line', stage: 'oem' as const, status: 'closed' as const },
  { id: 'mag', name: 'Magnets', stage: 'magnet' as const, status: 'operating' as const },
];

describe('targets', () => {
  it('defaults to the OEMs that count', () => {
    expect(oemIds(facilities, false)).toEqual(['f35']);
    expect(oemIds(facilities, true)).toEqual(['f35', 'new']);
    expect(targetIds([], facilities, false)).toEqual(['f35']);
  });

  it('keeps the picked facilities that still exist', () => {
    expect(targetIds(['mag', 'deleted'], facilities, false)).toEqual(['mag']);
  });

  it('names the set', () => {
    const nameOf = (id: string) => facilities.find((f) => f.id === id)?.name;
    expect(targetLabel([], ['f35'], nameOf)).toBe('All OEMs (1)');
    expect(targetLabel(['mag'], ['mag'], nameOf)).toBe('Magnets');
    expect(targetLabel(['mag', 'f35'], ['mag', 'f35'], nameOf)).toBe('2 facilities');
  });
});
