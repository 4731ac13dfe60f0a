import Taro from '@tarojs/taro';
import { useState } from 'react';

/**
 * A form page's submit: one request at a time, a success toast, then back to the page that
 * opened the form (which reloads on return). The client's toast already says why a failure failed.
 */
export function useSubmit<T>(send: () => Promise<T>, done = '已保存') {
  const [submitting, setSubmitting] = useState(false);
  const submit = async () => {
    if (submitting) return;
    setSubmitting(true);
    try {
      await send();
      void Taro.showToast({ title: done, icon: 'success' });
      setTimeout(() => void Taro.navigateBack(), 600);
    } catch {
      // Shown by the client's toast.
    } finally {
      setSubmitting(false);
    }
  };
  return { submitting, submit };
}
