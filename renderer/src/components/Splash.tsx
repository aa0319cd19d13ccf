// What the window shows before the workspace is open: opening, or why it could not.
import { Icon } from './Icon';

export function OpeningSplash() {
  return (
    <div className="splash" role="status">
      <div className="splash-mark" aria-hidden="true" />
      <p>Opening the workspace…</p>
    </div>
  );
}

export function OpenFailedSplash({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="splash splash-error" role="alert">
      <Icon name="alert" size={28} />
      <h1>Lodestone could not open the workspace</h1>
      <p>{message}</p>
      <button type="button" className="button button-primary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
