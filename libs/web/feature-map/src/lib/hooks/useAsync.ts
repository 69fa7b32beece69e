import { useEffect, useState } from 'react';

export interface AsyncState<T> {
  /** The answer for the current key; while another key loads, the previous answer stays in `previous`. */
  data: T | undefined;
  previous: T | undefined;
  loading: boolean;
  error: unknown;
  retry: () => void;
}

/** A promise per key (null: nothing to load), the latest key winning: a slow answer for an old key is dropped. */
export function useAsync<T>(key: string | null, load: () => Promise<T>): AsyncState<T> {
  const [state, setState] = useState<{ key: string | null; data?: T; previous?: T; error?: unknown; loading: boolean }>({ key: null, loading: false });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState((s) => ({ key, previous: s.data ?? s.previous, loading: true }));
    load().then(
      (data) => current && setState((s) => ({ key, data, previous: s.previous, loading: false })),
      (error: unknown) => current && setState((s) => ({ key, error, previous: s.previous, loading: false })),
    );
    return () => {
      current = false;
    };
    // `load` belongs to `key`: a new key is a new question, a new closure over the same key is not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);
  const fresh = state.key === key;
  return {
    data: fresh ? state.data : undefined,
    previous: state.data ?? state.previous,
    loading: key !== null && (!fresh || state.loading),
    error: fresh ? state.error : undefined,
    retry: () => setAttempt((n) => n + 1),
  };
}
