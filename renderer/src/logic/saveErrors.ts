// Where a refused save shows: a conflict banner, messages under the fields the host
// named, or one message for the whole form.
import type { LodestoneErrorData } from '../../../db/errors';
import { issuesToFieldErrors, type EditableType, type FieldErrors } from './forms';

export type SaveFailure =
  | { kind: 'conflict'; message: string }
  | { kind: 'fields'; errors: FieldErrors; formError: string | null }
  | { kind: 'form'; message: string };

/** `creating`: a new record cannot conflict, so a conflict then is an ordinary message. */
export function saveFailure(type: EditableType, creating: boolean, error: LodestoneErrorData): SaveFailure {
  if (error.code === 'conflict' && !creating) return { kind: 'conflict', message: error.message };
  if (error.code === 'validation' && error.issues?.length) {
    const { ['']: general, ...errors } = issuesToFieldErrors(type, error.issues);
    return { kind: 'fields', errors, formError: general ?? (Object.keys(errors).length ? null : error.message) };
  }
  return { kind: 'form', message: error.message };
}
