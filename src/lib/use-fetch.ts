import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { toastError } from './toast';

export interface FetchState<T> {
  data: T | undefined;
  /** The load failed with nothing to show. A failed reload keeps what was shown and says so in a toast. */
  error: unknown;
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * Loads one thing for a page and reloads it when `deps` change. Answers that arrive after a newer
 * load started are dropped, so a fast user never sees an older answer overwrite a newer one.
 * `enabled: false` waits (e.g. until there is a session). A reload that fails (after a failed action,
 * pulled down while offline) leaves the page as it was, with a toast: never an error page over
 * what the user was looking at.
 */
export function useFetch<T>(fetcher: () => Promise<T>, deps: DependencyList, enabled = true): FetchState<T> {
  const [state, setState] = useState<{ data?: T; error: unknown; loading: boolean }>({ error: null, loading: enabled });
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;
  const generation = useRef(0);
  const hasData = useRef(false);
  hasData.current = state.data !== undefined;

  const reload = useCallback(async () => {
    const current = ++generation.current;
    setState((s) => ({ ...s, error: null, loading: true }));
    try {
      const data = await fetcherRef.current();
      if (current === generation.current) setState({ data, error: null, loading: false });
    } catch (error) {
      if (current !== generation.current) return;
      if (hasData.current) toastError(error);
      setState((s) => (s.data !== undefined ? { ...s, loading: false } : { ...s, error, loading: false }));
    }
  }, []);

  useEffect(() => {
    // Something else is asked for now (another user, another id): the old answer must not show.
    generation.current++;
    hasData.current = false;
    setState({ error: null, loading: enabled });
    if (enabled) void reload();
    // The caller's deps decide when to reload; the fetcher itself is read through a ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, ...deps]);

  return { data: state.data, error: state.error, loading: state.loading, reload };
}
