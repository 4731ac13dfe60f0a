import type { EntityManager } from 'typeorm';
import type { Config } from '../../config';
import type { Deps } from '../../deps';
import { User } from '../auth';
import { formatShanghai } from '../../core/time';
import { Activity, ActivityNotice, Signup, type NoticeKind } from './entities';

/** A confirmed member hears about the activity this long before it starts. */
export const REMINDER_LEAD_MS = 2 * 3600_000;
/** A cancellation notice is worth sending for three days; after that the member has seen the app. */
const CANCEL_NOTICE_TTL_MS = 3 * 24 * 3600_000;
const BATCH = 50;

/**
 * Subscribe-message template ids, settings (公共模板库: 活动开始提醒, 活动取消通知). The app asks the
 * user to allow the reminder template when signing up.
 */
export const noticeTemplates = (config: Config): Record<NoticeKind, string> => ({
  reminder: config.templates.activityReminder,
  cancelled: config.templates.activityCancelled,
});

/** Owes the user a reminder before the start (one WeChat allowance, used once). */
export async function scheduleReminder(m: EntityManager, activity: Pick<Activity, 'id' | 'startAt'>, userId: number): Promise<void> {
  await m
    .createQueryBuilder()
    .insert()
    .into(ActivityNotice)
    .values({ activityId: activity.id, userId, kind: 'reminder', dueAt: new Date(activity.startAt.getTime() - REMINDER_LEAD_MS), expiresAt: activity.startAt })
    .orIgnore()
    .updateEntity(false)
    .execute();
}

export async function dropReminder(m: EntityManager, activityId: number, userId: number): Promise<void> {
  await m.delete(ActivityNotice, { activityId, userId, kind: 'reminder', status: 'pending' });
}

export async function rescheduleReminders(m: EntityManager, activity: Activity): Promise<void> {
  await m.update(
    ActivityNotice,
    { activityId: activity.id, kind: 'reminder', status: 'pending' },
    { dueAt: new Date(activity.startAt.getTime() - REMINDER_LEAD_MS), expiresAt: activity.startAt },
  );
}

/** The activity is off: the allowance each member gave for the reminder carries the cancellation instead. */
export async function remindersToCancellations(m: EntityManager, activityId: number, now: Date): Promise<void> {
  await m.update(
    ActivityNotice,
    { activityId, kind: 'reminder', status: 'pending' },
    { kind: 'cancelled', dueAt: now, expiresAt: new Date(now.getTime() + CANCEL_NOTICE_TTL_MS) },
  );
}

interface DueNotice {
  id: number;
  kind: NoticeKind;
  openid: string;
  activityId: number;
  title: string;
  startAt: Date | string;
  place: string;
  cancelReason: string | null;
}

/**
 * The notice job, run by every server process. Each notice is claimed with a conditional UPDATE
 * (pending → sending) before it is sent, so two processes never both send it. A reminder is only
 * due while its sign-up is confirmed: someone promoted from the waiting list gets it late rather than never.
 */
export async function sendDueNotices(deps: Deps, now: Date): Promise<number> {
  const db = deps.db.manager;
  const due = await db
    .createQueryBuilder(ActivityNotice, 'n')
    .innerJoin(Activity, 'a', 'a.id = n.activityId')
    .innerJoin(User, 'u', 'u.id = n.userId')
    .leftJoin(Signup, 's', 's.activityId = n.activityId AND s.userId = n.userId')
    .select(['n.id AS id', 'n.kind AS kind', 'u.openid AS openid', 'a.id AS activityId', 'a.title AS title', 'a.startAt AS startAt', 'a.location AS place', 'a.cancelReason AS cancelReason'])
    .where('n.status = :pending AND n.dueAt <= :now AND n.expiresAt > :now', { pending: 'pending', now })
    .andWhere("(n.kind = 'cancelled' OR s.status = 'confirmed')")
    .orderBy('n.dueAt', 'ASC')
    .limit(BATCH)
    .getRawMany<DueNotice>();
  let sent = 0;
  for (const n of due) {
    const claimed = await db.update(ActivityNotice, { id: n.id, status: 'pending' }, { status: 'sending' });
    if (!claimed.affected) continue;
    let errcode: number | null = null;
    try {
      errcode = await deps.wechat.sendSubscribeMessage(message(n, noticeTemplates(deps.config)[n.kind]));
    } catch (err) {
      deps.log.warn({ err, notice: n.id }, 'subscribe message failed');
    }
    const status = errcode === 0 ? 'sent' : errcode === 43101 ? 'refused' : 'failed';
    await db.update(ActivityNotice, { id: n.id }, { status, errcode, sentAt: errcode === 0 ? now : null });
    if (errcode === 0) sent++;
  }
  return sent;
}

/** WeChat `thing` fields hold at most 20 characters. */
const thing = (s: string) => ({ value: s.length > 20 ? `${s.slice(0, 19)}…` : s });

function message(n: DueNotice, templateId: string) {
  const start = new Date(n.startAt instanceof Date ? n.startAt : `${String(n.startAt).replace(' ', 'T')}Z`);
  const place = (JSON.parse(String(n.place)) as { name: string }).name;
  return {
    touser: n.openid,
    template_id: templateId,
    page: `packages/activity/pages/detail?id=${n.activityId}`,
    data: {
      thing1: thing(n.title),
      time2: { value: formatShanghai(start, 'yyyy/M/d HH:mm') },
      thing3: thing(place),
      thing4: thing(n.kind === 'reminder' ? '活动即将开始，请准时参加' : `活动已取消：${n.cancelReason ?? ''}`),
    },
  };
}
