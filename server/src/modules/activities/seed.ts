import type { Deps } from '../../deps';
import { startOfDay, yearOf } from '../../core/time';
import { inTransaction } from '../../db/transaction';
import { User } from '../auth';
import { PartyMember } from '../members';
import { Community, Organization } from '../orgs';
import { attendanceRule, awardPoints, openTally } from '../points';
import { Activity, Signup, type ActivityKind, type Audience } from './entities';

const DAY = 24 * 3600_000;
// No year in the title: the demo's dates are relative to today (a "2017" meeting dated this year read wrong).
const MARKER = '城阳村社区年度专题组织生活会';

interface DemoActivity {
  /** A community (its party organisation) or an organisation by name. */
  org: string;
  kind: ActivityKind;
  title: string;
  place: string;
  /** Days from today (negative: past), at 09:00 Beijing time, lasting `hours`. */
  day: number;
  hours: number;
  capacity: number | null;
  audience: Audience;
  points: number;
  /** Demo residents signed up (the first `capacity` confirmed, the rest waitlisted); none for members-only ones. */
  signups: number;
  /** The demo member's sign-up: attended (past), confirmed, or waitlisted at the back. */
  member?: 'attended' | 'signed_up';
}

/** A season: the 组织生活会 round of the 2017 article (dated relative to today), volunteer services and trainings, some past, some full. */
const SEASON: DemoActivity[] = [
  { org: '城阳村社区', kind: 'org_life_meeting', title: MARKER, place: '城阳村社区党群服务中心', day: -20, hours: 3, capacity: null, audience: 'members', points: 5, signups: 0, member: 'attended' },
  { org: '城阳村社区', kind: 'volunteer', title: '社区环境整治志愿服务', place: '城阳村社区文化广场', day: -12, hours: 3, capacity: 30, audience: 'public', points: 3, signups: 26, member: 'attended' },
  { org: '城阳街道党工委', kind: 'training', title: '春季党员轮训·流动党校第一期', place: '城阳街道党校', day: -6, hours: 4, capacity: 60, audience: 'members', points: 4, signups: 0, member: 'attended' },
  { org: '后田社区', kind: 'org_life_meeting', title: '后田社区专题组织生活会', place: '后田社区会议室', day: -3, hours: 2, capacity: null, audience: 'members', points: 5, signups: 0 },
  { org: '城阳村社区', kind: 'theme_party_day', title: '主题党日：重温入党誓词', place: '城阳村社区党员活动室', day: 3, hours: 2, capacity: 40, audience: 'members', points: 3, signups: 0, member: 'signed_up' },
  { org: '城阳街道党工委', kind: 'volunteer', title: '五一欢乐购物汇·文明引导志愿服务', place: '北曲商圈', day: 5, hours: 4, capacity: 10, audience: 'public', points: 3, signups: 14, member: 'signed_up' },
  { org: '城阳街道党工委', kind: 'training', title: '三务公开标准化培训', place: '城阳街道便民服务中心', day: 8, hours: 3, capacity: 50, audience: 'public', points: 2, signups: 9 },
  { org: '城阳村社区', kind: 'volunteer', title: '关爱老人上门服务', place: '城阳村社区', day: 10, hours: 3, capacity: 8, audience: 'public', points: 3, signups: 8 },
  { org: '西大洋社区', kind: 'volunteer', title: '红岛海鲜产供销共同体助农志愿服务', place: '西大洋社区码头', day: 12, hours: 5, capacity: 20, audience: 'public', points: 3, signups: 6 },
  { org: '城阳街道党工委', kind: 'org_life_meeting', title: '城阳街道各党组织专题组织生活会', place: '各社区党群服务中心', day: 15, hours: 3, capacity: null, audience: 'members', points: 5, signups: 0 },
  { org: '城阳村社区', kind: 'other', title: '民主集中决策会议旁听', place: '城阳村社区议事厅', day: 20, hours: 2, capacity: 15, audience: 'public', points: 0, signups: 2 },
];
const RESIDENTS = 40;

/** Demo activities with sign-ups, attendance and the points it earned. Idempotent: keyed on the first title. */
export async function seedActivities(deps: Deps): Promise<void> {
  if (await deps.db.manager.countBy(Activity, { title: MARKER })) return;
  await inTransaction(deps.db, async (db) => {
    const residents = Array.from({ length: RESIDENTS }, (_, i) => ({ openid: `o_demo_resident_${i + 1}`, nickname: `居民${String(i + 1).padStart(2, '0')}` }));
    await db.createQueryBuilder().insert().into(User).values(residents).orIgnore().updateEntity(false).execute();
    const residentIds = (await db.find(User, { where: residents.map((r) => ({ openid: r.openid })), order: { id: 'ASC' } })).map((u) => u.id);
    const admin = await db.findOneByOrFail(User, { openid: 'o_demo_admin' });
    const memberUser = await db.findOneByOrFail(User, { openid: 'o_demo_member' });
    const member = await db.findOneByOrFail(PartyMember, { userId: memberUser.id });
    const memberOrg = await db.findOneByOrFail(Organization, { id: member.organizationId });
    const now = deps.clock.now().getTime();
    const today = new Date(startOfDay(deps.clock.now()).getTime() + 9 * 3600_000); // 09:00 in Beijing
    for (const d of SEASON) {
      const community = await db.findOneBy(Community, { name: d.org });
      const org = await db.findOneByOrFail(Organization, community ? { id: community.organizationId } : { name: d.org });
      const startAt = new Date(today.getTime() + d.day * DAY);
      const past = d.day < 0;
      // Published some days before it starts (and before today), like a real one.
      const publishedAt = new Date(Math.min(startAt.getTime() - 10 * DAY, now - 2 * DAY));
      const people = residentIds.slice(0, d.signups);
      if (d.member) people.push(memberUser.id);
      const confirmedCount = d.capacity === null ? people.length : Math.min(d.capacity, people.length);
      const activity = await db.save(
        db.create(Activity, {
          organizationId: org.id, organizationPath: org.path, kind: d.kind, title: d.title, description: `${d.title}。请准时参加，签到时扫描现场二维码。`,
          location: { name: d.place }, startAt, endAt: new Date(startAt.getTime() + d.hours * 3600_000), signupDeadline: new Date(startAt.getTime() - 3600_000),
          capacity: d.capacity, audience: d.audience, points: d.points, status: 'published', confirmedCount, createdBy: admin.id, cancelReason: null, createdAt: publishedAt,
        }),
      );
      // Past activities: most confirmed people came (every fifth resident did not). Everyone signed
      // up in the days before the deadline, in order (the waiting list's order), never after coming.
      const rows = people.map((userId, i) => ({
        activityId: activity.id, userId, status: i < confirmedCount ? ('confirmed' as const) : ('waitlisted' as const),
        createdAt: new Date(Math.min(startAt.getTime() - 3 * DAY, now - DAY) + i * 60_000),
        checkedInAt: past && i < confirmedCount && (userId === memberUser.id || i % 5 !== 4) ? new Date(startAt.getTime() + 600_000) : null,
      }));
      if (rows.length) await db.insert(Signup, rows);
      if (past && d.member === 'attended' && d.points > 0) {
        const checkedInAt = new Date(startAt.getTime() + 600_000);
        await openTally(db, memberUser.id, attendanceRule(d.kind), yearOf(checkedInAt));
        await awardPoints(db, {
          userId: memberUser.id, delta: d.points, reason: `参加活动「${d.title}」`, sourceType: 'activity', sourceId: activity.id, ruleCode: attendanceRule(d.kind),
          organizationId: memberOrg.id, organizationPath: memberOrg.path, createdAt: checkedInAt,
        });
      }
    }
  });
}
