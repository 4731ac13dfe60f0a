import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';

/** Reloads when the user comes back to the page (from an edit form), not on its first show. */
export function useReloadOnReturn(reload: () => unknown) {
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });
}
