// One read operation's answer for a component: asked when the component shows it (input not
// null) and again whenever `refresh` changes (a record's revision, the workspace's last
// change); an answer that arrives after a newer question, or after unmount, is dropped.
import { useEffect, useState } from 'react';
import type { OpInput, OpName, OpOutput } from '../../../db/api';
import { errorData } from '../api/client';
import { useStore } from '../state/context';

export interface ReadState<T> {
  value: T | null;
  error: string | null;
}

/**
 * `input` is compared by its JSON, so an object literal written in the render does not ask
 * again on every render; null asks nothing (a closed panel).
 */
export function useRead<N extends OpName>(name: N, input: OpInput<N> | null, refresh?: unknown): ReadState<OpOutput<N>> {
  const store = useStore();
  const [state, setState] = useState<ReadState<OpOutput<N>>>({ value: null, error: null });
  const key = input === null ? null : JSON.stringify(input);
  useEffect(() => {
    if (key === null) return;
    let current = true;
    store
      .read(name, JSON.parse(key) as OpInput<N>)
      .then((value) => current && setState({ value, error: null }))
      .catch((e: unknown) => current && setState((s) => ({ value: s.value, error: errorData(e).message })));
    return () => {
      current = false;
    };
  }, [store, name, key, refresh]);
  return state;
}
