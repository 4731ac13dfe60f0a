import { get, patch, post, type Paged } from '../../lib/api';

export const KIND: Record<string, string> = {
  org_life_meeting: '组织生活会', theme_party_day: '主题党日', volunteer: '志愿服务', training: '培训', decision_meeting: '民主决策会议', other: '其他',
};
export interface Activity {
  id: number;
  organizationId: number;
  kind: string;
  title: string;
  description: string;
  location: { name: string };
  startAt: string;
  endAt: string;
  signupDeadline: string;
  capacity: number | null;
  audience: 'public' | 'members';
  points: number;
  status: string;
  confirmedCount: number;
}
export type ActivityInput = Pick<Activity, 'kind' | 'title' | 'description' | 'location' | 'startAt' | 'endAt' | 'signupDeadline' | 'capacity' | 'audience' | 'points'>;
export interface Signup {
  id: number;
  nickname: string;
  status: 'confirmed' | 'waitlisted';
  position: number | null;
  checkedInAt: string | null;
  createdAt: string;
}
export interface Participation extends Activity {
  signups: number;
  checkIns: number;
}
export interface CheckinCode {
  token: string;
  shortCode: string;
  expiresAt: string;
  refreshAfterSeconds: number;
  qrDataUrl: string;
}

export const activities = (q: { page: number; pageSize: number; kind?: string; organizationId?: number }) => get<Paged<Activity>>('/activities', q);
export const createActivity = (b: ActivityInput & { organizationId: number }) => post<Activity>('/activities', b);
export const updateActivity = (id: number, b: Partial<ActivityInput>) => patch<Activity>(`/activities/${id}`, b);
export const roster = (id: number, q: { page: number; pageSize: number }) => get<Paged<Signup>>(`/activities/${id}/signups`, q);
export const checkinCode = (id: number) => post<CheckinCode>(`/activities/${id}/checkin-codes`);
export const participation = (q: { page: number; pageSize: number; year?: number }) => get<Paged<Participation>>('/activity-participation', q);
