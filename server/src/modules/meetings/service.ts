import { In, type EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Forbidden, getOrThrow, Invalid } from '../../errors';
import { page, type PagingInput } from '../../core/paging';
import type { Actor } from '../../core/actor';
import { allows } from '../../core/policy';
import { periodRange } from '../../core/time';
import { activityCheckIns } from '../activities';
import { recordAudit } from '../audit';
import { assertFilesExist, fileUrls } from '../files';
import { PartyMember, partyMemberOf } from '../members';
import { Organization, organizationPath, withinScope } from '../orgs';
import { Meeting, MeetingAttendance } from './entities';
import { fitsCadence, periodAt } from './kinds';
import { meetingPolicy } from './policy';
import { photosOf, presentMeetingSummary, presentMyMeeting } from './present';
import type { MeetingsInput, RecordMeetingInput } from './schemas';

const bad = (field: string, message: string, code?: string) => new Invalid(message, [{ in: 'body', field, message }], code);

/** The period a meeting counts for: the one it was held in, or an earlier one of its cadence it makes up for. */
function periodFor(input: RecordMeetingInput): string {
  const held = periodAt(input.kind, input.heldAt);
  if (!input.period) return held;
  if (!fitsCadence(input.kind, input.period)) throw bad('period', `期间 ${input.period} 与会议类型的周期不符（月 2026-03、季度 2026-Q1 或年 2026）`);
  if (periodRange(input.period).from > input.heldAt) throw bad('period', '会议不能计入召开之后的期间');
  return input.period;
}

/** Who attended: the roll members named, or those of the organisation's roll who checked in at the activity it was run as. */
async function attendeesOf(m: EntityManager, input: RecordMeetingInput, roll: PartyMember[], now: Date): Promise<number[]> {
  if (input.activityId) {
    const activity = await activityCheckIns(m, input.activityId);
    if (activity.organizationId !== input.organizationId) throw bad('activityId', '该活动不是本组织举办的', 'ACTIVITY_ELSEWHERE');
    if (activity.startAt > now) throw bad('activityId', '活动尚未开始');
    const users = new Set(activity.userIds);
    return roll.filter((p) => p.userId !== null && users.has(p.userId)).map((p) => p.id);
  }
  const onRoll = new Set(roll.map((p) => p.id));
  const strangers = input.attendeeMemberIds!.filter((id) => !onRoll.has(id));
  if (strangers.length) throw new Invalid('到会党员不在本组织名册中', strangers.map((id) => ({ in: 'body', field: 'attendeeMemberIds', message: `党员 ${id} 不在本组织名册中` })), 'NOT_ON_ROLL');
  return [...new Set(input.attendeeMemberIds)];
}

/**
 * A scope admin records a meeting the organisation held. Every member on its roll gets an
 * attendance row: present, or absent with the reason given. A meeting not yet held cannot be recorded.
 */
export async function recordMeeting(deps: Deps, actor: Actor, input: RecordMeetingInput) {
  const now = deps.clock.now();
  const id = await inTransaction(deps.db, async (m) => {
    const path = await meetingPolicy.record(m, actor, input);
    if (input.heldAt > now) throw bad('heldAt', '会议尚未召开，不能记录');
    const period = periodFor(input);
    await assertFilesExist(m, input.photoFileIds, 'photoFileIds');
    const roll = await m.find(PartyMember, { where: { organizationId: input.organizationId }, order: { id: 'ASC' } });
    const present = new Set(await attendeesOf(m, input, roll, now));
    const reasons = new Map(input.absences.map((a) => [a.memberId, a.reason]));
    const wrong = [...reasons.keys()].filter((id) => present.has(id) || !roll.some((p) => p.id === id));
    if (wrong.length) throw new Invalid('请假党员应为名册中未到会的党员', wrong.map((id) => ({ in: 'body', field: 'absences', message: `党员 ${id}` })), 'NOT_ON_ROLL');
    const meeting = await m.save(
      m.create(Meeting, {
        organizationId: input.organizationId, organizationPath: path, kind: input.kind, title: input.title, heldAt: input.heldAt, period, agenda: input.agenda,
        minutes: input.minutes, activityId: input.activityId ?? null, photoFileIds: [...new Set(input.photoFileIds)], presentCount: present.size,
        absentCount: roll.length - present.size, recordedById: actor.id,
      }),
    );
    const rows = roll.map((p) => ({ meetingId: meeting.id, memberId: p.id, present: present.has(p.id), absenceReason: present.has(p.id) ? null : (reasons.get(p.id) ?? null) }));
    for (let i = 0; i < rows.length; i += 200) await m.insert(MeetingAttendance, rows.slice(i, i + 200));
    await recordAudit(m, actor, {
      action: 'meeting.record', entityType: 'meeting', entityId: meeting.id, organizationPath: path,
      after: { kind: meeting.kind, title: meeting.title, heldAt: meeting.heldAt.toISOString(), period, present: meeting.presentCount, absent: meeting.absentCount },
    });
    return meeting.id;
  });
  return fullRecord(deps.db.manager, await deps.db.manager.findOneByOrFail(Meeting, { id }));
}

async function namesOf(db: EntityManager, organizationIds: number[]) {
  const orgs = organizationIds.length ? await db.find(Organization, { where: { id: In([...new Set(organizationIds)]) }, select: { id: true, name: true } }) : [];
  return new Map(orgs.map((o) => [o.id, o.name]));
}

/** The record with every roll member's attendance, for an admin in scope. */
async function fullRecord(db: EntityManager, meeting: Meeting) {
  const [names, photos] = [await namesOf(db, [meeting.organizationId]), await fileUrls(db, meeting.photoFileIds)];
  const rows = await db.find(MeetingAttendance, { where: { meetingId: meeting.id }, order: { memberId: 'ASC' } });
  const members = new Map((await db.find(PartyMember, { where: { id: In(rows.map((r) => r.memberId).concat(0)) }, select: { id: true, name: true } })).map((p) => [p.id, p.name]));
  return {
    ...presentMeetingSummary(meeting, names.get(meeting.organizationId)!), agenda: meeting.agenda, minutes: meeting.minutes, photos: photosOf(meeting, photos),
    attendance: rows.map((r) => ({ memberId: r.memberId, name: members.get(r.memberId) ?? '', present: r.present, absenceReason: r.absenceReason })),
  };
}

/**
 * One meeting: with every member's attendance for an admin in scope; with their own attendance for
 * a member on its roll; refused to anyone else (attendance names people).
 */
export async function getMeeting(db: EntityManager, actor: Actor, id: number) {
  const meeting = getOrThrow(await db.findOneBy(Meeting, { id }), '会议');
  if (await allows(meetingPolicy.readAttendance, db, actor, meeting)) return fullRecord(db, meeting);
  const member = await partyMemberOf(db, actor.id);
  const mine = member && (await db.findOneBy(MeetingAttendance, { meetingId: id, memberId: member.id }));
  if (!mine) {
    await meetingPolicy.readAttendance(db, actor, meeting);
    throw new Forbidden();
  }
  return presentMyMeeting(meeting, (await namesOf(db, [meeting.organizationId])).get(meeting.organizationId)!, await fileUrls(db, meeting.photoFileIds), mine);
}

/** The admin's list: meetings of organisations in their scope (under `organizationId` when given), newest first. */
export async function listMeetings(db: EntityManager, actor: Actor, q: MeetingsInput) {
  await meetingPolicy.listDesk(db, actor);
  const qb = db.createQueryBuilder(Meeting, 'm').orderBy('m.heldAt', 'DESC').addOrderBy('m.id', 'DESC').skip((q.page - 1) * q.pageSize).take(q.pageSize);
  withinScope(qb, actor, 'm.organizationPath');
  if (q.organizationId) qb.andWhere('m.organizationPath LIKE :under', { under: `${await organizationPath(db, q.organizationId)}%` });
  if (q.kind) qb.andWhere('m.kind = :kind', { kind: q.kind });
  if (q.period) qb.andWhere('m.period = :period', { period: q.period });
  const [rows, total] = await qb.getManyAndCount();
  const names = await namesOf(db, rows.map((r) => r.organizationId));
  return page(rows.map((r) => presentMeetingSummary(r, names.get(r.organizationId)!)), total, q);
}

/** A member's own attendance: the meetings they were on the roll for, newest first, with how many they attended. */
export async function listMyMeetings(db: EntityManager, actor: Actor, q: PagingInput) {
  const member = await partyMemberOf(db, actor.id);
  if (!member) throw new Forbidden('只有党员可以查看自己的参会记录', 'NOT_A_MEMBER');
  const qb = db
    .createQueryBuilder(Meeting, 'm')
    .innerJoin(MeetingAttendance, 'a', 'a.meetingId = m.id AND a.memberId = :member', { member: member.id })
    .orderBy('m.heldAt', 'DESC')
    .addOrderBy('m.id', 'DESC')
    .skip((q.page - 1) * q.pageSize)
    .take(q.pageSize);
  const [rows, total] = await qb.getManyAndCount();
  const mine = new Map((await db.find(MeetingAttendance, { where: { memberId: member.id } })).map((a) => [a.meetingId, a]));
  const [names, photos] = [await namesOf(db, rows.map((r) => r.organizationId)), await fileUrls(db, rows.flatMap((r) => r.photoFileIds))];
  const present = [...mine.values()].filter((a) => a.present).length;
  return { ...page(rows.map((r) => presentMyMeeting(r, names.get(r.organizationId)!, photos, mine.get(r.id)!)), total, q), present, absent: mine.size - present };
}
