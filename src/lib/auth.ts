import Taro from '@tarojs/taro';
import { send } from './http';
import { readStored, writeStored } from './storage';
import { createStoredStore, useStore } from './store';

export type Role = 'resident' | 'member' | 'merchant' | 'org_admin' | 'district_admin';

export interface SessionUser {
  id: number;
  nickname: string;
  roles: Role[];
}

export interface Session {
  token: string;
  user: SessionUser;
}

const sessionStore = createStoredStore<Session | null>('session', null);
/** H5 has no Taro.login: the dev code a tester picked is what it logs in again with. */
const DEV_CODE_KEY = 'devLoginCode';

export const useSession = (): Session | null => useStore(sessionStore);
export const getToken = (): string | undefined => sessionStore.get()?.token;

/** Exchanges a login code (WeChat's, or a dev code in H5) for a session. */
async function signIn(code: string): Promise<Session> {
  const session = await send<Session>({ method: 'POST', path: '/api/auth/wechat', body: { code } });
  sessionStore.set(session);
  return session;
}

export async function loginWithWechat(): Promise<Session> {
  const { code } = await Taro.login();
  return signIn(code);
}

export async function loginWithDevCode(code: string): Promise<Session> {
  const session = await signIn(code);
  writeStored(DEV_CODE_KEY, code);
  return session;
}

export const currentDevCode = (): string | undefined => readStored<string>(DEV_CODE_KEY);

/** Roles change on the server (a binding approved): keep the cached user in step with GET /api/me. */
export function updateSessionUser(user: SessionUser): void {
  const session = sessionStore.get();
  if (session) sessionStore.set({ ...session, user });
}

let renewing: Promise<boolean> | null = null;

/**
 * Gets a fresh token without asking the user, once for all the requests that hit a 401 together.
 * Answers false when that is impossible (H5 with no dev code picked, or the login failed).
 */
export function renewSession(): Promise<boolean> {
  renewing ??= attemptRenewal().finally(() => {
    renewing = null;
  });
  return renewing;
}

async function attemptRenewal(): Promise<boolean> {
  try {
    if (process.env.TARO_ENV === 'weapp') await loginWithWechat();
    else {
      const code = currentDevCode();
      if (!code) return false;
      await signIn(code);
    }
    return true;
  } catch {
    return false;
  }
}
