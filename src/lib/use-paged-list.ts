import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import type { Settles } from './use-filter';
import { toastError } from './toast';

/** Every list the server answers (DESIGN.md: paged lists). */
export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type FetchPage<T> = (page: number, pageSize: number) => Promise<Paged<T>>;

export interface PagedList<T> {
  items: T[];
  total: number;
  /** Page 1 is loading (first load, a new filter, or pull-to-refresh). */
  loading: boolean;
  /**
   * Page 1 failed with nothing to show. When a list was shown, a failed reload (pull-to-refresh,
   * a new filter) keeps it, says why in a toast, and puts the filter back (useFilter).
   */
  error: unknown;
  loadingMore: boolean;
  /** The last "load more" failed; the items so far stay. */
  loadMoreError: unknown;
  hasMore: boolean;
  reload: () => Promise<void>;
  loadMore: () => Promise<void>;
}

interface State<T> {
  items: T[];
  total: number;
  page: number;
  loading: boolean;
  error: unknown;
  loadingMore: boolean;
  loadMoreError: unknown;
}

const sameDeps = (a: DependencyList | undefined, b: DependencyList) => !!a && a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/**
 * A page's list: page 1 when `deps` change or on pull-to-refresh, the next page when the user
 * reaches the bottom. The page config must set `enablePullDownRefresh: true`. `filter` (useFilter)
 * is told whether the list it asked for came, so the chip shown is always the list's.
 */
export function usePagedList<T>(fetchPage: FetchPage<T>, deps: DependencyList, pageSize = 20, filter?: Settles): PagedList<T> {
  const [state, setState] = useState<State<T>>({
    items: [],
    total: 0,
    page: 0,
    loading: true,
    error: null,
    loadingMore: false,
    loadMoreError: null,
  });
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  // The state as of the last render, for callbacks fired by the page (reach bottom) between renders.
  const stateRef = useRef(state);
  stateRef.current = state;
  // A reload makes every answer still in flight stale, so a slow old page never lands in a new list.
  const generation = useRef(0);
  const loadingMoreRef = useRef(false);
  const filterRef = useRef(filter);
  filterRef.current = filter;
  // The deps of the list on screen, and the deps asked for now.
  const shownDeps = useRef<DependencyList>();
  const depsRef = useRef(deps);
  depsRef.current = deps;

  const reload = useCallback(async () => {
    const current = ++generation.current;
    const asked = depsRef.current;
    loadingMoreRef.current = false;
    setState((s) => ({ ...s, loading: true, error: null, loadingMore: false, loadMoreError: null }));
    try {
      const res = await fetchRef.current(1, pageSize);
      if (current !== generation.current) return;
      shownDeps.current = asked;
      setState({ items: res.items, total: res.total, page: 1, loading: false, error: null, loadingMore: false, loadMoreError: null });
      filterRef.current?.settle(true);
    } catch (error) {
      if (current !== generation.current) return;
      if (shownDeps.current) {
        toastError(error);
        setState((s) => ({ ...s, loading: false }));
        filterRef.current?.settle(false);
      } else setState((s) => ({ ...s, loading: false, error }));
    }
  }, [pageSize]);

  const loadMore = useCallback(async () => {
    const s = stateRef.current;
    if (s.loading || loadingMoreRef.current || s.items.length >= s.total) return;
    const current = generation.current;
    loadingMoreRef.current = true;
    setState((prev) => ({ ...prev, loadingMore: true, loadMoreError: null }));
    try {
      const res = await fetchRef.current(s.page + 1, pageSize);
      if (current !== generation.current) return;
      setState((prev) => ({
        ...prev,
        items: [...prev.items, ...res.items],
        // An empty page means the list shrank under us: stop asking for more.
        total: res.items.length ? res.total : prev.items.length,
        page: prev.page + 1,
        loadingMore: false,
      }));
    } catch (error) {
      if (current === generation.current) setState((prev) => ({ ...prev, loadingMore: false, loadMoreError: error }));
    } finally {
      if (current === generation.current) loadingMoreRef.current = false;
    }
  }, [pageSize]);

  useEffect(() => {
    // Back to the deps of the list on screen (a filter put back after its list failed to load):
    // nothing to load, and whatever was still on its way is stale.
    if (sameDeps(shownDeps.current, deps)) {
      generation.current++;
      setState((s) => ({ ...s, loading: false }));
      return;
    }
    void reload();
    // The caller's deps decide when to start over; the fetcher itself is read through a ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  useReachBottom(() => void loadMore());
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  const { items, total, loading, error, loadingMore, loadMoreError } = state;
  return { items, total, loading, error, loadingMore, loadMoreError, hasMore: items.length < total, reload, loadMore };
}
