import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor';
import type { Deps } from '../../deps';
import { page } from '../../core/paging';
import { yearOf } from '../../core/time';
import { inTransaction } from '../../db/transaction';
import { Forbidden, fromDatabaseError, getOrThrow } from '../../errors';
import { recordAudit } from '../audit';
import { assertFilesExist, getFiles } from '../files';
import { PartyMember } from '../members';
import { Organization, organizationPath, withinScope } from '../orgs';
import { awardPoints, openTally } from '../points';
import { ancestorPaths, memberOf } from './audience';
import { Course, CourseCompletion } from './entities';
import { coursePolicy } from './policy';
import { presentCourse, presentCourseSummary } from './present';
import type { CompletionsInput, CourseInput, CoursesInput } from './schemas';

async function orgNames(db: EntityManager, ids: number[]) {
  const rows = ids.length ? await db.find(Organization, { where: { id: In([...new Set(ids)]) }, select: { id: true, name: true } }) : [];
  return new Map(rows.map((o) => [o.id, o.name]));
}

/** When the caller (if a member) studied each of these courses. */
async function studiedAtOf(db: EntityManager, actor: Actor | undefined, courseIds: number[]) {
  if (!actor || !courseIds.length) return new Map<number, Date>();
  const rows = await db.find(CourseCompletion, { where: { userId: actor.id, courseId: In(courseIds) }, select: { courseId: true, createdAt: true } });
  return new Map(rows.map((r) => [r.courseId, r.createdAt]));
}

export async function publishCourse(deps: Deps, actor: Actor, input: CourseInput) {
  return inTransaction(deps.db, async (m) => {
    const orgPath = await coursePolicy.publish(m, actor, input);
    await assertFilesExist(m, input.imageIds, 'imageIds');
    await assertFilesExist(m, input.attachmentIds, 'attachmentIds');
    const course = await m.save(m.create(Course, { ...input, createdById: actor.id, createdAt: deps.clock.now() }));
    await recordAudit(m, actor, { action: 'course.publish', entityType: 'course', entityId: course.id, organizationPath: orgPath, after: { title: course.title, points: course.points } });
    return presentCourse(course, (await orgNames(m, [course.organizationId])).get(course.organizationId) ?? '', null, new Map(await filesOf(m, course)));
  });
}

const filesOf = async (db: EntityManager, c: Course) => (await getFiles(db, [...c.imageIds, ...c.attachmentIds])).map((f) => [f.id, f] as const);

/**
 * Courses that reach an organisation: its own and those of every organisation above it. Without
 * one, a member's own organisation; anyone else sees every course.
 */
export async function listCourses(db: EntityManager, actor: Actor | undefined, q: CoursesInput) {
  let paths: string[] | undefined;
  if (q.organizationId) paths = ancestorPaths(await organizationPath(db, q.organizationId));
  else if (actor?.roles.includes('member')) paths = ancestorPaths((await memberOf(db, actor)).path);
  const qb = db.createQueryBuilder(Course, 'c').innerJoin(Organization, 'o', 'o.id = c.organizationId').orderBy('c.id', 'DESC').skip((q.page - 1) * q.pageSize).take(q.pageSize);
  if (paths) qb.where('o.path IN (:...paths)', { paths });
  const [rows, total] = await qb.getManyAndCount();
  const [names, studied] = [await orgNames(db, rows.map((c) => c.organizationId)), await studiedAtOf(db, actor, rows.map((c) => c.id))];
  return page(rows.map((c) => presentCourseSummary(c, names.get(c.organizationId) ?? '', studied.get(c.id) ?? null)), total, q);
}

/** The admin's desk: courses published by organisations in their scope. */
export async function listDeskCourses(db: EntityManager, actor: Actor, q: CoursesInput) {
  await coursePolicy.listDesk(db, actor);
  const qb = db.createQueryBuilder(Course, 'c').innerJoin(Organization, 'o', 'o.id = c.organizationId').orderBy('c.id', 'DESC').skip((q.page - 1) * q.pageSize).take(q.pageSize);
  withinScope(qb, actor, 'o.path');
  const [rows, total] = await qb.getManyAndCount();
  const names = await orgNames(db, rows.map((c) => c.organizationId));
  return page(rows.map((c) => presentCourseSummary(c, names.get(c.organizationId) ?? '', null)), total, q);
}

export async function getCourse(db: EntityManager, actor: Actor | undefined, id: number) {
  const course = getOrThrow(await db.findOneBy(Course, { id }), '课程');
  const [names, studied] = [await orgNames(db, [course.organizationId]), await studiedAtOf(db, actor, [id])];
  return presentCourse(course, names.get(course.organizationId) ?? '', studied.get(id) ?? null, new Map(await filesOf(db, course)));
}

/** Courses pay under the points rules' `study` rule (完成学习教育任务), within its yearly cap. */
const STUDY_RULE = 'study';

/**
 * A member marks a course studied. The unique (course, member) row makes it once, also under races;
 * the course's points go through the ledger under the study rule in the same transaction (nothing
 * once the year's cap is reached). A repeat answers the first completion (200) and pays nothing.
 */
export async function studyCourse(deps: Deps, actor: Actor, id: number) {
  const db = deps.db.manager;
  const course = getOrThrow(await db.findOneBy(Course, { id }), '课程');
  const { member, path } = await memberOf(db, actor);
  const coursePath = await organizationPath(db, course.organizationId);
  if (!path.startsWith(coursePath)) throw new Forbidden('这门课程不面向您所在的组织', 'NOT_IN_AUDIENCE');
  const now = deps.clock.now();
  if (course.points > 0) await openTally(db, actor.id, STUDY_RULE, yearOf(now));
  try {
    const pointsAwarded = await inTransaction(deps.db, async (m) => {
      await m.insert(CourseCompletion, { courseId: id, memberId: member.id, userId: actor.id, createdAt: now });
      if (!course.points) return 0;
      return awardPoints(m, {
        userId: actor.id, delta: course.points, reason: `学习课程「${course.title}」`, sourceType: 'course', sourceId: id, ruleCode: STUDY_RULE,
        organizationId: member.organizationId, organizationPath: path, createdAt: now,
      });
    });
    return { first: true, completion: { courseId: id, studiedAt: now.toISOString(), pointsAwarded } };
  } catch (err) {
    if (fromDatabaseError(err)?.code !== 'DUPLICATE') throw err;
    const done = await db.findOneByOrFail(CourseCompletion, { courseId: id, memberId: member.id });
    return { first: false, completion: { courseId: id, studiedAt: done.createdAt.toISOString(), pointsAwarded: 0 } };
  }
}

/** Who has studied a course: the members of an organisation's subtree (default the course's) with when, and the counts. */
export async function courseCompletions(db: EntityManager, actor: Actor, id: number, q: CompletionsInput) {
  const course = getOrThrow(await db.findOneBy(Course, { id }), '课程');
  const orgPath = await coursePolicy.report(db, actor, { organizationId: q.organizationId ?? course.organizationId });
  const coursePath = await organizationPath(db, course.organizationId);
  const base = db
    .createQueryBuilder(PartyMember, 'm')
    .innerJoin(Organization, 'o', 'o.id = m.organizationId')
    .leftJoin(CourseCompletion, 'cc', 'cc.memberId = m.id AND cc.courseId = :id', { id })
    .where('o.path LIKE :orgPath AND o.path LIKE :coursePath', { orgPath: `${orgPath}%`, coursePath: `${coursePath}%` });
  const counts = await base.clone().select('COUNT(*)', 'members').addSelect('COUNT(cc.id)', 'studied').getRawOne<{ members: string; studied: string }>();
  if (q.studied !== undefined) base.andWhere(q.studied ? 'cc.id IS NOT NULL' : 'cc.id IS NULL');
  const total = await base.clone().getCount();
  const rows = await base
    .select(['m.id AS memberId', 'm.name AS name', 'o.id AS organizationId', 'o.name AS organizationName', 'cc.createdAt AS studiedAt'])
    .orderBy('o.path', 'ASC')
    .addOrderBy('m.id', 'ASC')
    .offset((q.page - 1) * q.pageSize)
    .limit(q.pageSize)
    .getRawMany<{ memberId: number; name: string; organizationId: number; organizationName: string; studiedAt: Date | string | null }>();
  const items = rows.map((r) => ({ memberId: Number(r.memberId), name: r.name, organizationId: Number(r.organizationId), organizationName: r.organizationName, studiedAt: r.studiedAt ? toDate(r.studiedAt).toISOString() : null }));
  return { ...page(items, total, q), members: Number(counts?.members ?? 0), studied: Number(counts?.studied ?? 0) };
}

/** A raw datetime: a Date on MySQL, 'YYYY-MM-DD HH:MM:SS.sss' (UTC) text on SQLite. */
const toDate = (v: Date | string) => (v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`));
