import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import type { DevLogin } from '../types';

/** Dev-mode servers only; production answers 404, which the picker shows as "open in WeChat". */
export const listDevLogins = () => request<{ items: DevLogin[] }>({ path: '/api/auth/dev-logins', toast: false });

export const useDevLogins = () => useFetch(listDevLogins, []);
