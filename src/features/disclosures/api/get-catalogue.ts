import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import type { Catalogue } from '../types';

/** The server's catalogue is the one list of sub-categories; the app keeps no copy of it. */
export const getCatalogue = () => request<{ categories: Catalogue }>({ path: '/api/disclosure-catalogue', toast: false });

export const useCatalogue = () => useFetch(getCatalogue, []);
