// A modal confirmation (native <dialog>: focus is trapped, Esc cancels), awaited as a promise.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

export interface ConfirmOptions {
  title: string;
  message?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
}

type Confirm = (options: ConfirmOptions) => Promise<boolean>;
const ConfirmContext = createContext<Confirm>(async () => false);

export function useConfirm(): Confirm {
  return useContext(ConfirmContext);
}

export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<(ConfirmOptions & { resolve: (ok: boolean) => void }) | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);

  const confirm = useCallback<Confirm>(
    (options) =>
      new Promise<boolean>((resolve) => {
        answered.current = false;
        setRequest({ ...options, resolve });
      }),
    [],
  );

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!request || !dialog) return;
    if (!dialog.open) dialog.showModal();
    cancelRef.current?.focus();
  }, [request]);

  const finish = (ok: boolean) => {
    if (!request || answered.current) return;
    answered.current = true;
    request.resolve(ok);
    dialogRef.current?.close();
    setRequest(null);
  };

  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      <dialog
        ref={dialogRef}
        className="confirm-dialog"
        aria-labelledby="confirm-title"
        aria-describedby={request?.message ? 'confirm-message' : undefined}
        onClose={() => finish(false)}
      >
        {request && (
          <form
            method="dialog"
            onSubmit={(e) => {
              e.preventDefault();
              finish(true);
            }}
          >
            <h2 id="confirm-title" className="dialog-title">
              {request.title}
            </h2>
            {request.message && (
              <div id="confirm-message" className="dialog-message">
                {request.message}
              </div>
            )}
            <div className="dialog-actions">
              <button type="button" ref={cancelRef} className="button" onClick={() => finish(false)}>
                {request.cancelLabel ?? 'Cancel'}
              </button>
              <button type="submit" className={request.danger ? 'button button-danger' : 'button button-primary'}>
                {request.confirmLabel}
              </button>
            </div>
          </form>
        )}
      </dialog>
    </ConfirmContext.Provider>
  );
}
