import { act, renderHook, waitFor } from '@testing-library/react';
import Taro, { firePageEvent } from '../stubs/taro';
import { useFilter } from '../../../src/lib/use-filter';
import { usePagedList, type Paged } from '../../../src/lib/use-paged-list';

/** A server list of `total` numbered rows, answering pages like the real API. */
function server(total: number) {
  return jest.fn(async (page: number, pageSize: number): Promise<Paged<number>> => {
    const start = (page - 1) * pageSize;
    const items = Array.from({ length: Math.max(0, Math.min(pageSize, total - start)) }, (_, i) => start + i + 1);
    return { items, total, page, pageSize };
  });
}

/** A fetch that waits until the test lets it answer. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const reachBottom = () => act(() => firePageEvent('onReachBottom'));

describe('usePagedList', () => {
  it('loads page 1, then the next page each time the user reaches the bottom, until all are loaded', async () => {
    const fetchPage = server(5);
    const { result } = renderHook(() => usePagedList(fetchPage, [], 2));
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.items).toEqual([1, 2]));
    expect(result.current.hasMore).toBe(true);

    await reachBottom();
    await waitFor(() => expect(result.current.items).toEqual([1, 2, 3, 4]));
    await reachBottom();
    await waitFor(() => expect(result.current.items).toEqual([1, 2, 3, 4, 5]));
    expect(result.current.hasMore).toBe(false);

    await reachBottom();
    expect(fetchPage.mock.calls).toEqual([
      [1, 2],
      [2, 2],
      [3, 2],
    ]);
  });

  it('asks for one next page however often the bottom is reached meanwhile', async () => {
    const fetchPage = server(10);
    const { result } = renderHook(() => usePagedList(fetchPage, [], 2));
    await waitFor(() => expect(result.current.items).toHaveLength(2));

    await act(() => Promise.all([firePageEvent('onReachBottom'), firePageEvent('onReachBottom')]));

    await waitFor(() => expect(result.current.items).toHaveLength(4));
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('starts over from page 1 on pull-to-refresh and then stops the refresh animation', async () => {
    const fetchPage = server(3);
    const { result } = renderHook(() => usePagedList(fetchPage, [], 2));
    await waitFor(() => expect(result.current.items).toHaveLength(2));
    await reachBottom();
    await waitFor(() => expect(result.current.items).toHaveLength(3));

    await act(() => firePageEvent('onPullDownRefresh'));

    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalled());
    expect(result.current.items).toEqual([1, 2]);
    expect(fetchPage).toHaveBeenLastCalledWith(1, 2);
  });

  it('drops an answer for the old search when a new search has started', async () => {
    const slow = deferred<Paged<string>>();
    const fetchPage = jest.fn((q: string) => (q === 'old' ? slow.promise : Promise.resolve({ items: ['new'], total: 1, page: 1, pageSize: 20 })));
    const { result, rerender } = renderHook(({ q }) => usePagedList(() => fetchPage(q), [q]), { initialProps: { q: 'old' } });

    rerender({ q: 'new' });
    await waitFor(() => expect(result.current.items).toEqual(['new']));
    await act(async () => slow.resolve({ items: ['old'], total: 1, page: 1, pageSize: 20 }));

    expect(result.current.items).toEqual(['new']);
  });

  it('keeps the rows so far when loading more fails, and loads that page again on retry', async () => {
    const fetchPage = server(4);
    const { result } = renderHook(() => usePagedList(fetchPage, [], 2));
    await waitFor(() => expect(result.current.items).toHaveLength(2));
    fetchPage.mockRejectedValueOnce(new Error('offline'));

    await reachBottom();
    await waitFor(() => expect(result.current.loadMoreError).toBeTruthy());
    expect(result.current.items).toEqual([1, 2]);

    await act(() => result.current.loadMore());
    expect(result.current.items).toEqual([1, 2, 3, 4]);
    expect(result.current.loadMoreError).toBeNull();
  });

  it('reports a failed first page as the error to show', async () => {
    const fetchPage = jest.fn().mockRejectedValue(new Error('offline'));
    const { result } = renderHook(() => usePagedList(fetchPage, []));

    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.error).toEqual(new Error('offline'));
    expect(result.current.items).toEqual([]);
  });

  it('puts the chip back and keeps its list when the list of a new chip fails to load, without asking again', async () => {
    const fetchPage = jest.fn(async (kind: string) => {
      if (kind === 'b') throw new Error('offline');
      return { items: [`${kind}1`], total: 1, page: 1, pageSize: 20 };
    });
    const { result } = renderHook(() => {
      const filter = useFilter('a');
      return { filter, list: usePagedList(() => fetchPage(filter.value), [filter.value], 20, filter) };
    });
    await waitFor(() => expect(result.current.list.items).toEqual(['a1']));

    act(() => result.current.filter.set('b'));
    expect(result.current.filter.value).toBe('b');
    await waitFor(() => expect(result.current.filter.value).toBe('a'));

    expect(result.current.list.items).toEqual(['a1']);
    expect(result.current.list.error).toBeNull();
    expect(result.current.list.loading).toBe(false);
    expect(fetchPage.mock.calls.map(([kind]) => kind)).toEqual(['a', 'b']);
    expect(Taro.showToast).toHaveBeenCalled();
  });
});
