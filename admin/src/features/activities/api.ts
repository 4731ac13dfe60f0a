import { get, patch, post, type Paged } from '../../lib/api';
import type { Schemas } from '../../lib/schema';

export const KIND: Record<Activity['kind'], string> = {
  org_life_meeting: '组织生活会', theme_party_day: '主题党日', volunteer: '志愿服务', training: '培训', decision_meeting: '民主决策会议', other: '其他',
};
export type Activity = Schemas['Activity'];
export type ActivityInput = Pick<Activity, 'kind' | 'title' | 'description' | 'location' | 'startAt' | 'endAt' | 'signupDeadline' | 'capacity' | 'audience' | 'points'>;
export type Signup = Schemas['RosterEntry'];
export type Participation = Schemas['ActivityParticipationPage']['items'][number];
export type CheckinCode = Schemas['CheckinCode'];

export const activities = (q: { page: number; pageSize: number; kind?: string; organizationId?: number }) => get<Paged<Activity>>('/activities', q);
export const createActivity = (b: ActivityInput & { organizationId: number }) => post<Activity>('/activities', b);
export const updateActivity = (id: number, b: Partial<ActivityInput>) => patch<Activity>(`/activities/${id}`, b);
export const roster = (id: number, q: { page: number; pageSize: number }) => get<Paged<Signup>>(`/activities/${id}/signups`, q);
export const checkinCode = (id: number) => post<CheckinCode>(`/activities/${id}/checkin-codes`);
export const participation = (q: { page: number; pageSize: number; year?: number }) => get<Paged<Participation>>('/activity-participation', q);
