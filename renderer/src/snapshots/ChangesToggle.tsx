// The link-like button that opens and closes what a merge or an import changed
// (BatchChangesView, shown by its caller under the id `controls`).
export function ChangesToggle({ open, controls, onToggle }: { open: boolean; controls: string; onToggle: () => void }) {
  return (
    <button type="button" className="link-button" aria-expanded={open} aria-controls={open ? controls : undefined} onClick={onToggle}>
      {open ? 'Hide the changes' : 'Show the changes'}
    </button>
  );
}
