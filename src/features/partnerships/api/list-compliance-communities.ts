import { request } from '../../../lib/api-client';
import { usePagedList, type Paged } from '../../../lib/use-paged-list';
import type { ComplianceQuery, ComplianceRow } from '../types';

/** The communities behind a 三务公开 figure (served by the disclosures module, same period as the dashboard). */
export const listComplianceCommunities = (q: ComplianceQuery & { page: number; pageSize: number }) =>
  request<Paged<ComplianceRow>>({ path: '/api/disclosure-compliance', query: { ...q }, toast: false });

export const useComplianceCommunityList = (q: ComplianceQuery) =>
  usePagedList((page, pageSize) => listComplianceCommunities({ ...q, page, pageSize }), [q.streetId, q.period, q.quarter, q.category, q.status]);
