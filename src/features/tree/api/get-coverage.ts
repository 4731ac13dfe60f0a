import { request } from '../../../lib/api-client';
import { useFetch } from '../../../lib/use-fetch';
import type { NewOrganizationCoverage } from '../types';

/** 应建尽建率 of the district, or of one street. */
export const getCoverage = (streetId?: number) => request<NewOrganizationCoverage>({ path: '/api/new-organizations/coverage', query: { streetId }, toast: false });

export const useCoverage = (streetId?: number) => useFetch(() => getCoverage(streetId), [streetId]);
