import { describe, expect, it } from 'vitest';
import type { LodestoneErrorData } from '../../../db/errors';
import { saveFailure } from './saveErrors';

describe('saveFailure', () => {
  it('reports a conflict when editing, a plain message when creating', () => {
    const error: LodestoneErrorData = { code: 'conflict', message: 'Changed since' };
    expect(saveFailure('facility', false, error)).toEqual({ kind: 'conflict', message: 'Changed since' });
    expect(saveFailure('facility', true, error)).toEqual({ kind: 'form', message: 'Changed since' });
  });
  it('puts field issues under their fields and the rest on the form', () => {
    const error: LodestoneErrorData = {
      code: 'validation',
      message: 'Invalid input',
      issues: [
        { path: 'changes.lat', message: 'Latitude must be between -90 and 90' },
        { path: 'changes', message: 'Nothing to change' },
      ],
    };
    expect(saveFailure('facility', false, error)).toEqual({
      kind: 'fields',
      errors: { lat: 'Latitude must be between -90 and 90' },
      formError: 'Nothing to change',
    });
  });
  it('falls back to the error message when no issue names a field', () => {
    const error: LodestoneErrorData = { code: 'validation', message: 'Invalid input', issues: [{ path: 'zzz', message: 'Odd' }] };
    expect(saveFailure('facility', false, error)).toEqual({ kind: 'fields', errors: {}, formError: 'Odd' });
    expect(saveFailure('flow', false, { code: 'validation', message: 'Invalid input' })).toEqual({ kind: 'form', message: 'Invalid input' });
  });
});
