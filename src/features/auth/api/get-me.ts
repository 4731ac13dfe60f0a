import { request } from '../../../lib/api-client';
import { updateSessionUser, useSession } from '../../../lib/auth';
import { useFetch } from '../../../lib/use-fetch';
import type { Me } from '../types';

export async function getMe(): Promise<Me> {
  const me = await request<Me>({ path: '/api/me', toast: false });
  // Roles change on the server (a binding approved); the cached user follows.
  updateSessionUser({ id: me.id, nickname: me.nickname, roles: me.roles });
  return me;
}

/** The logged-in user in full; waits while nobody is logged in. Reloads when the user changes. */
export function useMe() {
  const userId = useSession()?.user.id;
  return useFetch(getMe, [userId], userId !== undefined);
}
