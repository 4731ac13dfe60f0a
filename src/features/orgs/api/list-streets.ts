import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import type { Street } from '../types';

/** The district's streets: a handful, so one unpaged answer. */
export const listStreets = () => request<{ items: Street[] }>({ path: '/api/streets', toast: false });

export const useStreets = () => useFetch(listStreets, []);
