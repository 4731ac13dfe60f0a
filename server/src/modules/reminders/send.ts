import { In } from 'typeorm';
import type { Deps } from '../../deps';
import { Conflict, fromDatabaseError } from '../../errors';
import { subscribeOutcome } from '../../wechat/client';
import { appointmentsOn } from '../appointments';
import { User } from '../auth';
import { Reminder, type ReminderKind } from './entities';

export interface Due {
  kind: ReminderKind;
  subject: string;
  organizationId: number;
  template: string;
  page: string;
  data: Record<string, { value: string }>;
}

/** The admins appointed to exactly these organisations (a community's own admins, not everyone above), with their openids. */
async function adminsOf(deps: Deps, organizationIds: number[]) {
  const appointed = await appointmentsOn(deps.db.manager, organizationIds);
  if (!appointed.length) return [];
  const users = await deps.db.manager.find(User, { where: { id: In([...new Set(appointed.map((a) => a.userId))]) }, select: { id: true, openid: true } });
  const openids = new Map(users.map((u) => [u.id, u.openid]));
  return appointed.map((a) => ({ organizationId: a.organizationId, userId: a.userId, openid: openids.get(a.userId)! }));
}

/**
 * Sends each due reminder to each admin of its organisation, once: the INSERT of the reminder row is
 * the claim (a duplicate means another process or an earlier run has it). A user's refusal (43101)
 * is kept; a used-up daily quota (45009) gives the claim back, so a later run sends it.
 */
export async function sendReminders(deps: Deps, due: Due[]): Promise<number> {
  const admins = await adminsOf(deps, [...new Set(due.map((d) => d.organizationId))]);
  const db = deps.db.manager;
  let sent = 0;
  for (const d of due) {
    for (const a of admins.filter((x) => x.organizationId === d.organizationId)) {
      const claimed = await db.insert(Reminder, { kind: d.kind, subject: d.subject, userId: a.userId, status: 'sending' }).then(
        () => true,
        (err) => {
          if (fromDatabaseError(err) instanceof Conflict) return false;
          throw err;
        },
      );
      if (!claimed) continue;
      let errcode: number | null = null;
      try {
        errcode = await deps.wechat.sendSubscribeMessage({ touser: a.openid, template_id: d.template, page: d.page, data: d.data });
      } catch (err) {
        deps.log.warn({ err, reminder: d.subject }, 'subscribe message failed');
      }
      const where = { kind: d.kind, subject: d.subject, userId: a.userId };
      if (errcode === 45009) await db.delete(Reminder, where);
      else await db.update(Reminder, where, { status: subscribeOutcome(errcode), errcode });
      if (errcode === 0) sent++;
    }
  }
  return sent;
}
