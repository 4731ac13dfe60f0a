import { useDidHide } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../lib/api-client';
import { saveAnswers, type Answers, type Attempt } from './api';

/** What the exam screen shows beside the timer: every answer on the server, on its way, waiting, or not getting through. */
export type SaveState = 'saved' | 'saving' | 'unsaved' | 'failed' | 'closed';
export const SAVE_TEXT: Record<SaveState, string> = { saved: '已保存', saving: '保存中…', unsaved: '待保存', failed: '网络不佳，正在重试', closed: '答卷已关闭' };

/** A change is sent this long after the member stops tapping; whatever did not get through is sent again on the retry beat. */
const SAVE_DELAY_MS = 600;
const RETRY_MS = 3000;

/**
 * An attempt being answered: the member's choices, saved as they go (a closed page or a weak network
 * loses at most the last tap), and the time left by the server's clock. The deadline is the server's
 * (`deadlineAt`); the phone's own clock only measures how long since the server said what time it is.
 */
export function useExamSession(attempt: Attempt | undefined) {
  const [answers, setAnswers] = useState<Answers>({});
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [now, setNow] = useState(() => Date.now());
  const pending = useRef<Answers>({});
  const saving = useRef(false);
  // How far the server's clock is from the phone's, measured when the attempt arrived (phones' clocks are often wrong).
  const offset = useRef({ serverNow: '', ms: 0 });
  if (attempt && offset.current.serverNow !== attempt.serverNow) offset.current = { serverNow: attempt.serverNow, ms: Date.parse(attempt.serverNow) - Date.now() };
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const id = attempt?.id;

  useEffect(() => {
    if (!attempt) return;
    setAnswers(attempt.answers);
    pending.current = {};
    setSaveState(attempt.status === 'in_progress' ? 'saved' : 'closed');
    // A new attempt (or the same one loaded again): start from what the server holds.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, attempt?.serverNow]);

  const flush = useCallback(async () => {
    if (id === undefined || saving.current || !Object.keys(pending.current).length) return;
    const batch = pending.current;
    pending.current = {};
    saving.current = true;
    setSaveState('saving');
    try {
      await saveAnswers(id, batch);
      setSaveState(Object.keys(pending.current).length ? 'unsaved' : 'saved');
    } catch (error) {
      // Past the deadline or already submitted: nothing more will be taken. Anything else: try again.
      if (error instanceof ApiError && error.status === 409) setSaveState('closed');
      else {
        pending.current = { ...batch, ...pending.current };
        setSaveState('failed');
      }
    } finally {
      saving.current = false;
    }
  }, [id]);

  useEffect(() => {
    const beat = setInterval(() => {
      setNow(Date.now());
      if (Object.keys(pending.current).length) void flush();
    }, RETRY_MS);
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      clearInterval(beat);
      clearInterval(tick);
      clearTimeout(timer.current);
    };
  }, [flush]);
  // Leaving the app or the page: send what is waiting now.
  useDidHide(() => void flush());

  const choose = (questionId: number, choice: number[]) => {
    if (saveState === 'closed') return;
    setAnswers((a) => ({ ...a, [questionId]: choice }));
    pending.current = { ...pending.current, [questionId]: choice };
    setSaveState('unsaved');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  };

  const remainingMs = attempt ? Math.max(0, Date.parse(attempt.deadlineAt) - (now + offset.current.ms)) : 0;
  return { answers, choose, saveState, remainingMs, flush };
}

/** `12:05`, or `1:02:05` past an hour. */
export function formatRemaining(ms: number): string {
  const s = Math.ceil(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const [h, m] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60)];
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}
