import type { EntityManager, SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Conflict, getOrThrow, Invalid } from '../../errors';
import { page } from '../../core/paging';
import type { Actor } from '../../core/actor';
import { recordAudit } from '../audit';
import { assertFilesExist } from '../files';
import { organizationPath, Street } from '../orgs';
import { ResponsibilityTask, TaskList, TaskUpdate } from './entities';
import { listCounts, lookups } from './lookups';
import { responsibilityPolicy } from './policy';
import { filesOf, presentTask, presentTaskList } from './present';
import type { CreateTaskInput, CreateTaskListInput, TaskListsInput, TasksInput, UpdateTaskInput, UpdateTaskListInput } from './schemas';

/** Narrows a query to the subtree of an organisation or a street (`pathColumn` holds the organisation's path). */
export async function underTree<T extends ObjectLiteral>(db: EntityManager, qb: SelectQueryBuilder<T>, pathColumn: string, q: { organizationId?: number; streetId?: number }) {
  const ids = [q.organizationId, q.streetId && getOrThrow(await db.findOneBy(Street, { id: q.streetId }), '街道').organizationId].filter((x): x is number => !!x);
  for (const [i, id] of ids.entries()) qb.andWhere(`${pathColumn} LIKE :under${i}`, { [`under${i}`]: `${await organizationPath(db, id)}%` });
  return qb;
}

const listFor = async (m: EntityManager, id: number) => getOrThrow(await m.findOneBy(TaskList, { id }), '任务清单');
const openList = (list: TaskList) => {
  if (list.closedAt) throw new Conflict('LIST_CLOSED', '该清单已关闭');
  return list;
};

/** A scope admin starts an organisation's 责任清单 for a year (one per organisation and year), with the signed 责任书 if there is one. */
export async function createTaskList(deps: Deps, actor: Actor, input: CreateTaskListInput) {
  const id = await inTransaction(deps.db, async (m) => {
    const path = await responsibilityPolicy.manageList(m, actor, input);
    await assertFilesExist(m, [input.agreementFileId], 'agreementFileId');
    const list = await m.save(m.create(TaskList, { ...input, agreementFileId: input.agreementFileId ?? null, organizationPath: path, kind: 'responsibility', createdById: actor.id }));
    await recordAudit(m, actor, { action: 'task_list.create', entityType: 'task_list', entityId: list.id, organizationPath: path, after: input });
    return list.id;
  });
  return getTaskList(deps.db.manager, id, deps.clock.now());
}

export async function updateTaskList(deps: Deps, actor: Actor, id: number, input: UpdateTaskListInput) {
  await inTransaction(deps.db, async (m) => {
    const list = openList(await listFor(m, id));
    const path = await responsibilityPolicy.manageList(m, actor, list);
    await assertFilesExist(m, [input.agreementFileId], 'agreementFileId');
    await m.update(TaskList, { id }, input);
    await recordAudit(m, actor, { action: 'task_list.update', entityType: 'task_list', entityId: id, organizationPath: path, before: { title: list.title, agreementFileId: list.agreementFileId }, after: input });
  });
  return getTaskList(deps.db.manager, id, deps.clock.now());
}

/** Lists (of an organisation's subtree or a street, a year, a kind; `open` ones only) with their tasks, done and overdue counts. */
export async function listTaskLists(db: EntityManager, q: TaskListsInput, now: Date) {
  const qb = db.createQueryBuilder(TaskList, 'l').orderBy('l.year', 'DESC').addOrderBy('l.organizationPath', 'ASC').addOrderBy('l.id', 'ASC').skip((q.page - 1) * q.pageSize).take(q.pageSize);
  await underTree(db, qb, 'l.organizationPath', q);
  if (q.year) qb.andWhere('l.year = :year', { year: q.year });
  if (q.kind) qb.andWhere('l.kind = :kind', { kind: q.kind });
  if (q.open !== undefined) qb.andWhere(q.open ? 'l.closedAt IS NULL' : 'l.closedAt IS NOT NULL');
  const [rows, total] = await qb.getManyAndCount();
  const [l, counts] = [await lookups(db, { listIds: rows.map((r) => r.id) }), await listCounts(db, rows.map((r) => r.id), now)];
  return page(rows.map((r) => presentTaskList(r, l, counts.get(r.id)!)), total, q);
}

export async function getTaskList(db: EntityManager, id: number, now: Date) {
  const list = await listFor(db, id);
  const tasks = await db.find(ResponsibilityTask, { where: { taskListId: id }, order: { dueAt: 'ASC', id: 'ASC' } });
  const l = await lookups(db, { listIds: [id], fileIds: tasks.flatMap((t) => t.evidenceFileIds) });
  return { ...presentTaskList(list, l, (await listCounts(db, [id], now)).get(id)!), tasks: tasks.map((t) => presentTask(t, l, now)) };
}

/** A task on an open list: what, who answers for it, by when. */
export async function addTask(deps: Deps, actor: Actor, listId: number, input: CreateTaskInput) {
  const id = await inTransaction(deps.db, async (m) => {
    const list = openList(await listFor(m, listId));
    const path = await responsibilityPolicy.manageList(m, actor, list);
    const task = await m.save(m.create(ResponsibilityTask, { ...input, taskListId: list.id, organizationId: list.organizationId, organizationPath: path, status: 'open', evidenceFileIds: [] }));
    await recordAudit(m, actor, { action: 'task.create', entityType: 'task', entityId: task.id, organizationPath: path, after: { ...input, dueAt: input.dueAt.toISOString() } });
    return task.id;
  });
  return getTask(deps.db.manager, id, deps.clock.now());
}

/** Progress on a task: the note, the status it is left in (done, or open again) and evidence files; each update kept in its history. */
export async function updateTask(deps: Deps, actor: Actor, id: number, input: UpdateTaskInput) {
  const now = deps.clock.now();
  await inTransaction(deps.db, async (m) => {
    const task = getOrThrow(await m.findOneBy(ResponsibilityTask, { id }), '任务');
    openList(await listFor(m, task.taskListId));
    const path = await responsibilityPolicy.manageList(m, actor, task);
    await assertFilesExist(m, input.evidence, 'evidence');
    const evidenceFileIds = [...new Set([...task.evidenceFileIds, ...input.evidence])];
    if (evidenceFileIds.length > 30) throw new Invalid('每项任务最多 30 个佐证材料', [{ in: 'body', field: 'evidence', message: 'too many files' }]);
    const done = input.status === 'done';
    await m.update(ResponsibilityTask, { id }, { status: input.status, progress: input.progress, evidenceFileIds, doneAt: done ? (task.doneAt ?? now) : null });
    await m.insert(TaskUpdate, { taskId: id, actorId: actor.id, progress: input.progress, status: input.status, evidenceFileIds: input.evidence, createdAt: now });
    await recordAudit(m, actor, { action: 'task.update', entityType: 'task', entityId: id, organizationPath: path, before: { status: task.status, progress: task.progress }, after: input });
  });
  return getTask(deps.db.manager, id, now);
}

export async function getTask(db: EntityManager, id: number, now: Date) {
  const task = getOrThrow(await db.findOneBy(ResponsibilityTask, { id }), '任务');
  const updates = await db.find(TaskUpdate, { where: { taskId: id }, order: { id: 'ASC' } });
  const l = await lookups(db, { listIds: [task.taskListId], organizationIds: [task.organizationId], fileIds: [...task.evidenceFileIds, ...updates.flatMap((u) => u.evidenceFileIds)] });
  return {
    ...presentTask(task, l, now),
    updates: updates.map((u) => ({ progress: u.progress, status: u.status, evidence: filesOf(u.evidenceFileIds, l.files), actorId: u.actorId, at: u.createdAt.toISOString() })),
  };
}

/** Tasks of a subtree, a street, a list, a year; `overdue=true`: open past their due date at the clock, the most overdue first. */
export async function listTasks(db: EntityManager, q: TasksInput, now: Date) {
  const qb = db.createQueryBuilder(ResponsibilityTask, 't').innerJoin(TaskList, 'l', 'l.id = t.taskListId').orderBy('t.dueAt', 'ASC').addOrderBy('t.id', 'ASC').skip((q.page - 1) * q.pageSize).take(q.pageSize);
  await underTree(db, qb, 't.organizationPath', q);
  if (q.taskListId) qb.andWhere('t.taskListId = :list', { list: q.taskListId });
  if (q.year) qb.andWhere('l.year = :year', { year: q.year });
  if (q.kind) qb.andWhere('l.kind = :kind', { kind: q.kind });
  if (q.status) qb.andWhere('t.status = :status', { status: q.status });
  if (q.overdue !== undefined) qb.andWhere(q.overdue ? "t.status = 'open' AND t.dueAt < :now" : "(t.status = 'done' OR t.dueAt >= :now)", { now });
  const [rows, total] = await qb.getManyAndCount();
  const l = await lookups(db, { listIds: rows.map((r) => r.taskListId), organizationIds: rows.map((r) => r.organizationId), fileIds: rows.flatMap((r) => r.evidenceFileIds) });
  return page(rows.map((r) => presentTask(r, l, now)), total, q);
}

/** Counts for the dashboard from the same rows `GET /api/tasks` lists: all, done, open and overdue (at the clock). */
export async function taskSummary(db: EntityManager, q: { streetId?: number; year?: number }, now: Date) {
  const qb = db
    .createQueryBuilder(ResponsibilityTask, 't')
    .innerJoin(TaskList, 'l', 'l.id = t.taskListId')
    .select('COUNT(*)', 'tasks')
    .addSelect("SUM(CASE WHEN t.status = 'done' THEN 1 ELSE 0 END)", 'done')
    .addSelect("SUM(CASE WHEN t.status = 'open' AND t.dueAt < :now THEN 1 ELSE 0 END)", 'overdue')
    .setParameter('now', now);
  await underTree(db, qb, 't.organizationPath', q);
  if (q.year) qb.andWhere('l.year = :year', { year: q.year });
  const r = (await qb.getRawOne<{ tasks: string | number; done: string | number | null; overdue: string | number | null }>())!;
  const [tasks, done, overdue] = [Number(r.tasks), Number(r.done ?? 0), Number(r.overdue ?? 0)];
  return { tasks, done, open: tasks - done, overdue };
}
