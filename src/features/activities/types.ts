/** The shapes of the Activities and Points sections of API.md, generated from the server's OpenAPI document. */
import type { components } from '../../lib/api-schema';

type Schemas = components['schemas'];

export type ActivityKind = components['schemas']['Activity']['kind'];

export const KIND_LABELS: Record<ActivityKind, string> = {
  org_life_meeting: '组织生活会',
  theme_party_day: '主题党日',
  volunteer: '志愿服务',
  training: '培训',
  decision_meeting: '民主集中决策会议',
  other: '其他',
};

/** The kinds a resident filters by (decision meetings stay under 全部). */
export const FILTER_KINDS: ActivityKind[] = ['org_life_meeting', 'theme_party_day', 'volunteer', 'training', 'other'];

/** Every kind an admin may create, in the order of the picker. */
export const ALL_KINDS = Object.keys(KIND_LABELS) as ActivityKind[];

export type Audience = Schemas['Activity']['audience'];
export const AUDIENCE_LABELS: Record<Audience, string> = { public: '公开报名', members: '仅限本组织党员' };

export type Place = Schemas['Place'];
export type Activity = Schemas['Activity'];
export type SignupStatus = Schemas['Signup']['status'];
/** `position`: place on the waiting list (1 = next to be confirmed); null when confirmed. */
export type Signup = Schemas['Signup'];
export type ActivityDetail = Schemas['ActivityDetail'];
export type MySignup = Schemas['MySignup'];
export type RosterRow = Schemas['RosterEntry'];
export type CheckinCode = Schemas['CheckinCode'];
export type CheckinResult = Schemas['Checkin'];
export type PointEntry = Schemas['PointEntry'];
export type MyPoints = Schemas['MyPoints'];

/** Where an activity stands for someone looking at it now. */
export function activityPhase(a: Activity, now = Date.now()): { label: string; tone: 'open' | 'closed' | 'running' | 'ended' | 'cancelled' } {
  if (a.status === 'cancelled') return { label: '已取消', tone: 'cancelled' };
  if (now > Date.parse(a.endAt)) return { label: '已结束', tone: 'ended' };
  if (now >= Date.parse(a.startAt)) return { label: '进行中', tone: 'running' };
  if (now > Date.parse(a.signupDeadline)) return { label: '报名截止', tone: 'closed' };
  return { label: '报名中', tone: 'open' };
}

/** `已报名 12/30` or `已报名 12（不限人数）`. */
export const signupCount = (a: Activity): string =>
  a.capacity === null ? `已报名 ${a.confirmedCount}（不限人数）` : `已报名 ${a.confirmedCount}/${a.capacity}`;

/** How my sign-up reads: confirmed, or my place on the waiting list. */
export function signupText(s: Signup): string {
  if (s.checkedInAt) return '已签到';
  if (s.status === 'confirmed') return '已报名';
  return s.position ? `候补第 ${s.position} 位` : '候补中';
}
