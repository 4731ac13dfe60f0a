import { useState } from 'react';
import { loginWithDevCode, loginWithWechat, type Session } from '../../../lib/auth';
import { toastError } from '../../../lib/toast';

/** Logging in from a button: pending while it runs, a toast if it fails. */
export function useLogin() {
  const [pending, setPending] = useState(false);
  const run = async (login: () => Promise<Session>): Promise<Session | undefined> => {
    setPending(true);
    try {
      return await login();
    } catch (error) {
      toastError(error);
      return undefined;
    } finally {
      setPending(false);
    }
  };
  return {
    pending,
    loginWithWechat: () => run(loginWithWechat),
    loginWithDevCode: (code: string) => run(() => loginWithDevCode(code)),
  };
}
