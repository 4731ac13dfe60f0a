import { act, renderHook, waitFor } from '@testing-library/react';
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

  it('keeps the data shown while reloading, and reports a failure', async () => {
    const fetcher = jest.fn().mockResolvedValueOnce('v1').mockRejectedValueOnce(new Error('offline'));
    const { result } = renderHook(() => useFetch(fetcher, []));
    await waitFor(() => expect(result.current.data).toBe('v1'));

    await act(() => result.current.reload());

    expect(result.current.data).toBe('v1');
    expect(result.current.error).toEqual(new Error('offline'));
  });
});
