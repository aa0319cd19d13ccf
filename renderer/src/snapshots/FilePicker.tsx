// A button that opens the system's file dialog (a styled <input type="file">, so keyboard,
// screen readers and tests reach the real control).
import { useId, useRef } from 'react';

interface Props {
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  primary?: boolean;
  onFiles: (files: File[]) => void;
}

export function FilePicker({ label, accept, multiple = false, disabled = false, primary = false, onFiles }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <span className="file-picker">
      <input
        ref={input}
        id={id}
        type="file"
        className="file-picker-input"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        aria-label={label}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared so that choosing the same file again still reports it.
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
      <label htmlFor={id} className={`button ${primary ? 'button-primary' : ''} file-picker-button${disabled ? ' is-disabled' : ''}`} aria-hidden="true">
        {label}
      </label>
    </span>
  );
}
