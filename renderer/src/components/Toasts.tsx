// Brief notices ("Undone: Edit facility X") in a polite live region; errors in an
// assertive one and kept on screen longer.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Icon } from './Icon';

export type ToastKind = 'info' | 'success' | 'error';
interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
}

type Notify = (message: string, kind?: ToastKind) => void;
const ToastContext = createContext<Notify>(() => {});

export function useToast(): Notify {
  return useContext(ToastContext);
}

const DURATION: Record<ToastKind, number> = { info: 3500, success: 3500, error: 9000 };

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, number>());

  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((t) => t.id !== id));
    const timer = timers.current.get(id);
    if (timer !== undefined) window.clearTimeout(timer);
    timers.current.delete(id);
  }, []);

  const notify = useCallback<Notify>(
    (message, kind = 'info') => {
      const id = nextId.current++;
      setToasts((list) => [...list.slice(-3), { id, kind, message }]);
      timers.current.set(id, window.setTimeout(() => dismiss(id), DURATION[kind]));
    },
    [dismiss],
  );

  useEffect(() => {
    const all = timers.current;
    return () => {
      for (const t of all.values()) window.clearTimeout(t);
    };
  }, []);

  const polite = useMemo(() => toasts.filter((t) => t.kind !== 'error'), [toasts]);
  const urgent = useMemo(() => toasts.filter((t) => t.kind === 'error'), [toasts]);

  return (
    <ToastContext.Provider value={notify}>
      {children}
      <section className="toasts" aria-label="Notifications">
        <div role="alert" className="toast-stack">
          {urgent.map((t) => (
            <ToastView key={t.id} toast={t} onDismiss={dismiss} />
          ))}
        </div>
        <div role="status" className="toast-stack">
          {polite.map((t) => (
            <ToastView key={t.id} toast={t} onDismiss={dismiss} />
          ))}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

function ToastView({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  return (
    <div className={`toast toast-${toast.kind}`}>
      <Icon name={toast.kind === 'error' ? 'alert' : 'check'} className="toast-icon" />
      <span className="toast-message">{toast.message}</span>
      <button type="button" className="icon-button toast-close" aria-label="Dismiss notice" onClick={() => onDismiss(toast.id)}>
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}
