import { In, type EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Invalid } from '../../errors';
import { page } from '../../core/paging';
import type { Actor } from '../../core/actor';
import { monthOf } from '../../core/time';
import { recordAudit } from '../audit';
import { Organization, withinScope } from '../orgs';
import { ResponsibilityTask, SchedulingMeeting } from './entities';
import { isOverdue } from './present';
import { responsibilityPolicy } from './policy';
import type { SchedulingInput } from './schemas';

/**
 * A street's monthly 党建专题调度会议: once per organisation and month (the unique index), held
 * already, reviewing tasks of lists within its subtree.
 */
export async function recordScheduling(deps: Deps, actor: Actor, input: SchedulingInput) {
  const now = deps.clock.now();
  const id = await inTransaction(deps.db, async (m) => {
    const path = await responsibilityPolicy.schedule(m, actor, input);
    if (input.heldAt > now) throw new Invalid('会议尚未召开，不能记录', [{ in: 'body', field: 'heldAt', message: '不能晚于现在' }]);
    const tasks = input.reviewedTaskIds.length ? await m.findBy(ResponsibilityTask, { id: In(input.reviewedTaskIds) }) : [];
    const outside = input.reviewedTaskIds.filter((id) => !tasks.some((t) => t.id === id && t.organizationPath.startsWith(path)));
    if (outside.length) throw new Invalid('调度的任务应属于本组织及下级', outside.map((id) => ({ in: 'body', field: 'reviewedTaskIds', message: `任务 ${id}` })), 'TASK_ELSEWHERE');
    const meeting = await m.save(
      m.create(SchedulingMeeting, { ...input, month: input.month ?? monthOf(input.heldAt), organizationPath: path, reviewedTaskIds: [...new Set(input.reviewedTaskIds)], recordedById: actor.id }),
    );
    await recordAudit(m, actor, { action: 'scheduling.record', entityType: 'scheduling_meeting', entityId: meeting.id, organizationPath: path, after: { ...input, heldAt: input.heldAt.toISOString() } });
    return meeting.id;
  });
  return (await presentScheduling(deps.db.manager, [await deps.db.manager.findOneByOrFail(SchedulingMeeting, { id })], now))[0];
}

async function presentScheduling(db: EntityManager, rows: SchedulingMeeting[], now: Date) {
  const taskIds = rows.flatMap((r) => r.reviewedTaskIds);
  const tasks = new Map((taskIds.length ? await db.findBy(ResponsibilityTask, { id: In(taskIds) }) : []).map((t) => [t.id, t]));
  const orgIds = [...rows.map((r) => r.organizationId), ...[...tasks.values()].map((t) => t.organizationId)];
  const names = new Map((orgIds.length ? await db.find(Organization, { where: { id: In(orgIds) }, select: { id: true, name: true } }) : []).map((o) => [o.id, o.name]));
  return rows.map((r) => ({
    id: r.id, organizationId: r.organizationId, organizationName: names.get(r.organizationId) ?? '', month: r.month, heldAt: r.heldAt.toISOString(), title: r.title, decisions: r.decisions,
    reviewedTasks: r.reviewedTaskIds.flatMap((id) => {
      const t = tasks.get(id);
      return t ? [{ id, title: t.title, organizationName: names.get(t.organizationId) ?? '', status: t.status, overdue: isOverdue(t, now) }] : [];
    }),
  }));
}

/** The scheduling meetings in my scope (of an organisation), the latest month first. */
export async function listScheduling(db: EntityManager, actor: Actor, q: { organizationId?: number; page: number; pageSize: number }, now: Date) {
  await responsibilityPolicy.listScheduling(db, actor);
  const qb = db.createQueryBuilder(SchedulingMeeting, 's').orderBy('s.month', 'DESC').addOrderBy('s.id', 'DESC').skip((q.page - 1) * q.pageSize).take(q.pageSize);
  withinScope(qb, actor, 's.organizationPath');
  if (q.organizationId) qb.andWhere('s.organizationId = :org', { org: q.organizationId });
  const [rows, total] = await qb.getManyAndCount();
  return page(await presentScheduling(db, rows, now), total, q);
}
