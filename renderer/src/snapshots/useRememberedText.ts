// A text setting this window remembers between sessions (the author label), in local storage.
import { useCallback, useState } from 'react';

export function useRememberedText(key: string): [string, (value: string) => void] {
  const [value, setValue] = useState(() => {
    try {
      return window.localStorage.getItem(key) ?? '';
    } catch {
      return ''; // storage disabled: start empty
    }
  });
  const set = useCallback(
    (next: string) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, next);
      } catch {
        // storage disabled: remembered for this page only
      }
    },
    [key],
  );
  return [value, set];
}
