import { act, renderHook } from '@testing-library/react';
import { firePageEvent } from '../stubs/taro';
import { useReloadOnReturn } from '../../../src/lib/use-reload-on-return';

describe('useReloadOnReturn', () => {
  it('leaves the first show to the page\'s own load and reloads each time the user comes back', async () => {
    const reload = jest.fn();
    const { unmount } = renderHook(() => useReloadOnReturn(reload));
    await act(() => firePageEvent('onShow'));
    expect(reload).not.toHaveBeenCalled();
    await act(() => firePageEvent('onShow'));
    await act(() => firePageEvent('onShow'));
    expect(reload).toHaveBeenCalledTimes(2);
    unmount();
  });
});
