// Marking findings reviewed: a modal <dialog> (focus kept inside, Esc cancels) asking why the
// findings are right. The note is required; a refusal from the API (the finding was mended
// meanwhile, the note too long) shows in the dialog and keeps what was typed.
import { useEffect, useId, useRef, useState } from 'react';
import type { CheckFinding } from '../../../../db/model/checks';
import { DATA_CHECK_INFO } from '../../../../db/model/checks';
import { errorData } from '../../api/client';

interface Props {
  /** The findings to mark: one, or every open one of a check. */
  findings: readonly CheckFinding[];
  onSubmit(note: string): Promise<void>;
  onClose(): void;
}

export function ReviewDialog({ findings, onSubmit, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const first = findings[0]!;
  const [note, setNote] = useState(() => first.review?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async () => {
    if (!note.trim()) {
      setError('Say why the finding is right.');
      noteRef.current?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSubmit(note);
      onClose();
    } catch (e) {
      setError(errorData(e).message);
      setSaving(false);
      noteRef.current?.focus();
    }
  };

  const title = DATA_CHECK_INFO[first.check].title;
  return (
    <dialog ref={ref} className="confirm-dialog review-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-what`} onClose={onClose} data-testid="review-dialog">
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id={`${id}-title`} className="dialog-title">
          {findings.length === 1 ? `Mark reviewed: ${title}` : `Mark ${findings.length.toLocaleString('en-US')} findings reviewed: ${title}`}
        </h2>
        <div id={`${id}-what`} className="dialog-message">
          {findings.length === 1 ? (
            <p>
              <strong>{first.record.name}</strong>: {first.message}
            </p>
          ) : (
            <p>Every open finding of this check, from {first.record.name} on.</p>
          )}
          <p className="muted">
            A reviewed finding is set aside from the open counts, with your note, until its figure moves by more than 1%. Undo takes it back.
          </p>
        </div>
        <label htmlFor={`${id}-note`} className="field-label">
          Why is this right?
        </label>
        <textarea
          id={`${id}-note`}
          ref={noteRef}
          className="input textarea"
          value={note}
          maxLength={2000}
          rows={3}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setNote(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void submit();
            }
          }}
          placeholder="e.g. Gallium recovered as a by-product of alumina refining: it does originate here."
        />
        {error ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            {findings.length === 1 ? 'Mark reviewed' : `Mark ${findings.length.toLocaleString('en-US')} reviewed`}
          </button>
        </div>
      </form>
    </dialog>
  );
}
