// The head of an analysis section: its heading (the id labels the section and its table)
// and, beside it, a muted note or any other small matter (a badge).
import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: ReactNode;
  /** Text shown muted beside the heading. */
  note?: ReactNode;
  /** Anything else beside the heading, as it is. */
  children?: ReactNode;
}

export function SectionHead({ id, title, note, children }: Props) {
  return (
    <div className="analysis-section-head">
      <h2 id={id} className="analysis-heading">
        {title}
      </h2>
      {note !== undefined ? <span className="muted small">{note}</span> : null}
      {children}
    </div>
  );
}
