import { act, renderHook, waitFor } from '@testing-library/react';
import Taro from '../stubs/taro';
import { useFetch } from '../../../src/lib/use-fetch';

describe('useFetch', () => {
  it('waits while disabled, then loads', async () => {
    const fetcher = jest.fn(async () => 'me');
    const { result, rerender } = renderHook(({ enabled }) => useFetch(fetcher, [], enabled), { initialProps: { enabled: false } });
    expect(result.current.loading).toBe(false);
    expect(fetcher).not.toHaveBeenCalled();

    rerender({ enabled: true });

    await waitFor(() => expect(result.current.data).toBe('me'));
  });

  it("never shows the previous id's answer for a new id, even if it arrives last", async () => {
    let answerFirst!: (value: string) => void;
    const fetcher = jest.fn((id: number) => (id === 1 ? new Promise<string>((r) => (answerFirst = r)) : Promise.resolve('second')));
    const { result, rerender } = renderHook(({ id }) => useFetch(() => fetcher(id), [id]), { initialProps: { id: 1 } });

    rerender({ id: 2 });
    await waitFor(() => expect(result.current.data).toBe('second'));
    await act(async () => answerFirst('first'));

    expect(result.current.data).toBe('second');
  });

  it('keeps the data shown when a reload fails, and says why in a toast instead of an error page', async () => {
    const fetcher = jest.fn().mockResolvedValueOnce('v1').mockRejectedValueOnce(new Error('offline'));
    const { result } = renderHook(() => useFetch(fetcher, []));
    await waitFor(() => expect(result.current.data).toBe('v1'));

    await act(() => result.current.reload());

    expect(result.current.data).toBe('v1');
    expect(result.current.error).toBeNull();
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '操作失败，请稍后重试' }));
  });

  it('reports a failed first load as the error to show', async () => {
    const { result } = renderHook(() => useFetch(() => Promise.reject(new Error('offline')), []));
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.error).toEqual(new Error('offline'));
  });
});
