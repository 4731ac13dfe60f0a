import { useState } from 'react';
import { loginWithDevCode, loginWithWechat, type Session } from '../../../lib/auth';
import { takeReturnPage } from '../../../lib/login-return';
import { openUrl } from '../../../lib/routes';
import { toastError } from '../../../lib/toast';

/**
 * Logging in from a button: pending while it runs, a toast if it fails, and back to the page an
 * action asked to log in from (api-client's goToLogin), if there was one.
 */
export function useLogin() {
  const [pending, setPending] = useState(false);
  const run = async (login: () => Promise<Session>): Promise<Session | undefined> => {
    setPending(true);
    try {
      const session = await login();
      const back = takeReturnPage();
      if (back) openUrl(back);
      return session;
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
