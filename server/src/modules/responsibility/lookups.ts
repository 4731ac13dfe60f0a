import { In, type EntityManager } from 'typeorm';
import { fileUrls } from '../files';
import { Organization } from '../orgs';
import { ResponsibilityTask, TaskList } from './entities';
import type { ListCounts, Lookups } from './present';

/** Names, lists and file URLs the presenters need, loaded in a few queries for a page of rows. */
export async function lookups(db: EntityManager, o: { organizationIds?: number[]; listIds?: number[]; fileIds?: number[] }): Promise<Lookups> {
  const listIds = [...new Set(o.listIds ?? [])];
  const lists = listIds.length ? await db.findBy(TaskList, { id: In(listIds) }) : [];
  const orgIds = [...new Set([...(o.organizationIds ?? []), ...lists.map((x) => x.organizationId)])];
  const orgs = orgIds.length ? await db.find(Organization, { where: { id: In(orgIds) }, select: { id: true, name: true } }) : [];
  const fileIds = [...(o.fileIds ?? []), ...lists.flatMap((x) => (x.agreementFileId ? [x.agreementFileId] : []))];
  return { orgNames: new Map(orgs.map((x) => [x.id, x.name])), lists: new Map(lists.map((x) => [x.id, x])), files: await fileUrls(db, fileIds) };
}

/** Tasks, done and overdue per list, counted in the database. */
export async function listCounts(db: EntityManager, listIds: number[], now: Date): Promise<Map<number, ListCounts>> {
  const rows = listIds.length
    ? await db
        .createQueryBuilder(ResponsibilityTask, 't')
        .select('t.taskListId', 'taskListId')
        .addSelect('COUNT(*)', 'tasks')
        .addSelect("SUM(CASE WHEN t.status = 'done' THEN 1 ELSE 0 END)", 'done')
        .addSelect("SUM(CASE WHEN t.status = 'open' AND t.dueAt < :now THEN 1 ELSE 0 END)", 'overdue')
        .where('t.taskListId IN (:...listIds)', { listIds })
        .setParameter('now', now)
        .groupBy('t.taskListId')
        .getRawMany<{ taskListId: number | string; tasks: number | string; done: number | string | null; overdue: number | string | null }>()
    : [];
  const byList = new Map(rows.map((r) => [Number(r.taskListId), { taskCount: Number(r.tasks), doneCount: Number(r.done ?? 0), overdueCount: Number(r.overdue ?? 0) }]));
  return new Map(listIds.map((id) => [id, byList.get(id) ?? { taskCount: 0, doneCount: 0, overdueCount: 0 }]));
}
