import { useDidHide, useDidShow, useUnload } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { request } from '../../../lib/api-client';
import type { CheckinCode } from '../types';

export const issueCheckinCode = (activityId: number) => request<CheckinCode>({ method: 'POST', path: `/api/activities/${activityId}/checkin-codes`, toast: false });

/** Codes rotate every 30 s on the server; asking again on the same beat keeps the screen on a live one. */
const REFRESH_MS = 30_000;

/**
 * The admin's check-in code, refreshed every 30 s while the page is shown. The timer stops when
 * the page is hidden or unloaded, so no request runs for a screen nobody looks at.
 */
export function useRotatingCheckinCode(activityId: number) {
  const [state, setState] = useState<{ code?: CheckinCode; error: unknown; loading: boolean }>({ error: null, loading: true });
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  const refresh = useCallback(async () => {
    try {
      const code = await issueCheckinCode(activityId);
      setState({ code, error: null, loading: false });
    } catch (error) {
      setState((s) => ({ ...s, error, loading: false }));
    }
  }, [activityId]);

  const stop = useCallback(() => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
  }, []);
  const start = useCallback(() => {
    stop();
    void refresh();
    timer.current = setInterval(() => void refresh(), REFRESH_MS);
  }, [refresh, stop]);

  useEffect(() => {
    start();
    return stop;
  }, [start, stop]);
  // Back from another page (or the app from the background): the code shown may be stale.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) start();
    shown.current = true;
  });
  useDidHide(stop);
  useUnload(stop);

  return { ...state, refresh: start };
}
