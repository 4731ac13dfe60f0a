import { get, type Paged } from '../../lib/api';

type Counts = { on_time: number; late: number; missing: number };
export interface Dashboard {
  scope: { level: 'district' | 'street'; streetId: number | null; streetName: string | null };
  partnerships: { pairs: number; communities: number; projects: { total: number; byCategory: Record<string, number>; byStatus: Record<string, number> } };
  newOrganizations: { shouldEstablish: number; established: number; own: number; joint: number; none: number; rate: number };
  disclosureCompliance: { period: string; communities: number; byCategory: Record<'party' | 'affairs' | 'finance', Counts> };
  activityParticipation: { year: number; held: number; signups: number; checkIns: number; rate: number };
}
export const dashboard = () => get<Dashboard>('/dashboard');
/** The rows behind a figure: each figure's own list endpoint with the same filter. */
export const drill = <T,>(path: string, query: Record<string, string | number | undefined>) => get<Paged<T>>(path, query);
