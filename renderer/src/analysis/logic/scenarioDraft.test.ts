import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../../db/model/analysis';
import { checkDraft, draftChanged, draftKey, draftOf, emptyDraft, inputOf, newDisruption, sameDefinition, type ScenarioDraft } from './scenarioDraft';

const banDraft = (patch: Partial<ReturnType<typeof newDisruption>> = {}): ScenarioDraft => ({
  name: 'Ban',
  months: '12',
  notes: '',
  disruptions: [{ ...newDisruption('country'), country: 'CN', ...patch }],
});

describe('checkDraft', () => {
  it('turns the typed fields into a scenario definition', () => {
    const check = checkDraft(banDraft({ materials: ['NdPr oxide'], toCountries: ['US'], fraction: '0.75', startMonth: '2', endMonth: '' }));
    expect(check).toEqual({
      ok: true,
      errors: {},
      value: {
        name: 'Ban',
        months: 12,
        notes: '',
        disruptions: [{ kind: 'country', country: 'CN', materials: ['NdPr oxide'], to_countries: ['US'], fraction: 0.75, start_month: 2 }],
      },
    });
  });

  it('refuses a fraction of 1.5 with the schema’s message at the field’s path', () => {
    const check = checkDraft(banDraft({ fraction: '1.5' }));
    expect(check.ok).toBe(false);
    expect(check.errors).toEqual({ 'disruptions.0.fraction': 'Fraction must be between 0 and 1' });
  });

  it('refuses an end month before the start month, and text where a number goes', () => {
    expect(checkDraft(banDraft({ startMonth: '6', endMonth: '2' })).errors).toEqual({ 'disruptions.0.end_month': 'End month 2 is before start month 6' });
    expect(checkDraft(banDraft({ fraction: 'half' })).errors).toEqual({ 'disruptions.0.fraction': 'Fraction must be a number between 0 and 1' });
    expect(checkDraft({ ...banDraft(), months: '' }).errors).toEqual({ months: 'Months must be a number' });
    expect(checkDraft({ ...banDraft(), name: '  ' }).errors).toEqual({ name: 'Name is required' });
  });

  it('asks for the country, facility or flow in plain words when left empty', () => {
    const draft: ScenarioDraft = {
      ...banDraft(),
      disruptions: [newDisruption('country'), newDisruption('facility'), newDisruption('flow')],
    };
    expect(checkDraft(draft).errors).toEqual({
      'disruptions.0.country': 'Pick a country',
      'disruptions.1.id': 'Pick a facility',
      'disruptions.2.id': 'Pick a flow',
    });
  });
});

describe('draftOf / inputOf', () => {
  it('round-trips a saved definition', () => {
    const input = {
      name: 'Mixed',
      months: 24,
      notes: 'why',
      disruptions: [
        { kind: 'facility' as const, id: 'fac-a', fraction: 1, start_month: 1, end_month: 6 },
        { kind: 'country' as const, country: 'CN', to_facilities: ['fac-b'], fraction: 0.5, start_month: 3 },
        { kind: 'flow' as const, id: 'flow-1', fraction: 0.25, start_month: 2 },
      ],
    };
    expect(inputOf(draftOf(input))).toEqual({ ...input, disruptions: input.disruptions.map((d) => ({ end_month: undefined, ...d })) });
    expect(checkDraft(draftOf(input))).toMatchObject({ ok: true, value: input });
  });
});

describe('draftChanged / draftKey', () => {
  const saved: Scenario = {
    id: 's1',
    name: 'Ban',
    months: 12,
    notes: '',
    disruptions: [{ kind: 'country', country: 'CN', fraction: 1, start_month: 1 }],
    created_at: '',
    updated_at: '',
    revision: 1,
  };

  it('compares definitions, not the way numbers were typed', () => {
    const draft = draftOf(saved);
    expect(draftChanged(draft, saved)).toBe(false);
    expect(draftChanged({ ...draft, months: '12.0' }, saved)).toBe(false);
    expect(draftChanged({ ...draft, name: 'Embargo' }, saved)).toBe(true);
    expect(draftChanged(draft, null)).toBe(true);
  });

  it('ignores the React keys of disruptions', () => {
    expect(draftKey(draftOf(saved))).toBe(draftKey(draftOf(saved)));
    expect(draftKey(emptyDraft('A'))).not.toBe(draftKey(emptyDraft('B')));
  });
});

describe('sameDefinition', () => {
  const saved = { name: 'Ban', months: 12, notes: '', disruptions: [{ kind: 'country' as const, country: 'CN', fraction: 1, start_month: 1 }] };

  it('a saved scenario opened and not edited is the definition it was run with, though its keys come in another order', () => {
    const check = checkDraft(draftOf(saved));
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(JSON.stringify(check.value)).not.toBe(JSON.stringify(saved)); // notes come last from the schema
    expect(sameDefinition(check.value, saved)).toBe(true);
  });

  it('any change of a value, at any depth, is a difference', () => {
    expect(sameDefinition(saved, { ...saved, months: 6 })).toBe(false);
    expect(sameDefinition(saved, { ...saved, disruptions: [{ ...saved.disruptions[0]!, start_month: 2 }] })).toBe(false);
    expect(sameDefinition(saved, { ...saved, disruptions: [] })).toBe(false);
  });
});
