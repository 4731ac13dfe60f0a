import { In, type EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { shanghaiTime } from '../../core/time';
import { inTransaction } from '../../db/transaction';
import { User } from '../auth';
import { PartyMember } from '../members';
import { Community, NewOrganization, Organization, Street } from '../orgs';
import { Meeting, MeetingAttendance } from './entities';
import { latestDuePeriods, meetingDueAt, periodAt, type MeetingKind } from './kinds';

/** 2017: "35个农村社区、8个城市社区、28家非公企业党组织已全部召开基层专题组织生活会". */
export const ORG_LIFE_ENTERPRISES = 28;
const HOUR = 3600_000;

type Row = Omit<Partial<Meeting>, 'heldAt'> & { organizationId: number; organizationPath: string; kind: MeetingKind; heldAt: Date };

/**
 * Demo meetings, relative to the clock: every community organisation of 城阳街道 and 28 of its
 * enterprise organisations held the 专题组织生活会 of the latest year already due; 城阳村社区 also
 * holds its 支委会 monthly and its 党课 quarterly, with the roll's attendance (one member on leave).
 */
export async function seedMeetings(deps: Deps): Promise<void> {
  const m = deps.db.manager;
  const street = await m.findOneBy(Street, { name: '城阳街道' });
  if (!street || (await m.existsBy(Meeting, {}))) return;
  const recorder = await m.findOneByOrFail(User, { openid: 'o_demo_street_admin' });
  const now = deps.clock.now();
  const due = latestDuePeriods(now);
  const communities = await m.find(Community, { where: { streetId: street.id }, order: { id: 'ASC' } });
  const enterprises = (await m.find(NewOrganization, { where: { streetId: street.id }, order: { id: 'ASC' } })).filter((n) => n.partyOrganizationId).slice(0, ORG_LIFE_ENTERPRISES);
  const orgIds = [...communities.map((c) => c.organizationId), ...enterprises.map((n) => n.partyOrganizationId!)];
  const orgs = await m.find(Organization, { where: { id: In(orgIds) } });
  const base = (o: Organization) => ({ organizationId: o.id, organizationPath: o.path, recordedById: recorder.id, photoFileIds: [], activityId: null });
  // Held in December of that year, before its deadline (the end of the next March).
  const rows: Row[] = orgs.map((o, i) => ({
    ...base(o), kind: 'org_life', period: due.year, title: `${due.year}年度基层专题组织生活会`, heldAt: shanghaiTime(Number(due.year), 12, 1 + (i % 25), 15),
    agenda: '对照检查，开展批评与自我批评，“三问”大讨论', minutes: '班子成员逐一对照检查发言，党员相互批评，形成问题清单和整改措施。',
  }));
  const home = orgs.find((o) => o.id === communities.find((c) => c.name === '城阳村社区')?.organizationId);
  if (home) rows.push(...homeMeetings(base(home), now, due));
  await inTransaction(deps.db, async (tx) => {
    for (let i = 0; i < rows.length; i += 100) await tx.insert(Meeting, rows.slice(i, i + 100).map((r) => ({ presentCount: 0, absentCount: 0, ...r })));
    if (home) await seedAttendance(tx, home.id);
  });
}

/** 城阳村's 支委会 for the latest month due and for this month so far, and its 党课 for the latest quarter due. */
function homeMeetings(base: Omit<Row, 'kind' | 'heldAt' | 'period'>, now: Date, due: ReturnType<typeof latestDuePeriods>): Row[] {
  const text = { agenda: '传达上级精神，研究本月党建重点工作', minutes: '会议研究了本月党员活动安排和责任清单推进情况。' };
  const rows: Row[] = [
    { ...base, ...text, kind: 'branch_committee', period: due.month, title: `${due.month} 支委会`, heldAt: new Date(meetingDueAt('branch_committee', due.month).getTime() - 5 * 24 * HOUR) },
    { ...base, ...text, kind: 'party_lecture', period: due.quarter, title: '书记讲党课：践行阳光党建', heldAt: new Date(meetingDueAt('party_lecture', due.quarter).getTime() - 20 * 24 * HOUR) },
  ];
  const early = new Date(now.getTime() - 2 * HOUR);
  if (periodAt('branch_committee', early) !== due.month) rows.push({ ...base, ...text, kind: 'branch_committee', period: periodAt('branch_committee', early), title: '本月支委会', heldAt: early });
  return rows;
}

/** The roll at each of 城阳村's meetings: everyone present but the last member, on leave. */
async function seedAttendance(m: EntityManager, organizationId: number) {
  const roll = await m.find(PartyMember, { where: { organizationId }, order: { id: 'ASC' } });
  const meetings = await m.find(Meeting, { where: { organizationId } });
  for (const meeting of meetings) {
    const rows = roll.map((p, i) => ({ meetingId: meeting.id, memberId: p.id, present: i < roll.length - 1, absenceReason: i < roll.length - 1 ? null : '外出务工请假' }));
    if (rows.length) await m.insert(MeetingAttendance, rows);
    await m.update(Meeting, { id: meeting.id }, { presentCount: Math.max(roll.length - 1, 0), absentCount: Math.min(roll.length, 1) });
  }
}
